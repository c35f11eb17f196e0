package org.ssr.workflow.programme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.ssr.workflow.decision.DecisionEntry;
import org.ssr.workflow.decision.DecisionKinds;
import org.ssr.workflow.engine.Conversions;

/**
 * Consent of the segments of society (step 1): "key stakeholders in a society need to give their consent for SSR".
 * Before national consensus is declared, each required segment's consent, or its dissent with the reason, is recorded:
 * who recorded it, when, through which dialog session. Records are appended, never rewritten; the latest record of a
 * segment is its position. Knows nothing of the engine.
 *
 * <p>Consents and dissents are kept in the programme's decision record only (kinds {@code CONSENT} and {@code
 * DISSENT}, party = the segment, actor = who recorded it, subject = {@value #SUBJECT} and the session); no process
 * variable holds a copy. {@link #records} reads them back as records with the keys {@code segment}, {@code position}
 * (consent | dissent), {@code reason}, {@code session}, {@code recordedBy}, {@code recordedAt}, the shape the rules
 * below, the consensus form and monitoring use.
 */
@Service
public class ConsentService {

  public static final String CONSENT = "consent";
  public static final String DISSENT = "dissent";
  /** What a consent or dissent is given on, as the decision record names it; followed by ", " and the session. */
  public static final String SUBJECT = "national consensus (step 1)";

  /** The record's subject of a position given in a session: {@code national consensus (step 1), dialog round 2}. */
  public static String subject(String session) {
    return session == null || session.isBlank() ? SUBJECT : SUBJECT + ", " + session;
  }

  /**
   * The consents and dissents among a programme's decision record entries, oldest first, as consent records. The
   * session is read from the subject; positions recorded before the subject named it have an empty session.
   */
  public static List<Map<String, Object>> records(List<DecisionEntry> entries) {
    List<Map<String, Object>> records = new ArrayList<>();
    for (DecisionEntry entry : entries) {
      if (!DecisionKinds.CONSENT.equals(entry.kind()) && !DecisionKinds.DISSENT.equals(entry.kind())) {
        continue;
      }
      String subject = entry.subject() == null ? "" : entry.subject();
      Map<String, Object> record = new LinkedHashMap<>();
      record.put("segment", entry.party());
      record.put("position", entry.outcome());
      record.put("reason", entry.reason() == null ? "" : entry.reason());
      record.put("session", subject.startsWith(SUBJECT + ", ") ? subject.substring(SUBJECT.length() + 2) : "");
      record.put("recordedBy", entry.actor() == null ? "" : entry.actor());
      record.put("recordedAt", entry.occurredAt().toString());
      records.add(record);
    }
    return records;
  }

  /**
   * The records a consensus form adds. Rows without a segment are the form's empty rows and are skipped.
   *
   * @param sessions the dialog sessions held (the form's options); the last one is taken when a row names none
   * @throws ProgrammeInputRejectedException naming every row that cannot be recorded
   */
  public List<Map<String, Object>> newRecords(List<Map<String, Object>> rows, List<String> requiredSegments,
      List<String> sessions, String user, Instant at) {
    return newRecords(rows, requiredSegments, sessions, user, at, null);
  }

  /** As above, refused in the language of the person submitting, else {@code programmeLanguage}. */
  public List<Map<String, Object>> newRecords(List<Map<String, Object>> rows, List<String> requiredSegments,
      List<String> sessions, String user, Instant at, String programmeLanguage) {
    ProgrammeWords words = ProgrammeInputRejectedException.words(programmeLanguage);
    List<Map<String, Object>> records = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<String> segmentsInForm = new ArrayList<>();
    int row = 0;
    for (Map<String, Object> entry : rows) {
      row++;
      String segment = Conversions.text("segment", entry.get("segment"));
      if (segment == null) {
        continue;
      }
      String where = words.text("refused.consent.row", row, words.segment(segment));
      if (!requiredSegments.contains(segment)) {
        problems.add(words.text("refused.consent.notRequired", where, words.segments(requiredSegments)));
        continue;
      }
      if (segmentsInForm.contains(segment)) {
        problems.add(words.text("refused.consent.twice", where));
        continue;
      }
      segmentsInForm.add(segment);
      String position = Conversions.text("position", entry.get("position"));
      String reason = Conversions.text("reason", entry.get("reason"));
      if (!CONSENT.equals(position) && !DISSENT.equals(position)) {
        problems.add(words.text("refused.consent.position", where));
        continue;
      }
      if (DISSENT.equals(position) && reason == null) {
        problems.add(words.text("refused.consent.reason", where));
        continue;
      }
      String session = Conversions.text("session", entry.get("session"));
      if (session == null) {
        session = sessions.isEmpty() ? "" : sessions.get(sessions.size() - 1);
      } else if (!sessions.contains(session)) {
        problems.add(words.text("refused.consent.session", where, session, String.join(", ", sessions)));
        continue;
      }
      Map<String, Object> record = new LinkedHashMap<>();
      record.put("segment", segment);
      record.put("position", position);
      record.put("reason", reason == null ? "" : reason);
      record.put("session", session);
      record.put("recordedBy", user == null ? "" : user);
      record.put("recordedAt", at.toString());
      records.add(record);
    }
    if (!problems.isEmpty()) {
      throw ProgrammeInputRejectedException.refused(words, "consent", String.join("; ", problems));
    }
    return records;
  }

