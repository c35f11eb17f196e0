package org.ssr.workflow.identity;

import java.util.List;

/**
 * One demo user per group, created only where {@code ssr.demo-data=true} (the local profile). Every candidate group a
 * model can produce has one (DemoUsersTest), so a demo programme covering every institution can be run to its end.
 */
public final class DemoUsers {

  /** Documented in the README; satisfies Camunda's default password policy. */
  public static final String PASSWORD = "SsrDemo#2026";

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
      new DemoUser("facilitator", "Esther", "Facilitator", SsrGroups.FACILITATORS),
      new DemoUser("manager", "Joseph", "Manager", SsrGroups.PROGRAMME_MANAGERS),
      new DemoUser("donor", "Ingrid", "Donor", SsrGroups.DONORS),
      new DemoUser("admin", "Ada", "Administrator", SsrGroups.CAMUNDA_ADMIN));

  private DemoUsers() {}
}
