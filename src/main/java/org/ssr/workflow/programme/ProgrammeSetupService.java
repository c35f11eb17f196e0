package org.ssr.workflow.programme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.ssr.workflow.engine.Languages;

/** Checks a new programme's set-up and fills in the defaults the seed gives. Knows nothing of the engine. */
@Service
public class ProgrammeSetupService {

  public static final String TERM_REFORM = "Security Sector Reform";
  public static final String TERM_TRANSFORMATION = "Security Sector Transformation";
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * @param codeInUse tells whether another programme (running or finished) already has the code; asked with the
   *     normalised code, so a code differing only in case from one in use is refused too
   * @throws ProgrammeInputRejectedException with a message for the user when the set-up cannot be accepted
   */
  public ProgrammeSetup prepare(ProgrammeSetupRequest request, Predicate<ProgrammeCode> codeInUse) {
    // refusals speak the person's language: the request's, else the one chosen on the form (if ours), else English
    String chosen = trim(request.language()).toLowerCase(Locale.ROOT);
    String lang = Languages.isSupported(chosen) ? chosen : Languages.ENGLISH;
    ProgrammeCode code = ProgrammeCode.of(request.code(), lang);
    String term = trim(request.term()).isEmpty() ? TERM_REFORM : trim(request.term());
    if (!term.equals(TERM_REFORM) && !term.equals(TERM_TRANSFORMATION)) {
      throw ProgrammeInputRejectedException.refused(lang, "setup.term", TERM_REFORM, TERM_TRANSFORMATION);
    }
    String name = required(request.name(), lang, "setup.name");
    String country = required(request.country(), lang, "setup.country");

    List<String> institutions = distinct(request.institutions());
    if (institutions.isEmpty()) {
      throw ProgrammeInputRejectedException.refused(lang, "setup.institutions");
    }
    Map<String, List<String>> oversight = new LinkedHashMap<>();
    for (String id : institutions) {
      Institution institution = Institution.byId(id)
          .orElseThrow(() -> ProgrammeInputRejectedException.refused(lang, "setup.institution", id));
      List<String> bodies = distinct(request.oversightBodies() == null ? null : request.oversightBodies().get(id));
      for (String body : bodies) {
        if (!Institution.OversightBody.ALL.contains(body)) {
          throw ProgrammeInputRejectedException.refused(lang, "setup.oversightBody", body,
              ProgrammeInputRejectedException.words(lang).institution(institution.id()));
        }
      }
      oversight.put(id, bodies.isEmpty() ? new ArrayList<>(institution.defaultOversightBodies()) : bodies);
    }
    List<String> regions = distinct(request.regions());
    if (regions.isEmpty()) {
      throw ProgrammeInputRejectedException.refused(lang, "setup.regions");
    }
    List<String> segments = distinct(request.requiredSegments());
    if (segments.isEmpty()) {
      segments = request.context() == null ? Segment.defaultIds() : request.context().defaultSegments();
    }
    String justification = segmentsJustification(segments, request.segmentsJustification(), lang);
    BigDecimal shareTarget = request.nationalShareTarget();
    if (shareTarget != null && (shareTarget.signum() < 0 || shareTarget.compareTo(HUNDRED) > 0)) {
      throw ProgrammeInputRejectedException.refused(lang, "setup.shareTarget", shareTarget.toPlainString());
    }
    String language = language(request.language());
    // checked last: the most expensive check, and the one the user can do least about
    if (codeInUse.test(code)) {
      throw ProgrammeInputRejectedException.refused(lang, "setup.codeInUse", code.value());
    }
    return new ProgrammeSetup(code.value(), name, country, term, institutions,
        oversight, regions, segments, distinct(request.donors()), request.context(), justification, shareTarget,
        language);
  }

  /** The programme's language: one of ours, English when none is given (docs/languages.md). */
  private static String language(String requested) {
    String code = trim(requested).toLowerCase(Locale.ROOT);
    if (code.isEmpty()) {
      return Languages.ENGLISH;
    }
    if (!Languages.isSupported(code)) {
      throw ProgrammeInputRejectedException.refused(Languages.ENGLISH, "setup.language", trim(requested),
          String.join(", ", Languages.supported()));
    }
    return code;
  }

  /**
   * Women's groups and youth are heard unless the set-up says in writing why not: the source names them among "all
   * segments of society" a national dialog must include, and they are the first left out.
   *
   * @return the justification when a segment needing one is left out, else null
   */
  private static String segmentsJustification(List<String> segments, String justification, String lang) {
    ProgrammeWords words = ProgrammeInputRejectedException.words(lang);
    List<String> removed = Segment.REMOVAL_NEEDS_JUSTIFICATION.stream()
        .filter(segment -> !segments.contains(segment.id())).map(segment -> words.segment(segment.id())).toList();
    if (removed.isEmpty()) {
      return null;
    }
    String written = trim(justification);
    if (written.isEmpty()) {
      String names = removed.size() == 1 ? removed.get(0)
          : words.text("refused.setup.segmentsAnd", String.join(", ", removed.subList(0, removed.size() - 1)),
              removed.get(removed.size() - 1));
      throw ProgrammeInputRejectedException.refused(lang, "setup.segments", names, removed.size());
    }
    return written;
  }

  private static String required(String value, String lang, String key) {
    String trimmed = trim(value);
    if (trimmed.isEmpty()) {
      throw ProgrammeInputRejectedException.refused(lang, key);
    }
    return trimmed;
  }

  private static String trim(String value) {
    return value == null ? "" : value.trim();
  }

  private static List<String> distinct(List<String> values) {
    if (values == null) {
      return new ArrayList<>();
    }
    LinkedHashSet<String> set = new LinkedHashSet<>();
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        set.add(value.trim());
      }
    }
    return new ArrayList<>(set);
  }
}
