package org.ssr.workflow.monitoring;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.ssr.workflow.engine.AsApplication;
import org.ssr.workflow.engine.Languages;
import org.ssr.workflow.programme.ProgrammeCode;
import org.ssr.workflow.programme.ProgrammeDirectory;

/**
 * Programme status and accountability exports. The /api filter has authenticated the caller (HTTP Basic or the
 * webapps' session). Answers only with programmes the caller takes part in ({@link ProgrammeAccess}), read as the
 * application once that is decided; a programme the caller may not see is answered exactly like one that does not
 * exist (404), so codes do not leak.
 */
@RestController
public class ProgrammeController {

  static final String PROGRAMMES = "/api/programmes";

  private final IdentityService identity;
  private final ProgrammeDirectory directory;
  private final ProgrammeAccess access;
  private final ProgrammeStatusService status;
  private final TraceabilityService traceability;
  private final ProgrammeReportWriter reports = new ProgrammeReportWriter();

  public ProgrammeController(IdentityService identity, ProgrammeDirectory directory, ProgrammeAccess access,
      ProgrammeStatusService status, TraceabilityService traceability) {
    this.identity = identity;
    this.directory = directory;
    this.access = access;
    this.status = status;
    this.traceability = traceability;
  }

  /** The header that tells a paged request how many programmes the user may see in all. */
  static final String TOTAL_COUNT = "X-Total-Count";

  /**
   * The user's programmes, newest first; empty for a user who takes part in none. Set-based: the same few queries
   * for 1 or 200 programmes (docs/benchmarks.md, "Monitoring at scale").
   *
   * <p>Paged the way the engine's REST API is: {@code firstResult} (from 0) and {@code maxResults}; without them,
   * every programme. Only the page's statuses are computed, so a page costs the same whether the user sees 20
   * programmes or 2,000; the {@value #TOTAL_COUNT} header says how many there are in all, for the dashboard's
   * "previous / next". {@code processDefinitionId} keeps the programmes of one definition version (Cockpit's
   * "Programmes" tab).
   */
  @GetMapping(PROGRAMMES)
  public ResponseEntity<List<ProgrammeStatus>> programmes(
      @RequestParam(name = "firstResult", required = false) Integer firstResult,
      @RequestParam(name = "maxResults", required = false) Integer maxResults,
      @RequestParam(name = "processDefinitionId", required = false) String processDefinitionId) {
    Page page = Page.of(firstResult, maxResults);
    Authentication user = requireUser();
    return AsApplication.call(identity, () -> {
      List<HistoricProcessInstance> visible = visible(user, processDefinitionId);
      return ResponseEntity.ok().header(TOTAL_COUNT, String.valueOf(visible.size()))
          .body(status.statuses(page.of(visible)));
    });
  }

  /** The programmes the user may see, newest first (of one definition version when given), read as the app. */
  private List<HistoricProcessInstance> visible(Authentication user, String processDefinitionId) {
    ProgrammeAccess.View view = access.of(user);
    return status.programmes(processDefinitionId).stream().filter(view::sees).toList();
  }

  /** {@code firstResult} and {@code maxResults} as the engine's REST API takes them; a bad one is refused (400). */
  record Page(int first, int max) {

