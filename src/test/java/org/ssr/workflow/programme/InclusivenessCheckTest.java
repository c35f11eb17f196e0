package org.ssr.workflow.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InclusivenessCheckTest {

  private final InclusivenessCheck check = new InclusivenessCheck();
  private final List<String> required = List.of("youth", "womensGroups", "traditionalAuthorities");

  @Test
  void firstSession_listsTheRequiredSegmentsNotHeard_inPlainLanguage() {
    InclusivenessResult result = check.check(required, List.of(), List.of("youth", "businessActors"));

    assertThat(result.allHeard()).isFalse();
    assertThat(result.missing()).containsExactly("womensGroups", "traditionalAuthorities");
    assertThat(result.missingText()).isEqualTo("Not heard yet: Women's groups, Traditional authorities.");
    assertThat(result.heard()).containsExactly("youth", "businessActors");
  }

  @Test
  void segmentsHeardInEarlierSessionsCount() {
    InclusivenessResult result =
        check.check(required, List.of("youth", "womensGroups"), List.of("traditionalAuthorities"));

    assertThat(result.allHeard()).isTrue();
    assertThat(result.missingText()).isEqualTo(InclusivenessCheck.NOTHING_MISSING);
  }

  @Test
  void aSegmentTheCatalogueDoesNotKnowIsShownAsItIs_andBlanksAreIgnored() {
    InclusivenessResult result = check.check(List.of("fisherfolk", " "), null, null);

    assertThat(result.missing()).containsExactly("fisherfolk");
    assertThat(result.missingText()).isEqualTo("Not heard yet: fisherfolk.");
  }
}
