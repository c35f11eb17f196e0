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
    ProgrammeCode code = ProgrammeCode.of(request.code());
    String term = trim(request.term()).isEmpty() ? TERM_REFORM : trim(request.term());
    if (!term.equals(TERM_REFORM) && !term.equals(TERM_TRANSFORMATION)) {
      throw new ProgrammeInputRejectedException(
          "The programme term must be '" + TERM_REFORM + "' or '" + TERM_TRANSFORMATION + "'.");
    }
    String name = required(request.name(), "Enter the programme name.");
    String country = required(request.country(), "Enter the country.");

    List<String> institutions = distinct(request.institutions());
    if (institutions.isEmpty()) {
      throw new ProgrammeInputRejectedException("Choose at least one institution in scope.");
    }
    Map<String, List<String>> oversight = new LinkedHashMap<>();
    for (String id : institutions) {
      Institution institution = Institution.byId(id)
          .orElseThrow(() -> new ProgrammeInputRejectedException("Unknown institution '" + id + "'."));
      List<String> bodies = distinct(request.oversightBodies() == null ? null : request.oversightBodies().get(id));
      for (String body : bodies) {
        if (!Institution.OversightBody.ALL.contains(body)) {
          throw new ProgrammeInputRejectedException("Unknown oversight body '" + body + "' for " + institution.label() + ".");
        }
      }
      oversight.put(id, bodies.isEmpty() ? new ArrayList<>(institution.defaultOversightBodies()) : bodies);
    }
    List<String> regions = distinct(request.regions());
    if (regions.isEmpty()) {
      throw new ProgrammeInputRejectedException("Name at least one region for the initial needs assessment.");
    }
    List<String> segments = distinct(request.requiredSegments());
    if (segments.isEmpty()) {
      segments = request.context() == null ? Segment.defaultIds() : request.context().defaultSegments();
    }
    String justification = segmentsJustification(segments, request.segmentsJustification());
    BigDecimal shareTarget = request.nationalShareTarget();
    if (shareTarget != null && (shareTarget.signum() < 0 || shareTarget.compareTo(HUNDRED) > 0)) {
      throw new ProgrammeInputRejectedException("The national share target is a percentage from 0 to 100 (you entered "
          + shareTarget.toPlainString() + "); leave it empty when the programme sets none.");
    }
    String language = language(request.language());
    // checked last: the most expensive check, and the one the user can do least about
    if (codeInUse.test(code)) {
      throw new ProgrammeInputRejectedException(
          "Programme code " + code + " is already used by another programme (running or finished). Choose another code.");
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
      throw new ProgrammeInputRejectedException("Programme language: '" + trim(requested) + "' is not a language of "
          + "this system (" + String.join(", ", Languages.supported()) + "). Choose one of these codes, or leave the "
          + "field empty for English.");
    }
    return code;
  }

  /**
   * Women's groups and youth are heard unless the set-up says in writing why not: the source names them among "all
   * segments of society" a national dialog must include, and they are the first left out.
   *
   * @return the justification when a segment needing one is left out, else null
   */
  private static String segmentsJustification(List<String> segments, String justification) {
    List<String> removed = Segment.REMOVAL_NEEDS_JUSTIFICATION.stream()
        .filter(segment -> !segments.contains(segment.id())).map(Segment::label).toList();
    if (removed.isEmpty()) {
      return null;
    }
    String written = trim(justification);
    if (written.isEmpty()) {
      throw new ProgrammeInputRejectedException(String.join(" and ", removed) + (removed.size() == 1 ? " is" : " are")
          + " not among the segments that must be heard in the national dialog. Tick " + (removed.size() == 1
          ? "it" : "them") + " again, or write under 'Why these segments are not required' why the dialog need not "
          + "hear " + (removed.size() == 1 ? "it" : "them") + ": oversight sees this justification.");
    }
    return written;
  }

  private static String required(String value, String message) {
    String trimmed = trim(value);
    if (trimmed.isEmpty()) {
      throw new ProgrammeInputRejectedException(message);
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
