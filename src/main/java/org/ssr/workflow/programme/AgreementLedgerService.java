package org.ssr.workflow.programme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.ssr.workflow.engine.Conversions;
import org.ssr.workflow.engine.Labelled;

/**
 * The agreements ledger of the dialog (step 1) and the regional consultations (step 2): what the parties agreed and
 * what stays disputed, item by item, carried forward from session to session. A session adds items and changes earlier
 * ones (revises the text, marks it agreed or disputed, withdraws it with a reason); an item is never removed, and
 * every change keeps the item's earlier text and status in its history. Knows nothing of the engine.
 *
 * <p>Item keys (ProgrammeProcess.Variables.AGREEMENT_LEDGER): {@code id} (AG-1, AG-2, ... never reused),
 * {@code text}, {@code status} (agreed | disputed | revised | withdrawn), {@code agreedBy}, {@code objectedBy}
 * (segment ids), {@code session} (the session that last changed it), {@code recordedBy}, {@code recordedAt},
 * {@code reason} (of the last change, required to withdraw), {@code history} (earlier states, oldest first).
 */
@Service
public class AgreementLedgerService {

  public static final String AGREED = "agreed";
  public static final String DISPUTED = "disputed";
  public static final String REVISED = "revised";
  public static final String WITHDRAWN = "withdrawn";
  /** What a change row may ask (the form's select values). */
  public static final List<String> CHANGES = List.of("revise", "agree", "dispute", "withdraw");

  private static final Pattern ID = Pattern.compile("AG-(\\d+)");

  /** Who records a session's items, when, and which session it is (e.g. {@code dialog round 2}). */
  /**
   * @param language the programme's language: the refusals speak the submitting person's, else this one
   */
  public record Session(String name, String user, Instant at, String language) {
    public Session(String name, String user, Instant at) {
      this(name, user, at, null);
    }
  }

  /**
   * The ledger after a session: the new items appended with fresh ids, the changes applied to earlier items. Rows
   * without text (new items) or without an item (changes) are the form's empty rows and are skipped.
   *
   * @throws ProgrammeInputRejectedException naming every row that cannot be recorded; nothing is recorded then
   */
  public List<Map<String, Object>> record(List<Map<String, Object>> ledger, List<Map<String, Object>> newItems,
      List<Map<String, Object>> changes, Session session) {
    List<Map<String, Object>> result = new ArrayList<>();
    ledger.forEach(item -> result.add(new LinkedHashMap<>(item)));
    List<String> problems = new ArrayList<>();
    ProgrammeWords words = ProgrammeInputRejectedException.words(session.language());
    int next = nextNumber(result);
    int row = 0;
    for (Map<String, Object> entry : newItems) {
      row++;
      String text = text(entry, "text");
      if (text == null) {
        continue;
      }
      String where = words.text("refused.agreements.newItem", row);
      List<String> agreedBy = segments(entry, "agreedBy", where, problems, words);
      List<String> objectedBy = segments(entry, "objectedBy", where, problems, words);
      checkNoSegmentOnBothSides(agreedBy, objectedBy, where, problems, words);
      String status = text(entry, "status");
      if (status == null) {
        status = objectedBy.isEmpty() ? AGREED : DISPUTED;
      } else if (!status.equals(AGREED) && !status.equals(DISPUTED)) {
        problems.add(words.text("refused.agreements.status", where, status));
        continue;
      }
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", "AG-" + next++);
      item.put("text", text);
      item.put("status", status);
      item.put("agreedBy", agreedBy);
      item.put("objectedBy", objectedBy);
      stamp(item, session);
      item.put("reason", "");
      item.put("history", new ArrayList<>());
      result.add(item);
    }
    row = 0;
    Set<String> changedInThisSession = new LinkedHashSet<>();
    for (Map<String, Object> entry : changes) {
      row++;
      String id = text(entry, "item");
      if (id == null) {
        continue;
      }
      String where = words.text("refused.agreements.change", row, id);
      Map<String, Object> item = result.stream().filter(existing -> id.equals(existing.get("id"))).findFirst()
          .orElse(null);
      if (item == null || !ledger.stream().anyMatch(existing -> id.equals(existing.get("id")))) {
        problems.add(words.text("refused.agreements.noItem", where, id,
            ledger.isEmpty() ? words.text("refused.agreements.noItems") : ids(ledger)));
        continue;
      }
      if (!changedInThisSession.add(id)) {
        problems.add(words.text("refused.agreements.twice", where, id));
        continue;
      }
      if (WITHDRAWN.equals(item.get("status"))) {
        problems.add(words.text("refused.agreements.withdrawn", where, id));
        continue;
      }
      String change = text(entry, "change");
      String text = text(entry, "text");
      String reason = text(entry, "reason");
      List<String> agreedBy = segments(entry, "agreedBy", where, problems, words);
      List<String> objectedBy = segments(entry, "objectedBy", where, problems, words);
      checkNoSegmentOnBothSides(agreedBy, objectedBy, where, problems, words);
      String status;
      if ("revise".equals(change)) {
        if (text == null) {
          problems.add(words.text("refused.agreements.revisedText", where));
          continue;
        }
        status = REVISED;
      } else if ("agree".equals(change)) {
        status = AGREED;
      } else if ("dispute".equals(change)) {
        status = DISPUTED;
      } else if ("withdraw".equals(change)) {
        if (reason == null) {
          problems.add(words.text("refused.agreements.withdrawReason", where));
          continue;
        }
        status = WITHDRAWN;
      } else {
        problems.add(words.text("refused.agreements.change.what", where, String.join(", ", CHANGES)));
        continue;
      }
      @SuppressWarnings("unchecked")
      List<Object> history = new ArrayList<>((List<Object>) item.getOrDefault("history", List.of()));
      Map<String, Object> before = new LinkedHashMap<>();
      for (String key : List.of("text", "status", "agreedBy", "objectedBy", "session", "recordedBy", "recordedAt",
          "reason")) {
        before.put(key, item.get(key));
      }
      history.add(before);
      item.put("history", history);
      if (text != null && "revise".equals(change)) {
        item.put("text", text);
      }
      item.put("status", status);
      if (!agreedBy.isEmpty()) {
        item.put("agreedBy", agreedBy);
      }
      if (!objectedBy.isEmpty()) {
        item.put("objectedBy", objectedBy);
      }
      item.put("reason", reason == null ? "" : reason);
      stamp(item, session);
    }
    if (!problems.isEmpty()) {
      throw ProgrammeInputRejectedException.refused(words, "agreements", String.join("; ", problems));
    }
    return result;
  }

