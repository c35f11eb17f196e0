package org.ssr.workflow.local;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.ssr.workflow.engine.Messages;
import org.ssr.workflow.local.LocalPlatformsProcess.Variables;
import org.ssr.workflow.local.LocalReportRepository.RegionFacts;
import org.ssr.workflow.programme.ProgrammeLanguage;

/**
 * ServiceTask_SummariseQuarter: per region, reports filed, open and overdue follow-ups with the oldest one's age,
 * concerns by quarter and how many became risks, for the civil-society monitor's consolidation (local to it).
 */
@Component(LocalPlatformsProcess.Beans.SUMMARISE_QUARTER)
public class SummariseQuarterDelegate implements JavaDelegate {

  /** The local package's message bundle ({@code i18n/local[_<lang>].properties}). */
  static final String BUNDLE = "local";

  private final LocalReportRepository repository;

  public SummariseQuarterDelegate(LocalReportRepository repository) {
    this.repository = repository;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String code = Variables.PROGRAMME_CODE.from(execution).required();
    Instant now = ClockUtil.getCurrentTime().toInstant();
    // the quarter most of the three months just ended fall in (the cycle runs from the platforms' opening)
    String quarter = LocalReportRepository.quarterOf(LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(45));
    Map<String, RegionFacts> facts = repository.facts(code, now);
    // written for the civil-society monitor of the programme: in the programme's language
    Messages words = Messages.of(BUNDLE, ProgrammeLanguage.of(execution.getProcessEngineServices(), execution));
    StringBuilder text = new StringBuilder();
    for (String region : Variables.REGIONS.from(execution).get()) {
      RegionFacts f = facts.get(region);
      if (f == null) {
        text.append(words.text("quarter.noReport", region)).append("\n\n");
        continue;
      }
      text.append(words.text("quarter.reports", region, f.reportsFiled, f.lastMeeting == null ? ""
          : DateTimeFormatter.ofPattern(words.text("format.date"), words.locale()).format(f.lastMeeting),
          f.openFollowUps));
      if (f.openFollowUps > 0) {
        text.append(' ').append(words.text("quarter.overdue", f.overdueFollowUps, f.oldestOpenFollowUpDays));
      }
      text.append(words.text("quarter.rest", f.answeredFollowUps,
          f.concernsByQuarter.isEmpty() ? words.text("quarter.none") : byQuarter(f.concernsByQuarter),
          f.concernsAsRisks)).append("\n\n");
    }
    Variables.QUARTER_LABEL.on(execution).setLocal(quarter);
    Variables.QUARTER_SUMMARY.on(execution).setLocal(text.toString());
  }

  /** "2026-Q4: 1, 2027-Q1: 3" in the order of the quarters, as a person reads it (not a Java map's text). */
  static String byQuarter(Map<String, Integer> counts) {
    return new TreeMap<>(counts).entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
