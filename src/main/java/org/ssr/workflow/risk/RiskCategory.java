package org.ssr.workflow.risk;

import java.util.List;
import java.util.Optional;
import org.ssr.workflow.engine.Labelled;
import org.ssr.workflow.engine.Messages;

/** Categories offered by forms/risk-report.form; ids are the form values and the DMN input. */
public enum RiskCategory implements Labelled {
  POLITICAL("political", "Political"),
  SECURITY("security", "Security"),
  SOCIAL_TENSION("socialTension", "Social tension"),
  CAPACITY("capacity", "Capacity"),
  FINANCIAL("financial", "Financial"),
  DONOR_RELATED("donorRelated", "Donor-related"),
  HUMAN_RIGHTS("humanRights", "Human rights"),
  SHORT_TERM_THREAT("shortTermThreat", "Short-term threat"),
  OTHER("other", "Other");

  private final String id;
  private final String label;

  RiskCategory(String id, String label) {
    this.id = id;
    this.label = label;
  }

  @Override
  public String id() {
    return id;
  }

  /** The words of a category id in a language ({@code i18n/risk*.properties}); an unknown id is shown as it is. */
  public static String labelOf(String id, String language) {
    return Labelled.byId(RiskCategory.class, id)
        .map(category -> Messages.of(RiskStatus.BUNDLE, language).text("category." + category.id())).orElse(id);
  }

  @Override
  public String label() {
    return label;
  }

  /** Short-term threats also go to step 3 (rapid containment) besides the ladder of step 12. */
  public boolean needsRapidContainment() {
    return this == SHORT_TERM_THREAT;
  }

  public static Optional<RiskCategory> fromId(String id) {
    return Labelled.byId(RiskCategory.class, id);
  }

  /** The ids a client may send, in the form's order. */
  public static List<String> ids() {
    return Labelled.ids(RiskCategory.class);
  }

  public static String labelOf(String id) {
    return Labelled.labelOf(RiskCategory.class, id);
  }
}
