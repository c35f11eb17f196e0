package org.ssr.workflow.finance;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ssr.workflow.engine.Conversions;
import org.ssr.workflow.engine.Json;
import org.ssr.workflow.engine.Languages;
import org.ssr.workflow.engine.VariableRejectedException;

/**
 * Step 10 use cases: template, upload (validate, store a version or log the refused attempt), totals, summary
 * export, donor pledges, approval mark. Knows nothing of Camunda; the delegates and the REST controller call it.
 */
public class FinancialPlanService {

  private final FinancialPlanRepository repository;
  private final FinancialPlanReader reader;
  private final PlanLimits limits;
  private final Clock clock;

  public FinancialPlanService(FinancialPlanRepository repository, PlanLimits limits, Clock clock) {
    this.repository = repository;
    this.reader = new FinancialPlanReader(limits);
    this.limits = limits;
    this.clock = clock;
  }

  public PlanLimits limits() {
    return limits;
  }

  /** The template workbook for the programme, with the donor pledges recorded so far. */
  public byte[] template(PlanContext context) {
    return new FinancialPlanTemplateWriter().write(context, repository.pledges(context.programmeCode()));
  }

  public static String templateFileName(String code) {
    return "financial-plan-template-" + safe(code) + ".xlsx";
  }

  public static String summaryFileName(String code, int version) {
    return "financial-plan-" + safe(code) + "-v" + version + ".xlsx";
  }

