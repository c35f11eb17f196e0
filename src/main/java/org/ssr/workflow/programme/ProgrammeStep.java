package org.ssr.workflow.programme;

import java.util.Arrays;
import java.util.List;

/**
 * The twelve priority actions of the African Security Sector Network (ASSN) as the programme uses them. Steps 3 to 10
 * may be declared not applicable during scoping; 1, 2, 11 and 12 always apply ("some steps may differ or even become
 * irrelevant, depending on the nature of the context").
 */
public enum ProgrammeStep {
  UNDERSTANDING_AND_POLITICAL_WILL(1, "Understanding and political will"),
  INITIAL_NEEDS_ASSESSMENT(2, "Initial needs-assessment"),
  CONTAIN_SHORT_TERM_THREATS(3, "Contain short-term threats"),
  ESTABLISH_STRUCTURES(4, "Establish structures"),
  STRATEGIC_ANALYSIS(5, "Strategic analysis"),
  NATIONAL_SECURITY_POLICY_FRAMEWORK(6, "National Security Policy framework"),
  AGENCY_POLICY_FRAMEWORKS(7, "Individual institutional / agency policy frameworks"),
  GAP_ANALYSIS(8, "Gap analysis"),
  TRANSFORMATION_STRATEGY(9, "Transformation strategy"),
  FINANCIAL_FEASIBILITY_PLAN(10, "Financial feasibility plan"),
  GOVERNANCE_AND_OVERSIGHT_STRUCTURES(11, "Governance and oversight structures"),
  RISK_MANAGEMENT(12, "Risk management");

  private final int number;
  private final String title;

  ProgrammeStep(int number, String title) {
    this.number = number;
    this.title = title;
  }

  public int number() {
    return number;
  }

  public String title() {
    return title;
  }

  /** Whether scoping may declare this step not applicable (steps 3 to 10). */
  public boolean optional() {
    return number >= 3 && number <= 10;
  }

  public static List<ProgrammeStep> optionalSteps() {
    return Arrays.stream(values()).filter(ProgrammeStep::optional).toList();
  }

  public static ProgrammeStep number(int number) {
    return Arrays.stream(values())
        .filter(step -> step.number == number)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("There is no step " + number));
  }
}
