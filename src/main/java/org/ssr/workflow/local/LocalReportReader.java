package org.ssr.workflow.local;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.ssr.workflow.engine.Conversions;
import org.ssr.workflow.engine.Labelled;
import org.ssr.workflow.engine.ReadableTimes;
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
    return read(submitted, today, LocalInputRejectedException.ofPerson());
  }

  /** The same, refused in {@code language} (the filing person's: docs/languages.md). */
  public static LocalReport read(Map<String, ?> submitted, LocalDate today, String language) {
    String code = required(Variables.PROGRAMME_CODE, submitted, "noCode", language);
    ProgrammeCode programme = ProgrammeCode.parse(code).orElseThrow(() -> LocalInputRejectedException.field(language,
        Variables.PROGRAMME_CODE.name(), "notACode", code));
    String region = required(Variables.REGION, submitted, "noRegion", language);
    Date date = Variables.MEETING_DATE.from(submitted).get();
    if (date == null) {
      throw LocalInputRejectedException.field(language, Variables.MEETING_DATE.name(), "noDate");
    }
    LocalDate meetingDate = date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    if (meetingDate.isAfter(today.plusDays(1))) {
      throw LocalInputRejectedException.field(language, Variables.MEETING_DATE.name(), "future",
          ReadableTimes.date(meetingDate, language));
    }
    Participants participants = new Participants(count(Variables.PARTICIPANTS_COMMUNITY, submitted, language),
        count(Variables.PARTICIPANTS_SECURITY_FORCE, submitted, language),
        count(Variables.PARTICIPANTS_LOCAL_GOVERNMENT, submitted, language),
        count(Variables.PARTICIPANTS_CIVIL_SOCIETY, submitted, language));
    if (participants.total() == 0) {
      throw LocalInputRejectedException.field(language, Variables.PARTICIPANTS_COMMUNITY.name(), "noParticipants");
    }
    List<Issue> issues = new ArrayList<>();
    List<Map<String, Object>> rawIssues = filled(Variables.ISSUES.from(submitted).get());
    limit(Variables.ISSUES.name(), rawIssues, language);
    for (int i = 0; i < rawIssues.size(); i++) {
      Map<String, Object> issue = rawIssues.get(i);
      String at = Variables.ISSUES.name() + "[" + (i + 1) + "].";
      issues.add(new Issue(
          choice(at + "category", issue.get("category"), IssueCategory.class, true, language),
          choice(at + "severity", issue.get("severity"), Severity.class, true, language),
          choice(at + "force", issue.get("force"), Institution.class, false, language),
          text(at + "description", issue.get("description"), true, language)));
    }
    List<String> concerns = Variables.HUMAN_RIGHTS_CONCERNS.from(submitted).get();
    limit(Variables.HUMAN_RIGHTS_CONCERNS.name(), concerns, language);
    for (int i = 0; i < concerns.size(); i++) {
      text(Variables.HUMAN_RIGHTS_CONCERNS.name() + "[" + (i + 1) + "]", concerns.get(i), true, language);
    }
    String agreements = text(Variables.AGREEMENTS.name(), Variables.AGREEMENTS.from(submitted).get(), false,
        language);
    List<FollowUpRequest> followUps = new ArrayList<>();
    List<Map<String, Object>> rawFollowUps = filled(Variables.FOLLOW_UPS.from(submitted).get());
    limit(Variables.FOLLOW_UPS.name(), rawFollowUps, language);
    for (int i = 0; i < rawFollowUps.size(); i++) {
      Map<String, Object> followUp = rawFollowUps.get(i);
      String at = Variables.FOLLOW_UPS.name() + "[" + (i + 1) + "].";
      followUps.add(new FollowUpRequest(choice(at + "agency", followUp.get("agency"), Institution.class, true,
          language), text(at + "request", followUp.get("request"), true, language)));
    }
    return new LocalReport(null, programme.value(), region, meetingDate, null, null, participants,
        List.copyOf(issues), List.copyOf(concerns), agreements, List.copyOf(followUps));
  }

  private static String required(Variable<String> variable, Map<String, ?> submitted, String what,
      String language) {
    String value = variable.from(submitted).get();
    if (value == null) {
      throw LocalInputRejectedException.field(language, variable.name(), what);
    }
    if (value.length() > 200) {
      throw LocalInputRejectedException.field(language, variable.name(), "tooLong", "200");
    }
    return value;
  }

  private static int count(Variable<Integer> variable, Map<String, ?> submitted, String language) {
    Integer value = variable.from(submitted).get();
    if (value != null && (value < 0 || value > 100_000)) {
      throw LocalInputRejectedException.field(language, variable.name(), "count", String.valueOf(value));
    }
    return value == null ? 0 : value;
  }

  private static String text(String field, Object raw, boolean required, String language) {
    String value = Conversions.text(field, raw);
    if (value == null && required) {
      throw LocalInputRejectedException.field(language, field, "empty");
    }
    if (value != null && value.length() > MAX_TEXT) {
      throw LocalInputRejectedException.field(language, field, "tooLong", String.valueOf(MAX_TEXT));
    }
    return value;
  }

  private static <E extends Enum<E> & Labelled> String choice(String field, Object raw, Class<E> catalogue,
      boolean required, String language) {
    String id = Conversions.text(field, raw);
    if (id == null) {
      if (required) {
        throw LocalInputRejectedException.field(language, field, "choose", String.valueOf(Labelled.ids(catalogue)));
      }
      return null;
    }
    return Labelled.byId(catalogue, id).map(Labelled::id).orElseThrow(() -> LocalInputRejectedException.field(
        language, field, "notOneOf", id, String.valueOf(Labelled.ids(catalogue))));
  }

  /** Rows of a dynamic list the user left empty (the form always offers one) are no entries. */
  private static List<Map<String, Object>> filled(List<Map<String, Object>> rows) {
    return rows.stream().filter(row -> row.values().stream().anyMatch(v -> Conversions.text("", v) != null))
        .toList();
  }

  private static void limit(String field, List<?> items, String language) {
    if (items.size() > MAX_ITEMS) {
      throw LocalInputRejectedException.field(language, field, "tooMany", String.valueOf(MAX_ITEMS));
    }
  }
}
