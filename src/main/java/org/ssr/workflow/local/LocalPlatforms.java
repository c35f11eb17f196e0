package org.ssr.workflow.local;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.ssr.workflow.engine.AsApplication;
import org.ssr.workflow.identity.SsrGroups;
import org.ssr.workflow.programme.ProgrammeCode;
import org.ssr.workflow.programme.ProgrammeDirectory;
import org.ssr.workflow.programme.ProgrammeProcess;

/**
 * The local platforms of a programme: which regions it has (step 2's list), the group of each, who belongs to which.
 * Reads as the application (the caller's own rule, platform membership, is checked here).
 */
public final class LocalPlatforms {

  /** Roles that see every region of every programme they take part in. */
  static final List<String> SEE_ALL_REGIONS = List.of(SsrGroups.CIVIL_SOCIETY_MONITOR, SsrGroups.PROGRAMME_MANAGERS,
      SsrGroups.COORDINATION_UNIT, SsrGroups.CAMUNDA_ADMIN);

  /** A region's platform of one programme. */
  public record Platform(String programmeCode, String region, String groupId) {}

  private final IdentityService identity;
  private final ProgrammeDirectory programmes;

  public LocalPlatforms(ProcessEngineServices engine) {
    this.identity = engine.getIdentityService();
    this.programmes = ProgrammeDirectory.of(engine);
  }

  /** The running programme's regions; refuses an unknown or finished programme. */
  public List<String> regions(ProgrammeCode code) {
    return regions(code, LocalInputRejectedException.ofPerson());
  }

  /** The same, refused in {@code language} (the person's: docs/languages.md). */
  public List<String> regions(ProgrammeCode code, String language) {
    return AsApplication.call(identity, () -> {
      if (programmes.running(code).isEmpty()) {
        throw LocalInputRejectedException.field(language, ProgrammeProcess.Variables.PROGRAMME_CODE.name(),
            "notRunning", code.value());
      }
      return ProgrammeProcess.Variables.REGIONS.from(programmes.variables(code).orElseThrow()).get();
    });
  }

  /** The platform of {@code region} (any case) in the programme; refuses a region the programme does not have. */
  public Platform platform(ProgrammeCode code, String region) {
    return platform(code, region, LocalInputRejectedException.ofPerson());
  }

  /** The same, refused in {@code language} (the person's: docs/languages.md). */
  public Platform platform(ProgrammeCode code, String region, String language) {
    List<String> regions = regions(code, language);
    String known = regions.stream().filter(r -> r.equalsIgnoreCase(region == null ? "" : region.trim())).findFirst()
        .orElseThrow(() -> LocalInputRejectedException.field(language, ProgrammeProcess.Variables.REGION.name(),
            "notARegion", String.valueOf(region), code.value(), String.valueOf(regions)));
    return new Platform(code.value(), known, LocalPlatformGroups.groupId(code.value(), known));
  }

  /** The platforms of the programme the user belongs to; every one for the roles that see all regions. */
  public List<Platform> visibleTo(Authentication user, ProgrammeCode code) {
    List<Platform> all = regions(code).stream()
        .map(r -> new Platform(code.value(), r, LocalPlatformGroups.groupId(code.value(), r))).toList();
    if (seesAllRegions(user)) {
      return all;
    }
    List<String> groups = groupsOf(user);
    return all.stream().filter(p -> groups.contains(p.groupId())).toList();
  }

  public boolean seesAllRegions(Authentication user) {
    return groupsOf(user).stream().anyMatch(SEE_ALL_REGIONS::contains);
  }

  public boolean isMember(Authentication user, Platform platform) {
    return groupsOf(user).contains(platform.groupId());
  }

  /** Creates the platform's group if it does not exist (set-up; administrators may also create it in Admin). */
  public void ensureGroup(Platform platform) {
    AsApplication.call(identity, () -> {
      if (identity.createGroupQuery().groupId(platform.groupId()).count() == 0) {
        Group group = identity.newGroup(platform.groupId());
        group.setName(LocalPlatformGroups.groupName(platform.programmeCode(), platform.region()));
        group.setType(LocalPlatformGroups.TYPE);
        identity.saveGroup(group);
      }
      return null;
    });
  }

  private List<String> groupsOf(Authentication user) {
    if (user == null || user.getUserId() == null) {
      return List.of();
    }
    if (user.getGroupIds() != null && !user.getGroupIds().isEmpty()) {
      return user.getGroupIds();
    }
    return AsApplication.call(identity, () -> identity.createGroupQuery().groupMember(user.getUserId()).list()
        .stream().map(Group::getId).toList());
  }
}
