package org.ssr.workflow.programme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A programme as set up from the start form, checked and completed with defaults.
 *
 * @param oversightBodies per institution id, the oversight body groups that review its policy framework
 * @param context the kind of reform context, or null
 * @param segmentsJustification why women's groups or youth are left out of the required segments; null when they are
 *     not
 * @param nationalShareTarget the national share of the plan's funding aimed for, in percent, or null
 * @param language the programme's language code ({@link org.ssr.workflow.engine.Languages#supported()})
 */
public record ProgrammeSetup(
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
    String language) {}
