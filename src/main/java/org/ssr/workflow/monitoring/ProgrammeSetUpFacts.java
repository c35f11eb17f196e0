package org.ssr.workflow.monitoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What the set-up and the dialog decided that oversight must be able to see (docs/programme.md): the reform context,
 * the segments the dialog had to hear and, when women's groups or youth were left out, the written justification; the
 * national share target; and every segment's consent or dissent as recorded before national consensus.
 *
 * @param consents from the decision record ({@code ConsentService.records}): {segment, position, reason, session,
 *     recordedBy, recordedAt}, oldest first
 * @param language the programme's language code chosen at set-up ("en" for programmes set up before languages)
 */
public record ProgrammeSetUpFacts(
    String reformContext,
    List<String> requiredSegments,
    String segmentsJustification,
    BigDecimal nationalShareTarget,
    List<Map<String, Object>> consents,
    String language) {}
