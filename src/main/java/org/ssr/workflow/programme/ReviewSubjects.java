package org.ssr.workflow.programme;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.ssr.workflow.engine.Languages;

/**
 * The subject of an oversight review ({@code reviewSubject}, what the review's task name and form show: "National
 * Security Policy framework: NSP 2027") in the programme's language (docs/languages.md), written by the call
 * activities that start the reviews of ssr-programme and programme-implementation:
 * {@code camunda:in sourceExpression="${reviewSubjects.nsp(execution, nspTitle)}" target="reviewSubject"}. The words
 * are {@code review.subject.*} of {@code i18n/programme[_<lang>].properties}, the institution's name the glossary's;
 * what people wrote (titles, the programme's name) stays as written. English programmes read as the models always
 * wrote them.
 */
@Component(ProgrammeProcess.Beans.REVIEW_SUBJECTS)
public class ReviewSubjects {

  /** Step 11: "Governance and oversight structures: {title}". */
  public String governanceStructures(DelegateExecution execution, Object title) {
    return words(execution).text("review.subject.governanceStructures", text(title));
  }

  /** Step 6: "National Security Policy framework: {title}". */
  public String nsp(DelegateExecution execution, Object title) {
    return words(execution).text("review.subject.nsp", text(title));
  }

  /**
   * Step 7: "Policy framework of {institution}: {title}"; the institution in the glossary's words (English: the name
   * the set-up wrote, {@code institutionName}).
   */
  public String agencyFramework(DelegateExecution execution, Object institution, Object institutionName,
      Object title) {
    ProgrammeWords words = words(execution);
    String name = Languages.ENGLISH.equals(words.language()) || institution == null ? text(institutionName)
        : words.institution(text(institution));
    return words.text("review.subject.agencyFramework", name, text(title));
  }

  /** Step 10: "Financial feasibility plan of {programme}". */
  public String financialPlan(DelegateExecution execution, Object programmeName) {
    return words(execution).text("review.subject.financialPlan", text(programmeName));
  }

  /** "Annual implementation report {year} of {programme}". */
  public String annualReport(DelegateExecution execution, Object reportingYear, Object programmeName) {
    return words(execution).text("review.subject.annualReport", text(reportingYear), text(programmeName));
  }

  /** "Final evaluation of {programme}". */
  public String finalEvaluation(DelegateExecution execution, Object programmeName) {
    return words(execution).text("review.subject.finalEvaluation", text(programmeName));
  }

  /** "Amendment of {programme}: baseline {version}". */
  public String amendment(DelegateExecution execution, Object programmeName, Object baselineVersion) {
    return words(execution).text("review.subject.amendment", text(programmeName), text(baselineVersion));
  }

  private static ProgrammeWords words(DelegateExecution execution) {
    return ProgrammeWords.of(ProgrammeLanguage.of(execution));
  }

  /** As the engine wrote a value into the English text: numbers without grouping, null as "null". */
  private static String text(Object value) {
    return String.valueOf(value);
  }
}
