package org.ssr.workflow.programme;

import java.util.List;
import java.util.stream.Collectors;
import org.ssr.workflow.engine.Languages;
import org.ssr.workflow.engine.Messages;
import org.ssr.workflow.engine.ReadableTimes;

/**
 * The words the programme's forms show, in the programme's language: sentences from {@code i18n/programme.properties}
 * ({@code _fr}, {@code _pt}), the domain's words (segments, institutions, oversight bodies, the programme's term) from
 * the glossary ({@code i18n/glossary*.properties}). The English glossary words are the catalogues' labels
 * ({@link Segment}, {@link Institution}), so English texts read as they always did. A code the glossary does not know
 * is shown as it is.
 */
public final class ProgrammeWords {

  public static final ProgrammeWords ENGLISH = of(null);

  private final Messages texts;
  private final Messages glossary;

  private ProgrammeWords(String language) {
    this.texts = Messages.of("programme", language);
    this.glossary = Messages.of("glossary", language);
  }

  /** The words of a language code (missing or unknown = English). */
  public static ProgrammeWords of(String language) {
    return new ProgrammeWords(language);
  }

  public String language() {
    return texts.language();
  }

  /** A sentence of {@code i18n/programme.properties}. */
  public String text(String key, Object... args) {
    return texts.text(key, args);
  }

  /** Whether {@code i18n/programme.properties} has the key. */
  public boolean has(String key) {
    return texts.has(key);
  }

  public String segment(String id) {
    return glossaryWord("segment." + id, id);
  }

  public String segments(List<String> ids) {
    return ids.stream().map(this::segment).collect(Collectors.joining(", "));
  }

  public String institution(String id) {
    return glossaryWord("institution." + id, id);
  }

  /** An oversight body by its group id ({@code parliamentOversight}); English keeps the charter's own label. */
  public String body(String group) {
    return Languages.ENGLISH.equals(language()) ? OversightCharter.bodyLabel(group)
        : glossaryWord("role." + group, group);
  }

  /** "Security Sector Reform" or "Security Sector Transformation" (the set-up's choice) in the language. */
  public String term(String storedTerm) {
    if (storedTerm == null) {
      return null;
    }
    return glossary.text(ProgrammeSetupService.TERM_TRANSFORMATION.equals(storedTerm) ? "term.sst" : "term.ssr");
  }

  /** A stored ISO-8601 date or date-time as a day (English keeps ISO). */
  public String date(String iso) {
    return ReadableTimes.date(iso, language());
  }

  /** A word of the glossary by its key (e.g. {@code term.segment}). */
  public String glossary(String key) {
    return glossary.text(key);
  }

  private String glossaryWord(String key, String id) {
    return id != null && glossary.has(key) ? glossary.text(key) : id;
  }
}
