package org.ssr.workflow.identity;

import java.util.List;
import java.util.Map;

/**
 * One demo user per group, created only where {@code ssr.demo-data=true} (the local profile). Every candidate group a
 * model can produce has one (DemoUsersTest), so a demo programme covering every institution can be run to its end.
 */
public final class DemoUsers {

  /** Documented in the README; satisfies Camunda's default password policy. */
  public static final String PASSWORD = "SsrDemo#2026";

  /** The demo programme's region with a local platform: programme code DEMO, region North. */
  public static final String DEMO_PROGRAMME_CODE = "DEMO";
  public static final String DEMO_REGION = "North";
  /** Its platform's group (the id scheme of docs/local-platforms.md), created with the demo users. */
  public static final String DEMO_LOCAL_PLATFORM = "localDEMONorth";

  /** Groups that exist only with the demo data. */
  public static final List<SsrGroups.GroupDefinition> DEMO_GROUPS = List.of(new SsrGroups.GroupDefinition(
      DEMO_LOCAL_PLATFORM, "Local platform " + DEMO_REGION + " (" + DEMO_PROGRAMME_CODE + ")", "LOCAL_PLATFORM"));

  /** A demo user of the key group is also a member of the value group. */
  public static final Map<String, String> ALSO_MEMBER_OF = Map.of(DEMO_LOCAL_PLATFORM, SsrGroups.LOCAL_PLATFORMS);

  public record DemoUser(String id, String firstName, String lastName, String groupId) {}

  public static final List<DemoUser> ALL = List.of(
      new DemoUser("coordinator", "Amina", "Coordinator", SsrGroups.COORDINATION_UNIT),
      new DemoUser("parliament", "Kwame", "Parliament", SsrGroups.PARLIAMENT_OVERSIGHT),
      new DemoUser("justice", "Fatou", "Justice", SsrGroups.JUSTICE_OVERSIGHT),
      new DemoUser("monitor", "Grace", "Monitor", SsrGroups.CIVIL_SOCIETY_MONITOR),
      new DemoUser("defence", "Samuel", "Defence", SsrGroups.AGENCY_DEFENCE),
      new DemoUser("police", "Ngozi", "Police", SsrGroups.AGENCY_POLICE),
      new DemoUser("intelligence", "Tariq", "Intelligence", SsrGroups.AGENCY_INTELLIGENCE),
      // "justice" is the justice-oversight user; the justice institutions (courts, prosecution) get "courts"
      new DemoUser("courts", "Aisha", "Courts", SsrGroups.AGENCY_JUSTICE),
      new DemoUser("corrections", "Kofi", "Corrections", SsrGroups.AGENCY_CORRECTIONS),
      new DemoUser("border", "Halima", "Border", SsrGroups.AGENCY_BORDER),
      new DemoUser("militia", "Moses", "Militia", SsrGroups.AGENCY_MILITIAS),
      new DemoUser("localdefence", "Binta", "Local Defence", SsrGroups.AGENCY_LOCAL_DEFENCE_GROUPS),
      new DemoUser("privatesecurity", "Yusuf", "Private Security", SsrGroups.AGENCY_PRIVATE_SECURITY),
      new DemoUser("facilitator", "Esther", "Facilitator", SsrGroups.FACILITATORS),
      new DemoUser("manager", "Joseph", "Manager", SsrGroups.PROGRAMME_MANAGERS),
      new DemoUser("donor", "Ingrid", "Donor", SsrGroups.DONORS),
      // the local platform of region North of programme DEMO: community, local security force, local government
      new DemoUser("community", "Mariam", "Community", DEMO_LOCAL_PLATFORM),
      new DemoUser("localpolice", "Daniel", "Station Commander", DEMO_LOCAL_PLATFORM),
      new DemoUser("localgov", "Rose", "District Officer", DEMO_LOCAL_PLATFORM),
      new DemoUser("admin", "Ada", "Administrator", SsrGroups.CAMUNDA_ADMIN));

  private DemoUsers() {}
}