    static Page of(Integer firstResult, Integer maxResults) {
      if (firstResult != null && firstResult < 0) {
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
            "firstResult must be 0 or more (the position of the first programme of the page, from 0).");
      }
      if (maxResults != null && maxResults < 1) {
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
            "maxResults must be 1 or more (how many programmes the page holds); leave it out for all of them.");
      }
      return new Page(firstResult == null ? 0 : firstResult, maxResults == null ? Integer.MAX_VALUE : maxResults);
    }

    <T> List<T> of(List<T> all) {
      int from = Math.min(first, all.size());
      return all.subList(from, (int) Math.min(all.size(), (long) from + max));
    }
  }

  @GetMapping(PROGRAMMES + "/{code}")
  public ProgrammeDetails programme(@PathVariable ProgrammeCode code) {
    return details(requireUser(), code).orElseThrow(() -> notFound(code));
  }

  /**
   * Agreement → priority → gap → action → plan lines → indicators, the donors' alignment and the warnings oversight
   * can act on ({@link Traceability}); same access rule as the programme itself.
   */
  @GetMapping(PROGRAMMES + "/{code}/traceability")
  public Traceability traceability(@PathVariable ProgrammeCode code) {
    Authentication user = requireUser();
    return AsApplication.call(identity, () -> directory.newest(code).filter(access.of(user)::sees)
        .flatMap(programme -> traceability.of(code))).orElseThrow(() -> notFound(code));
  }

  /** For Cockpit's "Programme" tab, which knows the process instance id of the page it is on. */
  @GetMapping(PROGRAMMES + "/by-instance/{processInstanceId}")
  public ProgrammeDetails programmeOfInstance(@PathVariable String processInstanceId) {
    Authentication user = requireUser();
    return AsApplication.call(identity, () -> status.programmeOfInstance(processInstanceId)
            .filter(access.of(user)::sees).map(status::details))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Process instance "
            + processInstanceId + " belongs to no SSR programme that you take part in."));
  }

  /**
   * The programme's decision record (the authoritative one, not the decisionLog variable) and whether its chain is
   * intact; the same access rule as the programme itself.
   */
  @GetMapping(PROGRAMMES + "/{code}/decisions")
  public ProgrammeDecisions decisions(@PathVariable ProgrammeCode code) {
    Authentication user = requireUser();
    return AsApplication.call(identity, () -> directory.newest(code).filter(access.of(user)::sees)
            .map(programme -> ProgrammeDecisions.of(code.value(), status.decisions(code.value()))))
        .orElseThrow(() -> notFound(code));
  }

  /** The programme report, in the programme's language (docs/languages.md). */
  @GetMapping(PROGRAMMES + "/{code}/report.xlsx")
  public ResponseEntity<byte[]> report(@PathVariable ProgrammeCode code) {
    Authentication user = requireUser();
    ProgrammeDetails details = details(user, code).orElseThrow(() -> notFound(code));
    Traceability trace = AsApplication.call(identity, () -> traceability.of(code)).orElse(null);
    String language = AsApplication.call(identity,
        () -> directory.language(details.programme().processInstanceId()));
    return xlsx(reports.programme(details, trace, now(), language),
        "programme-report-" + safe(details.programme().code()) + ".xlsx");
  }

  /**
   * The portfolio spans programmes of several languages: it speaks the language of the person who asks for it, as
   * the screens do (the first language of the browser's {@code Accept-Language} if it is one of ours, else English).
   */
  @GetMapping(PROGRAMMES + "/report.xlsx")
  public ResponseEntity<byte[]> portfolio(
      @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
    Authentication user = requireUser();
    List<ProgrammeStatus> programmes = AsApplication.call(identity, () -> status.statuses(visible(user, null)));
    Instant now = now();
    return xlsx(reports.portfolio(programmes, now, preferred(acceptLanguage)),
        "ssr-portfolio-" + now.toString().substring(0, 10) + ".xlsx");
  }

  /** The first language the person prefers if the application speaks it, else English. */
  static String preferred(String acceptLanguage) {
    try {
      return acceptLanguage == null ? Languages.ENGLISH : Locale.LanguageRange.parse(acceptLanguage).stream()
          .findFirst().map(range -> Languages.of(Locale.forLanguageTag(range.getRange()))).orElse(Languages.ENGLISH);
    } catch (IllegalArgumentException malformed) {
      return Languages.ENGLISH;
    }
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** The programme with this code, empty when it does not exist or the user takes no part in it. */
  private Optional<ProgrammeDetails> details(Authentication user, ProgrammeCode code) {
    return AsApplication.call(identity, () -> directory.newest(code).filter(access.of(user)::sees)
        .map(status::details));
  }

  private Authentication requireUser() {
    Authentication user = identity.getCurrentAuthentication();
    if (user == null || user.getUserId() == null) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Log in first.");
    }
    return user;
  }

  private static ResponseStatusException notFound(ProgrammeCode code) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND,
        "There is no programme with the code " + code + " that you take part in.");
  }

  private static String safe(String code) {
    return code == null ? "programme" : code.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  private static ResponseEntity<byte[]> xlsx(byte[] bytes, String fileName) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType(ProgrammeReportWriter.CONTENT_TYPE));
    headers.setContentDisposition(ContentDisposition.attachment().filename(fileName).build());
    return new ResponseEntity<>(bytes, headers, HttpStatus.OK);
  }
}
