package org.ssr.workflow.identity;

import java.util.List;

/**
 * The groups of the product, one per role (docs/roles.md). Group ids must match the engine's
 * whitelist {@code [a-zA-Z0-9]+}, hence camelCase. They exist in every profile: the groups and their grants are the
 * product, only the demo users are demo data.
 */
public final class SsrGroups {

  public static final String COORDINATION_UNIT = "coordinationUnit";
  public static final String PARLIAMENT_OVERSIGHT = "parliamentOversight";
  public static final String JUSTICE_OVERSIGHT = "justiceOversight";
  public static final String CIVIL_SOCIETY_MONITOR = "civilSocietyMonitor";
  public static final String AGENCY_DEFENCE = "agencyDefence";
  public static final String AGENCY_POLICE = "agencyPolice";
  public static final String AGENCY_INTELLIGENCE = "agencyIntelligence";
  public static final String AGENCY_JUSTICE = "agencyJustice";
  public static final String AGENCY_CORRECTIONS = "agencyCorrections";
  public static final String AGENCY_BORDER = "agencyBorder";
  /** Non-state actors a programme may bring into scope (docs/roles.md): each drafts its own framework (step 7). */
  public static final String AGENCY_MILITIAS = "agencyMilitias";
  public static final String AGENCY_LOCAL_DEFENCE_GROUPS = "agencyLocalDefenceGroups";
  public static final String AGENCY_PRIVATE_SECURITY = "agencyPrivateSecurity";
  public static final String FACILITATORS = "facilitators";
  public static final String PROGRAMME_MANAGERS = "programmeManagers";
  public static final String DONORS = "donors";
  /**
   * Every member of a local platform (community, local security force, local government), whatever the region: the
   * grants all platforms share. Each member also belongs to the group of their region's platform
   * ({@code local<programme code><Region>}, type LOCAL_PLATFORM, docs/local-platforms.md), which decides what they see.
   */
  public static final String LOCAL_PLATFORMS = "localPlatforms";
  /** The engine's own administrator group (Camunda Admin). */
  public static final String CAMUNDA_ADMIN = "camunda-admin";

  public record GroupDefinition(String id, String name, String type) {}

  public static final List<GroupDefinition> ALL = List.of(
      new GroupDefinition(COORDINATION_UNIT, "SSR coordination unit", "WORKFLOW"),
      new GroupDefinition(PARLIAMENT_OVERSIGHT, "Parliament defence and security committee", "OVERSIGHT"),
      new GroupDefinition(JUSTICE_OVERSIGHT, "Justice system oversight", "OVERSIGHT"),
      new GroupDefinition(CIVIL_SOCIETY_MONITOR, "Civil-society joint oversight platform", "OVERSIGHT"),
      new GroupDefinition(AGENCY_DEFENCE, "Armed forces", "AGENCY"),
      new GroupDefinition(AGENCY_POLICE, "Police", "AGENCY"),
      new GroupDefinition(AGENCY_INTELLIGENCE, "Intelligence services", "AGENCY"),
      new GroupDefinition(AGENCY_JUSTICE, "Justice institutions", "AGENCY"),
      new GroupDefinition(AGENCY_CORRECTIONS, "Corrections", "AGENCY"),
      new GroupDefinition(AGENCY_BORDER, "Border management", "AGENCY"),
      new GroupDefinition(AGENCY_MILITIAS, "Militias and paramilitaries (non-state)", "AGENCY"),
      new GroupDefinition(AGENCY_LOCAL_DEFENCE_GROUPS, "Local defence groups (non-state)", "AGENCY"),
      new GroupDefinition(AGENCY_PRIVATE_SECURITY, "Private security companies (non-state)", "AGENCY"),
      new GroupDefinition(FACILITATORS, "Impartial facilitators and mediators", "WORKFLOW"),
      new GroupDefinition(PROGRAMME_MANAGERS, "Steering committee and programme managers", "WORKFLOW"),
      new GroupDefinition(DONORS, "International partners (donors)", "WORKFLOW"),
      new GroupDefinition(LOCAL_PLATFORMS, "Local platforms (all regions)", "LOCAL_PLATFORM"),
      new GroupDefinition(CAMUNDA_ADMIN, "IT administrators", "SYSTEM"));

  private SsrGroups() {}
}
