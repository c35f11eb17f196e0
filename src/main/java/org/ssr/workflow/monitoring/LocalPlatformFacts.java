package org.ssr.workflow.monitoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.ssr.workflow.local.LocalReportRepository;
import org.ssr.workflow.local.LocalReportRepository.RegionFacts;
import org.ssr.workflow.programme.ProgrammeCode;
import org.ssr.workflow.programme.ProgrammeDirectory;
import org.ssr.workflow.programme.ProgrammeProcess;

/** What monitoring shows of a programme's local platforms, one row per region of step 2 (docs/local-platforms.md). */
public interface LocalPlatformFacts {

  List<LocalPlatformStatus> of(String programmeCode, Instant now);

  /** For engine tests without the application's tables. */
  static LocalPlatformFacts none() {
    return (code, now) -> List.of();
  }

  /** From the local reports' tables; every region of the programme, those without a report with zeros. */
  static LocalPlatformFacts of(ProcessEngine engine, LocalReportRepository reports) {
    ProgrammeDirectory programmes = ProgrammeDirectory.of(engine);
    return (code, now) -> {
      List<String> regions = ProgrammeCode.parse(code).flatMap(programmes::variables)
          .map(vars -> ProgrammeProcess.Variables.REGIONS.from(vars).get()).orElse(List.of());
      Map<String, RegionFacts> facts = reports.facts(code, now);
      List<String> shown = new ArrayList<>(regions);
      facts.keySet().stream().filter(r -> shown.stream().noneMatch(r::equalsIgnoreCase)).forEach(shown::add);
      return shown.stream().map(region -> {
        RegionFacts f = facts.get(region);
        return f == null ? new LocalPlatformStatus(region, 0, null, 0, 0, 0, 0, 0, Map.of())
            : new LocalPlatformStatus(region, f.reportsFiled, f.lastMeeting, f.openFollowUps, f.overdueFollowUps,
                f.oldestOpenFollowUpDays, f.answeredFollowUps, f.concernsAsRisks, Map.copyOf(f.concernsByQuarter));
      }).toList();
    };
  }
}
