package org.ssr.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ssr.workflow.engine.Labelled;
import org.ssr.workflow.oversight.ReviewKind;
import org.ssr.workflow.programme.Institution;
import org.ssr.workflow.programme.Segment;
import org.ssr.workflow.risk.RiskCategory;
import org.ssr.workflow.risk.RiskLevel;

/** The catalogues' one lookup by id (engine.Labelled), on every enum that uses it. */
class LabelledCataloguesTest {

  @ParameterizedTest
  @ValueSource(classes = {Segment.class, Institution.class, RiskCategory.class, RiskLevel.class, ReviewKind.class})
  <E extends Enum<E> & Labelled> void everyConstantIsFoundByItsOwnId_andIdsAreUnique(Class<E> type) {
    for (E constant : type.getEnumConstants()) {
      assertThat(Labelled.byId(type, constant.id())).contains(constant);
      assertThat(Labelled.labelOf(type, constant.id())).isEqualTo(constant.label()).isNotBlank();
    }
    List<String> ids = Labelled.ids(type);
    assertThat(ids).hasSize(type.getEnumConstants().length).doesNotHaveDuplicates();
    assertThat(Labelled.byId(type, "noSuchId")).isEmpty();
    assertThat(Labelled.byId(type, null)).isEmpty();
    assertThat(Labelled.labelOf(type, "noSuchId")).as("an unknown id is shown as it is").isEqualTo("noSuchId");
  }

  @Test
  void theEnumsKeepTheirLookups() {
    assertThat(Segment.defaultIds()).startsWith("youth", "womensGroups");
    assertThat(Segment.labelOf("womensGroups")).isEqualTo("Women's groups");
    assertThat(Institution.byId("police")).contains(Institution.POLICE);
    assertThat(RiskCategory.fromId("donorRelated")).contains(RiskCategory.DONOR_RELATED);
    assertThat(RiskLevel.fromId("high")).isEqualTo(RiskLevel.HIGH);
    assertThat(ReviewKind.fromCode("FINANCIAL_PLAN")).isEqualTo(ReviewKind.FINANCIAL_PLAN);
    assertThatThrownBy(() -> RiskLevel.fromId("severe"))
        .hasMessage("Unknown risk level 'severe'");
    assertThatThrownBy(() -> ReviewKind.fromCode("BUDGET"))
        .hasMessage("Unknown review kind 'BUDGET'; expected one of NSP, AGENCY_FRAMEWORK, FINANCIAL_PLAN, "
            + "GOVERNANCE_STRUCTURES, ANNUAL_IMPLEMENTATION_REPORT, STRATEGY_AMENDMENT, FINAL_EVALUATION");
  }
}
