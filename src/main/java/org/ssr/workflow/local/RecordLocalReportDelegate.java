package org.ssr.workflow.local;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.ssr.workflow.engine.AsApplication;
import org.ssr.workflow.engine.Labelled;
import org.ssr.workflow.engine.Languages;
import org.ssr.workflow.engine.Messages;
import org.ssr.workflow.engine.ReadableTimes;
import org.ssr.workflow.local.LocalReport.FollowUpRequest;
import org.ssr.workflow.local.LocalReport.Issue;
import org.ssr.workflow.local.LocalReportProcess.Variables;
import org.ssr.workflow.programme.Institution;
import org.ssr.workflow.programme.ProgrammeCode;
import org.ssr.workflow.programme.ProgrammeLanguage;

/**
 * ServiceTask_RecordLocalReport, synchronous right after the start form (or the REST call): reads and checks the
 * report, refuses a programme that is not running, a region it does not have and a filer who is not a member of that
 * region's platform; stores the report, its concerns and its follow-ups (each with its deadline), and tells the
 * programme's local-platforms instance that the region reported (its silence timer starts again).
 */
@Component(LocalReportProcess.Beans.RECORD_REPORT)
public class RecordLocalReportDelegate implements JavaDelegate {

  private final LocalReportRepository repository;
  private final LocalPlatformsProperties properties;

  public RecordLocalReportDelegate(LocalReportRepository repository, LocalPlatformsProperties properties) {
    this.repository = repository;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    String language = LocalInputRejectedException.languageOf(execution); // the filer's, for refusals
    LocalReport draft = LocalReportReader.read(execution.getVariables(), LocalDate.ofInstant(now,
        ZoneId.systemDefault()), language);
    IdentityService identity = execution.getProcessEngineServices().getIdentityService();
    LocalPlatforms platforms = new LocalPlatforms(execution.getProcessEngineServices());
    ProgrammeCode code = ProgrammeCode.of(draft.programmeCode());
    LocalPlatforms.Platform platform = platforms.platform(code, draft.region(), language);
    Authentication filer = identity.getCurrentAuthentication();
    if (filer != null && filer.getUserId() != null && !platforms.isMember(filer, platform)) {
      throw LocalInputRejectedException.in(language, "notMember", platform.region(), platform.groupId());
    }
    String id = "LR-" + now.toString().substring(0, 10).replace("-", "") + "-"
        + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    LocalReport report = new LocalReport(id, code.value(), platform.region(), draft.meetingDate(),
        filer == null || filer.getUserId() == null ? "unknown" : filer.getUserId(), now, draft.participants(),
        draft.issues(), draft.humanRightsConcerns(), draft.agreements(), draft.followUps());
    List<Instant> deadlines = report.followUps().stream().map(f -> now.plus(properties.followUpDeadline())).toList();
    List<String> followUpIds = repository.insert(report, execution.getProcessInstanceId(), deadlines);

    if (execution.getProcessBusinessKey() == null) {
      execution.setProcessBusinessKey(code.value());
    }
    Variables.PROGRAMME_CODE.on(execution).set(code.value());
    String programmeLanguage = ProgrammeLanguage.keep(execution, code.value());
    Variables.REGION.on(execution).set(platform.region());
    Variables.REPORT_ID.on(execution).set(id);
    Variables.FILED_BY.on(execution).set(report.filedBy());
    Variables.PLATFORM_GROUP.on(execution).set(platform.groupId());
    Variables.HAS_CONCERNS.on(execution).set(!report.humanRightsConcerns().isEmpty());
    Variables.CONCERN_OPTIONS.on(execution).set(concernOptions(report.humanRightsConcerns()));
    Variables.FOLLOW_UP_IDS.on(execution).set(followUpIds);
    Variables.REPORT_SUMMARY.on(execution).set(summary(report, programmeLanguage));

    // the region's branch of local-platforms waits for this (silence timer); none yet before step 2 is done
    AsApplication.call(identity, () -> {
      notifyPlatformBranch(execution.getProcessEngineServices().getRuntimeService(), code, platform.region());
      return null;
    });
  }

