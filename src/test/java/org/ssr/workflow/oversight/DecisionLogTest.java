package org.ssr.workflow.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionLogTest {

  private static final ReviewDecisionRecord PARLIAMENT_APPROVES = new ReviewDecisionRecord(
      "NSP", "National Security Policy 2027", 1, "parliamentOversight", "parliament", "approved", null,
      "2026-03-05T10:00:00Z");
  private static final ReviewDecisionRecord JUSTICE_RETURNS = new ReviewDecisionRecord(
      "AGENCY_FRAMEWORK", "Police policy framework", 3, "justiceOversight", "justice", "returned",
      "Say who oversees \"stop and search\".", "2026-03-06T11:30:00Z");

  @Test
  void writesAndReadsTheContractFields() {
    String json = DecisionLog.write(List.of(PARLIAMENT_APPROVES, JUSTICE_RETURNS));

    assertThat(json).startsWith("[{\"kind\":\"NSP\",\"subject\":\"National Security Policy 2027\",\"version\":1,"
        + "\"group\":\"parliamentOversight\",\"userId\":\"parliament\",\"decision\":\"approved\",\"reasons\":null,"
        + "\"decidedAt\":\"2026-03-05T10:00:00Z\"}");
    assertThat(DecisionLog.read(json)).containsExactly(PARLIAMENT_APPROVES, JUSTICE_RETURNS);
  }

  @Test
  void appendKeepsTheExistingLogFirst_andEntriesOfOtherShapes() {
    String existing = "[{\"kind\":\"SCOPING\",\"step\":7,\"justification\":\"no agencies\"}]";

    String log = DecisionLog.append(existing, DecisionLog.write(List.of(PARLIAMENT_APPROVES)));
    log = DecisionLog.append(log, DecisionLog.write(List.of(JUSTICE_RETURNS)));

    assertThat(log).startsWith("[{\"kind\":\"SCOPING\",\"step\":7,\"justification\":\"no agencies\"},");
    assertThat(DecisionLog.read(log)).hasSize(3).endsWith(PARLIAMENT_APPROVES, JUSTICE_RETURNS);
  }

  @Test
  void missingLogsCountAsEmpty() {
    assertThat(DecisionLog.append(null, null)).isEqualTo("[]");
    assertThat(DecisionLog.append("  ", "null")).isEqualTo("[]");
    assertThat(DecisionLog.read(DecisionLog.add(null, PARLIAMENT_APPROVES))).containsExactly(PARLIAMENT_APPROVES);
    assertThat(DecisionLog.read(DecisionLog.empty())).isEmpty();
  }

  @Test
  void refusesWhatIsNotAJsonArray() {
    assertThatThrownBy(() -> DecisionLog.append("{\"kind\":\"NSP\"}", "[]"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be a JSON array");
    assertThatThrownBy(() -> DecisionLog.append("[]", "[{"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not JSON");
  }
}
