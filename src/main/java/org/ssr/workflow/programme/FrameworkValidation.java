package org.ssr.workflow.programme;

import java.util.List;
import java.util.Map;
import org.ssr.workflow.decision.DecisionKinds;
import org.ssr.workflow.engine.Conversions;

/**
 * Validation by the dialog's parties (steps 6 and 7): the civil-society monitor confirms that a framework reflects the
 * national dialog's agreements, or returns it with reasons. What the form shows of the agreements ledger, and the rules
 * of a decision. Knows nothing of Camunda.
 */
public final class FrameworkValidation {

  public static final String CONFIRMED = "confirmed";
  public static final String RETURNED = "returned";
  /** The decision record's kind of this decision. */
  public static final String KIND = DecisionKinds.VALIDATION;

  private FrameworkValidation() {}

  /** The decision, checked: confirmed, or returned with reasons. Returns the decision as stored. */
  public static String decide(String decision, String reasons) {
    return decide(decision, reasons, null);
  }

  /** As {@link #decide(String, String)}, refused in the person's language, else {@code programmeLanguage}. */
  public static String decide(String decision, String reasons, String programmeLanguage) {
    String value = decision == null ? "" : decision.strip();
    if (!CONFIRMED.equals(value) && !RETURNED.equals(value)) {
      throw ProgrammeInputRejectedException.refused(programmeLanguage, "validation.decision", CONFIRMED, RETURNED,
          decision == null ? "" : decision);
    }
    if (RETURNED.equals(value) && (reasons == null || reasons.isBlank())) {
      throw ProgrammeInputRejectedException.refused(programmeLanguage, "validation.reasons");
    }
    return value;
  }

  /** The agreements ledger as the form shows it, plain text (a read-only textarea), one item per paragraph. */
  public static String ledgerText(List<Map<String, Object>> ledger) {
    return ledgerText(ledger, ProgrammeWords.ENGLISH);
  }

  /** The same in the programme's language (status, segments, sessions in its words; the items as people wrote them). */
  public static String ledgerText(List<Map<String, Object>> ledger, ProgrammeWords words) {
    if (ledger == null || ledger.isEmpty()) {
      return words.text("validation.ledger.empty");
    }
    StringBuilder text = new StringBuilder();
    for (Map<String, Object> item : ledger) {
      if (!text.isEmpty()) {
        text.append("\n\n");
      }
      String status = value(item.get("status"));
      text.append(value(item.get("id"))).append(" (")
          .append(words.has("ledger.status." + status) ? words.text("ledger.status." + status) : status).append(") ")
          .append(value(item.get("text")));
      List<String> agreed = Conversions.strings("agreedBy", item.get("agreedBy"));
      List<String> objected = Conversions.strings("objectedBy", item.get("objectedBy"));
      if (!agreed.isEmpty()) {
        text.append('\n').append(words.text("validation.ledger.agreedBy", words.segments(agreed)));
      }
      if (!objected.isEmpty()) {
        text.append('\n').append(words.text("validation.ledger.objectedBy", words.segments(objected)));
      }
      Object session = item.get("session");
      if (session != null && !String.valueOf(session).isBlank()) {
        text.append('\n').append(words.text("validation.ledger.session",
            ConsentService.sessionName(String.valueOf(session), words)));
      }
    }
    return text.toString();
  }

  private static String value(Object value) {
    return value == null ? "" : String.valueOf(value).strip();
  }
}
