package org.ssr.workflow.programme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What the start form submitted, lists already converted from the form's Json values.
 *
 * @param context the kind of reform context, or null (no context-specific defaults)
 * @param segmentsJustification why women's groups or youth are not among the required segments
 * @param nationalShareTarget percent of the plan's funding the programme aims to bear itself, or null
 * @param language the programme's language, a code of {@link org.ssr.workflow.engine.Languages}; null or blank is
 *     English
 */
public record ProgrammeSetupRequest(
    String code,
    String name,
    String country,
    String term,
    List<String> institutions,
    Map<String, List<String>> oversightBodies,
    List<String> regions,
    List<String> requiredSegments,
    List<String> donors,
    ReformContext context,
    String segmentsJustification,
    BigDecimal nationalShareTarget,
    String language) {

  /** A set-up in English. */
  public ProgrammeSetupRequest(String code, String name, String country, String term, List<String> institutions,
      Map<String, List<String>> oversightBodies, List<String> regions, List<String> requiredSegments,
      List<String> donors, ReformContext context, String segmentsJustification, BigDecimal nationalShareTarget) {
    this(code, name, country, term, institutions, oversightBodies, regions, requiredSegments, donors, context,
        segmentsJustification, nationalShareTarget, null);
  }

  /** A set-up without reform context, justification or national share target. */
  public ProgrammeSetupRequest(String code, String name, String country, String term, List<String> institutions,
      Map<String, List<String>> oversightBodies, List<String> regions, List<String> requiredSegments,
      List<String> donors) {
    this(code, name, country, term, institutions, oversightBodies, regions, requiredSegments, donors, null, null,
        null, null);
  }
}
