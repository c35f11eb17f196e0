package org.ssr.workflow.local;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.ssr.workflow.engine.Conversions;
import org.ssr.workflow.engine.Labelled;
import org.ssr.workflow.engine.Variable;
import org.ssr.workflow.local.LocalReport.FollowUpRequest;
import org.ssr.workflow.local.LocalReport.Issue;
import org.ssr.workflow.local.LocalReport.Participants;
import org.ssr.workflow.local.LocalReportProcess.Variables;
import org.ssr.workflow.programme.Institution;
import org.ssr.workflow.programme.ProgrammeCode;

/**
 * Reads a submitted report (the Tasklist start form's variables, or the REST body with the same field names) and
 * refuses it with a message naming the field, e.g. {@code Field 'issues[2].severity': choose one of [low, medium,
 * high]}. Knows nothing of the engine beyond the variable catalogue.
 */
public final class LocalReportReader {

  static final int MAX_TEXT = 4000;
  static final int MAX_ITEMS = 50;

  private LocalReportReader() {}

  /** A report without id and filing (those come when it is recorded). */
  public static LocalReport read(Map<String, ?> submitted, LocalDate today) {
    String code = required(Variables.PROGRAMME_CODE, submitted, "give the code of the programme");
    ProgrammeCode programme = ProgrammeCode.parse(code).orElseThrow(() -> LocalInputRejectedException.field(
        Variables.PROGRAMME_CODE.name(), "'" + code + "' is no programme code"));
    String region = required(Variables.REGION, submitted, "give the region of your local platform");
    Date date = Variables.MEETING_DATE.from(submitted).get();
    if (date == null) {
      throw LocalInputRejectedException.field(Variables.MEETING_DATE.name(),
          "give the date of the meeting (YYYY-MM-DD)");
    }
    LocalDate meetingDate = date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    if (meetingDate.isAfter(today.plusDays(1))) {
      throw LocalInputRejectedException.field(Variables.MEETING_DATE.name(),
          meetingDate + " is in the future: report a meeting that took place");
    }
    Participants participants = new Participants(count(Variables.PARTICIPANTS_COMMUNITY, submitted),
        count(Variables.PARTICIPANTS_SECURITY_FORCE, submitted),
        count(Variables.PARTICIPANTS_LOCAL_GOVERNMENT, submitted),
        count(Variables.PARTICIPANTS_CIVIL_SOCIETY, submitted));
    if (participants.total() == 0) {
      throw LocalInputRejectedException.field(Variables.PARTICIPANTS_COMMUNITY.name(),
          "give how many took part (community, security force, local government, civil society): all are 0");
    }
    List<Issue> issues = new ArrayList<>();
    List<Map<String, Object>> rawIssues = filled(Variables.ISSUES.from(submitted).get());
    limit(Variables.ISSUES.name(), rawIssues);
    for (int i = 0; i < rawIssues.size(); i++) {
      Map<String, Object> issue = rawIssues.get(i);
      String at = Variables.ISSUES.name() + "[" + (i + 1) + "].";
      issues.add(new Issue(
          choice(at + "category", issue.get("category"), IssueCategory.class, true),
          choice(at + "severity", issue.get("severity"), Severity.class, true),
          choice(at + "force", issue.get("force"), Institution.class, false),
          text(at + "description", issue.get("description"), true)));
    }
    List<String> concerns = Variables.HUMAN_RIGHTS_CONCERNS.from(submitted).get();
    limit(Variables.HUMAN_RIGHTS_CONCERNS.name(), concerns);
    for (int i = 0; i < concerns.size(); i++) {
      text(Variables.HUMAN_RIGHTS_CONCERNS.name() + "[" + (i + 1) + "]", concerns.get(i), true);
    }
    String agreements = text(Variables.AGREEMENTS.name(), Variables.AGREEMENTS.from(submitted).get(), false);
    List<FollowUpRequest> followUps = new ArrayList<>();
    List<Map<String, Object>> rawFollowUps = filled(Variables.FOLLOW_UPS.from(submitted).get());
    limit(Variables.FOLLOW_UPS.name(), rawFollowUps);
    for (int i = 0; i < rawFollowUps.size(); i++) {
      Map<String, Object> followUp = rawFollowUps.get(i);
      String at = Variables.FOLLOW_UPS.name() + "[" + (i + 1) + "].";
      followUps.add(new FollowUpRequest(choice(at + "agency", followUp.get("agency"), Institution.class, true),
          text(at + "request", followUp.get("request"), true)));
    }
    return new LocalReport(null, programme.value(), region, meetingDate, null, null, participants,
        List.copyOf(issues), List.copyOf(concerns), agreements, List.copyOf(followUps));
  }

  private static String required(Variable<String> variable, Map<String, ?> submitted, String what) {
    String value = variable.from(submitted).get();
    if (value == null) {
      throw LocalInputRejectedException.field(variable.name(), what);
    }
    if (value.length() > 200) {
      throw LocalInputRejectedException.field(variable.name(), "at most 200 characters");
    }
    return value;
  }

  private static int count(Variable<Integer> variable, Map<String, ?> submitted) {
    Integer value = variable.from(submitted).get();
    if (value != null && (value < 0 || value > 100_000)) {
      throw LocalInputRejectedException.field(variable.name(), "give a number from 0 to 100000, got " + value);
    }
    return value == null ? 0 : value;
  }

  private static String text(String field, Object raw, boolean required) {
    String value = Conversions.text(field, raw);
    if (value == null && required) {
      throw LocalInputRejectedException.field(field, "must not be empty");
    }
    if (value != null && value.length() > MAX_TEXT) {
      throw LocalInputRejectedException.field(field, "at most " + MAX_TEXT + " characters");
    }
    return value;
  }

  private static <E extends Enum<E> & Labelled> String choice(String field, Object raw, Class<E> catalogue,
      boolean required) {
    String id = Conversions.text(field, raw);
    if (id == null) {
      if (required) {
        throw LocalInputRejectedException.field(field, "choose one of " + Labelled.ids(catalogue));
      }
      return null;
    }
    return Labelled.byId(catalogue, id).map(Labelled::id).orElseThrow(() -> LocalInputRejectedException.field(field,
        "'" + id + "' is not one of " + Labelled.ids(catalogue)));
  }

  /** Rows of a dynamic list the user left empty (the form always offers one) are no entries. */
  private static List<Map<String, Object>> filled(List<Map<String, Object>> rows) {
    return rows.stream().filter(row -> row.values().stream().anyMatch(v -> Conversions.text("", v) != null))
        .toList();
  }

  private static void limit(String field, List<?> items) {
    if (items.size() > MAX_ITEMS) {
      throw LocalInputRejectedException.field(field, "at most " + MAX_ITEMS + " entries");
    }
  }
}
