package org.ssr.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docs/glossary.md, the page reviewers read, shows exactly the words of i18n/glossary*.properties, the files every
 * screen uses: one row per key with its English, French and Portuguese words.
 */
class GlossaryDocTest {

  @Test
  void theGlossaryPageShowsEveryWordOfTheGlossaryFiles() throws Exception {
    String page = Files.readString(Path.of("docs/glossary.md"));
    Map<String, String> english = WebappMessages.load("glossary", "en");
    Map<String, String> french = WebappMessages.load("glossary", "fr");
    Map<String, String> portuguese = WebappMessages.load("glossary", "pt");
    assertThat(english).hasSizeGreaterThan(40);
    List<String> missing = new ArrayList<>();
    english.forEach((key, text) -> {
      String row = "| `" + key + "` | " + text + " | " + french.get(key) + " | " + portuguese.get(key) + " |";
      if (!page.contains(row)) {
        missing.add(row);
      }
    });
    assertThat(missing).as("rows of docs/glossary.md that differ from the glossary files").isEmpty();
  }
}