  private static String safe(String code) {
    return code == null ? "programme" : code.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  /**
   * Validates an upload. A good one becomes the next version; a bad one is logged as a refused attempt and leaves the
   * stored versions untouched.
   */
  public PlanUpload upload(PlanContext context, String fileName, byte[] bytes, String user) {
    return upload(context, fileName, bytes, user, null);
  }

  /**
   * As {@link #upload(PlanContext, String, byte[], String)}, the refusals in {@code language}: the uploader's (a code
   * of engine.Languages; null or unknown = English). The workbook may be made from the template of any language.
   */
  public PlanUpload upload(PlanContext context, String fileName, byte[] bytes, String user, String language) {
    FinancialPlanReader.Result result = reader.read(fileName, bytes, context, language);
    String code = context.programmeCode();
    if (!result.ok()) {
      PlanUpload.Refused refused = new PlanUpload.Refused(result.errors());
      repository.insertAttempt(code, user, clock.instant(), fileName, bytes == null ? 0 : bytes.length,
          refused.messages());
      return refused;
    }
    PlanTotals totals = PlanTotals.of(result.lines(), context);
    int version = repository.insertVersion(code, user, clock.instant(), fileName, bytes, result.lines(),
        toJson(totals));
    return new PlanUpload.Accepted(version, totals);
  }

  /** Reads and validates only (benchmarks, previews): nothing is stored. */
  public FinancialPlanReader.Result check(PlanContext context, String fileName, byte[] bytes) {
    return reader.read(fileName, bytes, context);
  }

  /** A version (the latest when {@code version} is null) with its stored totals. */
  public record PlanView(PlanVersionInfo info, PlanTotals totals) {}

  public Optional<PlanView> view(String code, Integer version) {
    return stored(code, version).map(v -> new PlanView(v.info(), fromJson(v.totalsJson())));
  }

  /** The latest version of each programme that has one, with its stored totals, from one query per 500 codes. */
  public Map<String, PlanView> latestViews(java.util.Collection<String> codes) {
    Map<String, PlanView> views = new java.util.HashMap<>();
    List<String> all = List.copyOf(codes);
    for (int from = 0; from < all.size(); from += 500) {
      repository.latest(all.subList(from, Math.min(all.size(), from + 500))).forEach(v -> views.put(
          v.info().programmeCode(), new PlanView(v.info(), fromJson(v.totalsJson()))));
    }
    return views;
  }

  public List<PlanVersionInfo> versions(String code) {
    return repository.versions(code).stream().map(FinancialPlanRepository.StoredVersion::info).toList();
  }

  public List<FinancialPlanRepository.Attempt> refusedAttempts(String code) {
    return repository.attempts(code);
  }

  public Optional<List<PlanLine>> lines(String code, Integer version) {
    return stored(code, version).map(v -> repository.lines(v.id()));
  }

  public Optional<byte[]> originalFile(String code, int version) {
    return repository.originalFile(code, version);
  }

  /** The summary workbook of a version (latest when null). */
  public Optional<byte[]> summary(PlanContext context, Integer version) {
    return stored(context.programmeCode(), version).map(v -> {
      List<PlanLine> lines = repository.lines(v.id());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new FinancialPlanSummaryWriter().write(context, v.info(), lines, PlanTotals.of(lines, context),
          repository.pledges(context.programmeCode()), out);
      return out.toByteArray();
    });
  }

  public Optional<PlanVersionInfo> info(String code, Integer version) {
    return stored(code, version).map(FinancialPlanRepository.StoredVersion::info);
  }

  private Optional<FinancialPlanRepository.StoredVersion> stored(String code, Integer version) {
    return version == null ? repository.latest(code) : repository.version(code, version);
  }

  /** Marks the version oversight approved. */
  public boolean approve(String code, int version, String by) {
    return repository.markApproved(code, version, by, clock.instant());
  }

  public List<DonorPledge> pledges(String code) {
    return repository.pledges(code);
  }

  /**
   * Validates and stores the pledges a donor entered (replacing that donor's earlier ones). Each entry is a map with
   * amount, year, action, institution, priorityIds, conditions, agenda as the donor-pledges form submits them.
   */
  public List<DonorPledge> recordPledges(PlanContext context, String donor, List<Map<String, Object>> entries,
      String user) {
    return recordPledges(context, donor, entries, user, Languages.ENGLISH);
  }

  /** The same, refused in {@code language} (the donor's: docs/languages.md). */
  public List<DonorPledge> recordPledges(PlanContext context, String donor, List<Map<String, Object>> entries,
      String user, String language) {
    List<String> problems = new ArrayList<>();
    List<DonorPledge> pledges = new ArrayList<>();
    int n = 0;
    for (Map<String, Object> e : entries) {
      n++;
      String pledge = String.valueOf(n);
      BigDecimal amount = decimal("amount", e.get("amount"));
      Integer year = integer("year", e.get("year"));
      String action = text(e.get("action"));
      String institution = text(e.get("institution"));
      if (amount == null || amount.signum() <= 0 || amount.compareTo(limits.maxAmount()) > 0) {
        problems.add(PledgesRejectedException.problem(language, "amount", pledge));
      }
      if (year == null || year < context.firstYear() || year > context.lastYear()) {
        problems.add(PledgesRejectedException.problem(language, "year", pledge, String.valueOf(context.firstYear()),
            String.valueOf(context.lastYear())));
      }
      Optional<StrategyAction> a = context.action(action);
      if (action != null && a.isEmpty()) {
        problems.add(PledgesRejectedException.problem(language, "action", pledge, action,
            String.join(", ", context.actions().stream().map(StrategyAction::id).toList())));
      }
      String inst = null;
      if (institution != null) {
        inst = context.institutions().stream().filter(i -> i.equalsIgnoreCase(institution)).findFirst().orElse(null);
        if (inst == null) {
          problems.add(PledgesRejectedException.problem(language, "institution", pledge, institution,
              String.join(", ", context.institutions())));
        }
      } else if (a.isPresent()) {
        inst = a.get().institution();
      }
      List<String> priorities = new ArrayList<>();
      for (String id : ids(e.get("priorityIds"))) {
        Optional<StrategyPriority> priority = context.priority(id);
        if (priority.isEmpty()) {
          problems.add(context.priorities().isEmpty()
              ? PledgesRejectedException.problem(language, "priority.none", pledge, id)
              : PledgesRejectedException.problem(language, "priority", pledge, id,
                  String.join(", ", context.priorities().stream().map(StrategyPriority::id).toList())));
        } else if (!priorities.contains(priority.get().id())) {
          priorities.add(priority.get().id());
        }
      }
      if (problems.isEmpty()) {
        pledges.add(new DonorPledge(donor, amount.setScale(2, RoundingMode.HALF_UP), year,
            a.map(StrategyAction::id).orElse(null), inst, text(e.get("conditions")), text(e.get("agenda")), user,
            clock.instant(), priorities));
      }
    }
    if (!problems.isEmpty()) {
      throw new PledgesRejectedException(language, problems);
    }
    repository.replacePledges(context.programmeCode(), donor, pledges);
    return pledges;
  }

  /** A taglist's ids (a list), or ids separated by commas from a REST client. */
  private static List<String> ids(Object o) {
    List<String> ids = new ArrayList<>();
    if (o instanceof java.util.Collection<?> list) {
      list.forEach(item -> {
        String id = text(item);
        if (id != null) {
          ids.add(id);
        }
      });
    } else if (text(o) != null) {
      for (String id : text(o).split("[,;\\s]+")) {
        if (!id.isBlank()) {
          ids.add(id);
        }
      }
    }
    return ids;
  }

  private static String text(Object o) {
    if (o == null) {
      return null;
    }
    String s = o.toString().trim();
    return s.isEmpty() ? null : s;
  }

  /** A pledge's number by the kernel's rule (no thousands separators); one it cannot read is a problem named below. */
  private static BigDecimal decimal(String field, Object o) {
    try {
      return Conversions.decimal(field, o);
    } catch (VariableRejectedException notANumber) {
      return null;
    }
  }

  private static Integer integer(String field, Object o) {
    try {
      return Conversions.integer(field, o);
    } catch (VariableRejectedException notWhole) {
      return null;
    }
  }

  public String toJson(PlanTotals totals) {
    try {
      return Json.mapper().writeValueAsString(totals);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public PlanTotals fromJson(String text) {
    try {
      return Json.mapper().readValue(text, PlanTotals.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored totals unreadable", e);
    }
  }
}