  /**
   * Sends LocalReportFiled to the branch of the region's platform. The branch's waiting execution is a child of the
   * scope holding {@code platformRegion}, so it is found by the variable as seen from that execution.
   */
  static void notifyPlatformBranch(RuntimeService runtime, ProgrammeCode code, String region) {
    for (ProcessInstance platforms : runtime.createProcessInstanceQuery()
        .processDefinitionKey(LocalPlatformsProcess.KEY).processInstanceBusinessKey(code.value()).list()) {
      for (EventSubscription waiting : runtime.createEventSubscriptionQuery().processInstanceId(platforms.getId())
          .eventType("message").eventName(LocalPlatformsProcess.Messages.REPORT_FILED).list()) {
        Object branchRegion = runtime.getVariable(waiting.getExecutionId(),
            LocalPlatformsProcess.Variables.PLATFORM_REGION.name());
        if (region.equals(LocalPlatformsProcess.Variables.PLATFORM_REGION.read(branchRegion))) {
          runtime.messageEventReceived(LocalPlatformsProcess.Messages.REPORT_FILED, waiting.getExecutionId());
        }
      }
    }
  }

  static List<Map<String, Object>> concernOptions(List<String> concerns) {
    List<Map<String, Object>> options = new ArrayList<>();
    for (int i = 0; i < concerns.size(); i++) {
      Map<String, Object> option = new LinkedHashMap<>();
      option.put("label", concerns.get(i));
      option.put("value", String.valueOf(i + 1));
      options.add(option);
    }
    return options;
  }

  /** Markdown for the forms of the monitor, the agencies and the platform. */
  static String summary(LocalReport report) {
    return summary(report, Languages.ENGLISH);
  }

  /** The report as the concerns and follow-up forms show it, in the programme's language (i18n/local.properties). */
  static String summary(LocalReport report, String language) {
    Messages words = Messages.of("local", language);
    Messages glossary = Messages.of("glossary", language);
    StringBuilder text = new StringBuilder();
    text.append(words.text("summary.heading", report.region(),
        ReadableTimes.date(String.valueOf(report.meetingDate()), language), report.id(), report.filedBy()))
        .append("\n\n");
    LocalReport.Participants p = report.participants();
    text.append(words.text("summary.participants", String.valueOf(p.community()), String.valueOf(p.securityForce()),
        String.valueOf(p.localGovernment()), String.valueOf(p.civilSociety()))).append("\n\n");
    if (!report.issues().isEmpty()) {
      text.append(words.text("summary.issues")).append('\n');
      for (Issue issue : report.issues()) {
        String category = words.has("issue." + issue.category()) ? words.text("issue." + issue.category())
            : Labelled.labelOf(IssueCategory.class, issue.category());
        String severity = glossary.has("risk.level." + issue.severity()) && !Languages.ENGLISH.equals(words.language())
            ? glossary.text("risk.level." + issue.severity())
            : Labelled.labelOf(Severity.class, issue.severity()).toLowerCase(Locale.ROOT);
        String raised = category + " (" + severity + ")"
            + (issue.force() == null ? "" : ", " + institution(glossary, issue.force()));
        text.append("- ").append(words.text("summary.line", raised, issue.description())).append('\n');
      }
      text.append('\n');
    }
    if (!report.humanRightsConcerns().isEmpty()) {
      text.append(words.text("summary.concerns")).append('\n');
      report.humanRightsConcerns().forEach(c -> text.append("- ").append(c).append('\n'));
      text.append('\n');
    }
    if (report.agreements() != null) {
      text.append(words.text("summary.agreed", report.agreements())).append("\n\n");
    }
    if (!report.followUps().isEmpty()) {
      text.append(words.text("summary.followUps")).append('\n');
      for (FollowUpRequest f : report.followUps()) {
        text.append("- ").append(words.text("summary.line", institution(glossary, f.agency()), f.request()))
            .append('\n');
      }
    }
    return text.toString();
  }

  /** An institution in the glossary's words (English: the catalogue's label, the same words). */
  private static String institution(Messages glossary, String id) {
    return glossary.has("institution." + id) ? glossary.text("institution." + id)
        : Labelled.labelOf(Institution.class, id);
  }
}