  /** Each segment's position: its latest record. */
  public Map<String, Map<String, Object>> positions(List<Map<String, Object>> records) {
    Map<String, Map<String, Object>> latest = new LinkedHashMap<>();
    records.forEach(record -> latest.put(String.valueOf(record.get("segment")), record));
    return latest;
  }

  /** The required segments with neither consent nor dissent recorded. */
  public List<String> missing(List<Map<String, Object>> records, List<String> requiredSegments) {
    Map<String, Map<String, Object>> positions = positions(records);
    return requiredSegments.stream().filter(segment -> !positions.containsKey(segment)).toList();
  }

  /**
   * Refuses to declare national consensus while a required segment has neither consent nor dissent recorded.
   *
   * @throws ProgrammeInputRejectedException naming the segments missing and what to do
   */
  public void requireEverySegment(List<Map<String, Object>> records, List<String> requiredSegments) {
    requireEverySegment(records, requiredSegments, null);
  }

  /** As above, refused in the language of the person submitting, else {@code programmeLanguage}. */
  public void requireEverySegment(List<Map<String, Object>> records, List<String> requiredSegments,
      String programmeLanguage) {
    List<String> missing = missing(records, requiredSegments);
    if (!missing.isEmpty()) {
      throw ProgrammeInputRejectedException.refused(programmeLanguage, "consensus.missing",
          ProgrammeInputRejectedException.words(programmeLanguage).segments(missing));
    }
  }

  /** What the consensus form shows: each required segment's position, and those still missing. */
  public String describe(List<Map<String, Object>> records, List<String> requiredSegments) {
    return describe(records, requiredSegments, ProgrammeWords.ENGLISH);
  }

  /** The same in the programme's language: segments, positions and sessions in its words, the day written out. */
  public String describe(List<Map<String, Object>> records, List<String> requiredSegments, ProgrammeWords words) {
    Map<String, Map<String, Object>> positions = positions(records);
    StringBuilder text = new StringBuilder();
    for (String segment : requiredSegments) {
      Map<String, Object> record = positions.get(segment);
      String said;
      if (record == null) {
        said = words.text("consent.notRecorded");
      } else {
        String position = String.valueOf(record.get("position"));
        String stand = CONSENT.equals(position) || DISSENT.equals(position)
            ? words.text("consent.position." + position) : position;
        if (DISSENT.equals(position)) {
          stand += " (" + record.get("reason") + ")";
        }
        String at = String.valueOf(record.get("recordedAt"));
        said = words.text("consent.recorded", stand, sessionName(String.valueOf(record.get("session")), words),
            String.valueOf(record.get("recordedBy")), words.date(at.substring(0, Math.min(10, at.length()))));
      }
      text.append("- ").append(words.text("consent.line", words.segment(segment), said));
      text.append('\n');
    }
    return text.toString().trim();
  }

  /** A session as the consent records and the ledger store it ({@code dialog round 2}), in the programme's words. */
  static String sessionName(String stored, ProgrammeWords words) {
    java.util.regex.Matcher round = java.util.regex.Pattern.compile("dialog round (\\d+)").matcher(stored);
    return round.matches() ? words.text("session.round", round.group(1)) : stored;
  }
}
