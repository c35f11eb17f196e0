package org.ssr.workflow.programme;

import java.util.List;
import java.util.Optional;
import org.ssr.workflow.engine.Labelled;

/**
 * Institutions of the security sector a programme may cover, with the agency group that drafts their policy framework
 * (step 7) and the oversight bodies that supervise it when the start form names none.
 */
public enum Institution implements Labelled {
  DEFENCE("defence", "Armed forces (defence)", "agencyDefence", List.of(OversightBody.PARLIAMENT)),
  POLICE("police", "Police", "agencyPolice", List.of(OversightBody.PARLIAMENT, OversightBody.JUSTICE)),
  INTELLIGENCE("intelligence", "Intelligence services", "agencyIntelligence", List.of(OversightBody.PARLIAMENT)),
  JUSTICE("justice", "Justice system", "agencyJustice", List.of(OversightBody.PARLIAMENT, OversightBody.JUSTICE)),
  CORRECTIONS(
      "corrections", "Corrections (prisons)", "agencyCorrections",
      List.of(OversightBody.PARLIAMENT, OversightBody.JUSTICE)),
  BORDER("border", "Border management", "agencyBorder", List.of(OversightBody.PARLIAMENT)),
  // non-state actors "affecting the security of a country (e.g. armed groups such as militias, paramilitaries, local
  // defense groups ...)": their representatives draft their framework, parliament and the civil-society monitor oversee
  MILITIAS(
      "militias", "Militias and paramilitaries (non-state)", "agencyMilitias",
      List.of(OversightBody.PARLIAMENT, OversightBody.CIVIL_SOCIETY_MONITOR)),
  LOCAL_DEFENCE_GROUPS(
      "localDefenceGroups", "Local defence groups (non-state)", "agencyLocalDefenceGroups",
      List.of(OversightBody.PARLIAMENT, OversightBody.CIVIL_SOCIETY_MONITOR)),
  PRIVATE_SECURITY(
      "privateSecurity", "Private security companies (non-state)", "agencyPrivateSecurity",
      List.of(OversightBody.PARLIAMENT, OversightBody.CIVIL_SOCIETY_MONITOR));

  private final String id;
  private final String label;
  private final String agencyGroup;
  private final List<String> defaultOversightBodies;

  Institution(String id, String label, String agencyGroup, List<String> defaultOversightBodies) {
    this.id = id;
    this.label = label;
    this.agencyGroup = agencyGroup;
    this.defaultOversightBodies = defaultOversightBodies;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String label() {
    return label;
  }

  public String agencyGroup() {
    return agencyGroup;
  }

  public List<String> defaultOversightBodies() {
    return defaultOversightBodies;
  }

  /** The start form field listing this institution's oversight bodies, e.g. {@code oversightDefence}. */
  public String oversightFormField() {
    return "oversight" + Character.toUpperCase(id.charAt(0)) + id.substring(1);
  }

  public static Optional<Institution> byId(String id) {
    return Labelled.byId(Institution.class, id);
  }

  /** The oversight bodies' group ids (docs/roles.md). */
  public static final class OversightBody {
    public static final String PARLIAMENT = "parliamentOversight";
    public static final String JUSTICE = "justiceOversight";
    public static final String CIVIL_SOCIETY_MONITOR = "civilSocietyMonitor";
    public static final List<String> ALL = List.of(PARLIAMENT, JUSTICE, CIVIL_SOCIETY_MONITOR);

    private OversightBody() {}
  }
}
