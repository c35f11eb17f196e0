package org.ssr.workflow.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.ssr.workflow.engine.Messages;
import org.ssr.workflow.programme.ProgrammeSetupService;
import org.ssr.workflow.risk.RiskCategory;
import org.ssr.workflow.risk.RiskStatus;

/**
 * The words of the monitoring exports in one language (docs/languages.md): sheet names, headers and labels from
 * {@code i18n/reports[_<lang>].properties}, the domain's words (steps, states, risk levels, decisions, review kinds,
 * the programme's term) from the glossary, dates and numbers written as text in the language's way
 * ({@code 7 décembre 2026}, {@code 41,25 %}). Codes the glossary does not know are shown as they are.
 */
final class ReportWords {

  static final String BUNDLE = "reports";

  private final Messages reports;
  private final Messages glossary;

  private ReportWords(String language) {
    this.reports = Messages.of(BUNDLE, language);
    this.glossary = Messages.of("glossary", language);
  }

  static ReportWords of(String language) {
    return new ReportWords(language);
  }

  String language() {
    return reports.language();
  }

  String text(String key, Object... args) {
    return reports.text(key, args);
  }

  String yesNo(boolean yes) {
    return text(yes ? "value.yes" : "value.no");
  }

  /** The glossary's word for {@code prefix + code}, the code itself when the glossary has none. */
  String term(String prefix, String code) {
    if (code == null) {
      return null;
    }
    return glossary.has(prefix + code) ? glossary.text(prefix + code) : code;
  }

  String step(int number) {
    return term("step.", String.valueOf(number));
  }

  String stepState(StepState state) {
    return state == null ? null : term("step.state.", state.name());
  }

  String programmeState(String state) {
    return term("programme.state.", state);
  }

  String riskLevel(String level) {
    return level == null ? null : glossary.has("risk.level." + level) ? glossary.text("risk.level." + level)
        : reports.has("risk.level." + level) ? text("risk.level." + level) : level;
  }

  /** A review's or body's decision (approved, returned, rejected) or a risk decision (mitigate, accept …). */
  String decision(String outcome) {
    if (outcome == null) {
      return null;
    }
    return glossary.has("decision." + outcome) ? glossary.text("decision." + outcome) : term("risk.decision.", outcome);
  }

  String reviewKind(String kind) {
    return term("review.kind.", kind);
  }

  /** A {@link org.ssr.workflow.risk.RiskStatus} name in words. */
  String riskStatus(String status, String fallback) {
    return RiskStatus.labelOf(status, language(), fallback);
  }

  /** A risk category id in words. */
  String riskCategory(String category) {
    return RiskCategory.labelOf(category, language());
  }

  /** "Security Sector Reform" or "Security Sector Transformation", as the programme's term is set up. */
  String programmeTerm(String term) {
    if (ProgrammeSetupService.TERM_TRANSFORMATION.equals(term)) {
      return glossary.text("term.sst");
    }
    return ProgrammeSetupService.TERM_REFORM.equals(term) ? glossary.text("term.ssr") : term;
  }

  String glossary(String key) {
    return glossary.text(key);
  }

  /** A date in a table, written as text: {@code 2026-12-07}, {@code 07/12/2026}. */
  String date(LocalDate date) {
    return date == null ? null
        : DateTimeFormatter.ofPattern(text("format.date"), reports.locale()).format(date);
  }

  /** A date in a sentence or a title: {@code 7 December 2026}, {@code 7 décembre 2026}, {@code 7 de dezembro de 2026}. */
  String longDate(Instant instant) {
    return instant == null ? null : DateTimeFormatter.ofPattern(text("format.longDate"), reports.locale())
        .format(LocalDate.ofInstant(instant, ZoneOffset.UTC));
  }

  /** A percentage written as text with up to two decimals: {@code 41.25 %}, {@code 41,25 %}. */
  String percent(BigDecimal percent) {
    return percent == null ? null : text("format.percent", percent);
  }
}
