package org.ssr.workflow.programme;

import java.util.List;
import java.util.Map;

/**
 * A programme as set up from the start form, checked and completed with defaults.
 *
 * @param oversightBodies per institution id, the oversight body groups that review its policy framework
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
    List<String> donors) {}
