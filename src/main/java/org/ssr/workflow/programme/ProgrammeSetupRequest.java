package org.ssr.workflow.programme;

import java.util.List;
import java.util.Map;

/** What the start form submitted, lists already converted from the form's Json values. */
public record ProgrammeSetupRequest(
    String code,
    String name,
    String country,
    String term,
    List<String> institutions,
    Map<String, List<String>> oversightBodies,
    List<String> regions,
    List<String> requiredSegments,
    List<String> donors) {}
