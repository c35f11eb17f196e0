package org.ssr.workflow.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;

class VariableValuesTest {

  @Test
  void listsFromJsonJavaListsJsonTextAndLines() {
    assertThat(VariableValues.strings(SpinValues.jsonValue("[\"a\",\"b\"]").create())).containsExactly("a", "b");
    assertThat(VariableValues.strings(List.of("a", "b"))).containsExactly("a", "b");
    assertThat(VariableValues.strings("[\"a\",\"b\"]")).containsExactly("a", "b");
    assertThat(VariableValues.strings("North\r\n\n South \n")).containsExactly("North", "South");
    assertThat(VariableValues.strings(null)).isEmpty();
  }

  @Test
  void recordsFromJsonArraysOfObjects() {
    assertThat(VariableValues.records(SpinValues.jsonValue("[{\"id\":\"A1\",\"startYear\":2027}]").create()))
        .containsExactly(Map.of("id", "A1", "startYear", 2027));
    assertThat(VariableValues.records(List.of(Map.of("id", "A1")))).containsExactly(Map.of("id", "A1"));
    assertThat(VariableValues.records("")).isEmpty();
  }
}
