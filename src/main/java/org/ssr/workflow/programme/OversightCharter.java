package org.ssr.workflow.programme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ssr.workflow.engine.Conversions;
import org.ssr.workflow.programme.Institution.OversightBody;

/**
 * Step 11's oversight charter as data: which oversight bodies review the National Security Policy, each institution's
 * policy framework and the financial feasibility plan. Each recording is a new version; the last version decides who
 * reviews a document at the moment its review starts (a review already started keeps its bodies). Without any version
 * (programmes started before the charter was recorded) the rule of set-up applies: parliament reviews the NSP and the
 * plan, each institution's framework goes to the bodies set-up named for it. Knows nothing of Camunda.
 */
public final class OversightCharter {

  public static final String VERSION = "version";
  public static final String RECORDED_AT = "recordedAt";
  public static final String RECORDED_BY = "recordedBy";
  public static final String GOVERNANCE_CHARTER_VERSION = "governanceCharterVersion";
  public static final String NSP = "nsp";
  public static final String FINANCIAL_PLAN = "financialPlan";
  public static final String AGENCY_FRAMEWORKS = "agencyFrameworks";
  /** Keys of one entry of the form's per-institution list. */
  public static final String INSTITUTION = "institution";
  public static final String REVIEWERS = "reviewers";

  private static final Map<String, String> BODY_LABELS = Map.of(
      OversightBody.PARLIAMENT, "Parliament (defence and security committee)",
      OversightBody.JUSTICE, "Justice system oversight",
      OversightBody.CIVIL_SOCIETY_MONITOR, "Independent joint oversight platform (civil society)");

  private OversightCharter() {}

  /** The label of an oversight body's group, or the id itself. */
  public static String bodyLabel(String group) {
    return BODY_LABELS.getOrDefault(group, group);
  }

  /**
   * Validates what the charter form submitted and returns the next charter version. Refused (400 with the reason):
   * a document without any reviewing body, a body that is not a known oversight group, an institution not in scope or
   * named twice, an institution in scope without its bodies.
   */
  public static Map<String, Object> record(List<String> nspReviewers, List<Map<String, Object>> frameworkReviewers,
      List<String> planReviewers, List<String> institutionsInScope, List<Map<String, Object>> earlier,
      String recordedBy, Instant recordedAt, Integer governanceCharterVersion) {
    return record(nspReviewers, frameworkReviewers, planReviewers, institutionsInScope, earlier, recordedBy, recordedAt,
        governanceCharterVersion, null);
  }

  /** As above, refused in the language of the person submitting, else {@code programmeLanguage}. */
  public static Map<String, Object> record(List<String> nspReviewers, List<Map<String, Object>> frameworkReviewers,
      List<String> planReviewers, List<String> institutionsInScope, List<Map<String, Object>> earlier,
      String recordedBy, Instant recordedAt, Integer governanceCharterVersion, String programmeLanguage) {
    ProgrammeWords words = ProgrammeInputRejectedException.words(programmeLanguage);
    List<String> nsp = bodies(nspReviewers, words.text("refused.charter.doc.nsp"),
        words.text("refused.charter.field.nsp"), words);
    List<String> plan = bodies(planReviewers, words.text("refused.charter.doc.plan"),
        words.text("refused.charter.field.plan"), words);
    String field = words.text("refused.charter.field.frameworks");
    Map<String, List<String>> frameworks = new LinkedHashMap<>();
    for (Map<String, Object> entry : frameworkReviewers == null ? List.<Map<String, Object>>of() : frameworkReviewers) {
      String institution = Conversions.text("charterFrameworkReviewers.institution", entry.get(INSTITUTION));
      if (institution == null || institution.isBlank()) {
        throw rejected(words, "emptyRow", field);
      }
      institution = institution.strip();
      if (!institutionsInScope.contains(institution)) {
        throw rejected(words, "institution", field, words.institution(institution),
            institutionsInScope.stream().map(words::institution).toList().toString());
      }
      if (frameworks.containsKey(institution)) {
        throw rejected(words, "twice", field, words.institution(institution));
      }
      frameworks.put(institution, bodies(
          Conversions.strings("charterFrameworkReviewers.reviewers", entry.get(REVIEWERS)),
          words.text("refused.charter.doc.framework", words.institution(institution)), field, words));
    }
    for (String institution : institutionsInScope) {
      if (!frameworks.containsKey(institution)) {
        throw rejected(words, "frameworkMissing", field, words.institution(institution));
      }
    }
    Map<String, Object> charter = new LinkedHashMap<>();
    charter.put(VERSION, (earlier == null ? 0 : earlier.size()) + 1);
    charter.put(RECORDED_AT, recordedAt.toString());
    charter.put(RECORDED_BY, recordedBy);
    charter.put(GOVERNANCE_CHARTER_VERSION, governanceCharterVersion);
    charter.put(NSP, nsp);
    charter.put(AGENCY_FRAMEWORKS, frameworks);
    charter.put(FINANCIAL_PLAN, plan);
    return charter;
  }

  /** The charter in force: the last version recorded, if any. */
  public static Optional<Map<String, Object>> current(List<Map<String, Object>> versions) {
    return versions == null || versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
  }

  /** Who reviews the NSP under the charter. */
  public static List<String> nspReviewers(Map<String, Object> charter) {
    return Conversions.strings(NSP, charter.get(NSP));
  }

  /** Who reviews the financial feasibility plan under the charter. */
  public static List<String> planReviewers(Map<String, Object> charter) {
    return Conversions.strings(FINANCIAL_PLAN, charter.get(FINANCIAL_PLAN));
  }

  /** Who reviews an institution's framework under the charter: empty when the charter does not name it. */
  public static List<String> frameworkReviewers(Map<String, Object> charter, String institution) {
    Object frameworks = charter.get(AGENCY_FRAMEWORKS);
    if (!(frameworks instanceof Map<?, ?> map) || map.get(institution) == null) {
      return List.of();
    }
    return Conversions.strings(AGENCY_FRAMEWORKS, map.get(institution));
  }

  /** The charter as the form shows it: one row per institution in scope, today's rule where the charter is silent. */
  public static List<Map<String, Object>> frameworkRows(Optional<Map<String, Object>> charter,
      List<String> institutionsInScope, Map<String, List<String>> setUpBodies) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String institution : institutionsInScope) {
      List<String> bodies = charter.map(c -> frameworkReviewers(c, institution)).orElse(List.of());
      if (bodies.isEmpty()) {
        bodies = setUpBodies == null ? List.of() : setUpBodies.getOrDefault(institution, List.of());
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put(INSTITUTION, institution);
      row.put(REVIEWERS, new ArrayList<>(bodies));
      rows.add(row);
    }
    return rows;
  }

  private static List<String> bodies(List<String> submitted, String document, String field, ProgrammeWords words) {
    Set<String> bodies = new LinkedHashSet<>();
    for (String body : submitted == null ? List.<String>of() : submitted) {
      if (body == null || body.isBlank()) {
        continue;
      }
      if (!OversightBody.ALL.contains(body.strip())) {
        throw rejected(words, "body", field, body, OversightBody.ALL.stream().map(words::body).toList().toString());
      }
      bodies.add(body.strip());
    }
    if (bodies.isEmpty()) {
      throw rejected(words, "noBody", field, document);
    }
    return new ArrayList<>(bodies);
  }

  private static ProgrammeInputRejectedException rejected(ProgrammeWords words, String key, Object... args) {
    return ProgrammeInputRejectedException.refused(words, "charter", words.text("refused.charter." + key, args));
  }
}