  /** The items a session may still change (every item not withdrawn), as select options {label, value}. */
  public List<Map<String, Object>> options(List<Map<String, Object>> ledger) {
    return options(ledger, ProgrammeWords.ENGLISH);
  }

  /** The same, the status in the programme's words. */
  public List<Map<String, Object>> options(List<Map<String, Object>> ledger, ProgrammeWords words) {
    List<Map<String, Object>> options = new ArrayList<>();
    for (Map<String, Object> item : ledger) {
      if (WITHDRAWN.equals(item.get("status"))) {
        continue;
      }
      String text = String.valueOf(item.get("text"));
      Map<String, Object> option = new LinkedHashMap<>();
      option.put("label", item.get("id") + " (" + status(item, words) + "): "
          + (text.length() > 80 ? text.substring(0, 77) + "..." : text));
      option.put("value", item.get("id"));
      options.add(option);
    }
    return options;
  }

  /** The ledger as the session forms show it (Markdown, one line per item, withdrawn items included). */
  public String describe(List<Map<String, Object>> ledger) {
    return describe(ledger, ProgrammeWords.ENGLISH);
  }

  /** The same in the programme's language: status, sessions and segments in its words; the items as people wrote them. */
  public String describe(List<Map<String, Object>> ledger, ProgrammeWords words) {
    if (ledger.isEmpty()) {
      return words.text("ledger.empty");
    }
    StringBuilder text = new StringBuilder();
    for (Map<String, Object> item : ledger) {
      text.append("- ").append(words.text("ledger.line", String.valueOf(item.get("id")), status(item, words),
          ConsentService.sessionName(String.valueOf(item.get("session")), words), String.valueOf(item.get("text"))));
      List<String> agreedBy = Conversions.strings("agreedBy", item.get("agreedBy"));
      List<String> objectedBy = Conversions.strings("objectedBy", item.get("objectedBy"));
      if (!agreedBy.isEmpty()) {
        text.append(" — ").append(words.text("ledger.agreedBy", words.segments(agreedBy)));
      }
      if (!objectedBy.isEmpty()) {
        text.append(" — ").append(words.text("ledger.objectedBy", words.segments(objectedBy)));
      }
      if (WITHDRAWN.equals(item.get("status"))) {
        text.append(" — ").append(words.text("ledger.withdrawnBecause", String.valueOf(item.get("reason"))));
      }
      text.append('\n');
    }
    return text.toString().trim();
  }

  private static void stamp(Map<String, Object> item, Session session) {
    item.put("session", session.name());
    item.put("recordedBy", session.user() == null ? "" : session.user());
    item.put("recordedAt", session.at().toString());
  }

  private static int nextNumber(List<Map<String, Object>> ledger) {
    int max = 0;
    for (Map<String, Object> item : ledger) {
      Matcher id = ID.matcher(String.valueOf(item.get("id")));
      if (id.matches()) {
        max = Math.max(max, Integer.parseInt(id.group(1)));
      }
    }
    return max + 1;
  }

  private static List<String> segments(Map<String, Object> entry, String key, String where, List<String> problems,
      ProgrammeWords words) {
    List<String> segments = Conversions.strings(key, entry.get(key));
    for (String segment : segments) {
      if (Labelled.byId(Segment.class, segment).isEmpty()) {
        problems.add(words.text("refused.agreements.segment", where, segment,
            String.join(", ", Labelled.ids(Segment.class))));
      }
    }
    return new ArrayList<>(new LinkedHashSet<>(segments));
  }

  private static void checkNoSegmentOnBothSides(List<String> agreedBy, List<String> objectedBy, String where,
      List<String> problems, ProgrammeWords words) {
    List<String> both = agreedBy.stream().filter(objectedBy::contains).toList();
    if (!both.isEmpty()) {
      problems.add(words.text("refused.agreements.bothSides", where, words.segments(both)));
    }
  }

  private static String status(Map<String, Object> item, ProgrammeWords words) {
    String status = String.valueOf(item.get("status"));
    return List.of(AGREED, DISPUTED, REVISED, WITHDRAWN).contains(status) ? words.text("ledger.status." + status) : status;
  }


  private static String ids(List<Map<String, Object>> ledger) {
    return String.join(", ", ledger.stream().map(i -> String.valueOf(i.get("id")))
        .toList());
  }

  private static String text(Map<String, Object> entry, String key) {
    return Conversions.text(key, entry.get(key));
  }
}
