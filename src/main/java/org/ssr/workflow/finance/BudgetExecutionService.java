package org.ssr.workflow.finance;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Budget execution use cases (implementation phase): the template of a year made from the approved plan, the upload
 * (checked against that plan; a good one becomes the next version of the year, a bad one is logged and changes
 * nothing), the variance and its workbook. Knows nothing of Camunda.
 */
public class BudgetExecutionService {

  private final FinancialPlanService plans;
  private final BudgetExecutionRepository repository;
  private final BudgetExecutionReader reader;
  private final Clock clock;
  private final BigDecimal tolerance;

  public BudgetExecutionService(FinancialPlanService plans, BudgetExecutionRepository repository, PlanLimits limits,
      BigDecimal tolerance, Clock clock) {
    this.plans = plans;
    this.repository = repository;
    this.reader = new BudgetExecutionReader(limits, tolerance);
    this.clock = clock;
    this.tolerance = tolerance;
  }

  /** The highest plan version oversight approved, if any. */
  public Optional<Integer> approvedPlanVersion(String code) {
    return plans.versions(code).stream().filter(PlanVersionInfo::approved).map(PlanVersionInfo::version)
        .max(Comparator.naturalOrder());
  }

  /** The context of a year: the programme, the approved plan's lines of the year, the actions' titles. */
  public ExecutionContext context(PlanContext programme, int year) {
    String code = programme.programmeCode();
    Integer planVersion = approvedPlanVersion(code).orElse(null);
    List<PlanLine> lines = planVersion == null ? List.of() : plans.lines(code, planVersion).orElse(List.of());
    Map<String, String> titles = new LinkedHashMap<>();
    programme.actions().forEach(a -> titles.put(a.id(), a.title()));
    return new ExecutionContext(code, programme.programmeName(), programme.programmeTerm(), year, planVersion,
        ExecutionContext.plannedLines(lines, year), titles, programme.language());
  }

  public byte[] template(ExecutionContext context) {
    return new BudgetExecutionTemplateWriter(tolerance).write(context);
  }

  public static String templateFileName(String code, int year) {
    return "budget-execution-template-" + safe(code) + "-" + year + ".xlsx";
  }

  public static String varianceFileName(String code, int year, int version) {
    return "budget-variance-" + safe(code) + "-" + year + "-v" + version + ".xlsx";
  }

  private static String safe(String code) {
    return code == null ? "programme" : code.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  /** Checks an upload; a good one becomes the next version of the year, a bad one is logged and stores nothing else. */
  public ExecutionUpload upload(ExecutionContext context, String fileName, byte[] bytes, String user) {
    return upload(context, fileName, bytes, user, null);
  }

  /** As {@link #upload(ExecutionContext, String, byte[], String)}, the refusals in the uploader's {@code language}. */
  public ExecutionUpload upload(ExecutionContext context, String fileName, byte[] bytes, String user,
      String language) {
    BudgetExecutionReader.Result result = reader.read(fileName, bytes, context, language);
    String code = context.programmeCode();
    if (!result.ok()) {
      ExecutionUpload.Refused refused = new ExecutionUpload.Refused(result.errors());
      repository.insertAttempt(code, context.year(), user, clock.instant(), fileName, bytes == null ? 0 : bytes.length,
          refused.messages());
      return refused;
    }
    int version = repository.insertVersion(code, context.year(), context.planVersion(), user, clock.instant(),
        fileName, bytes, result.lines());
    return new ExecutionUpload.Accepted(version,
        BudgetVariance.of(context.year(), context.planVersion(), result.lines()));
  }

  /** Reads and checks only: nothing is stored. */
  public BudgetExecutionReader.Result check(ExecutionContext context, String fileName, byte[] bytes) {
    return reader.read(fileName, bytes, context);
  }

  public List<BudgetExecutionRepository.VersionInfo> versions(String code, int year) {
    return repository.versions(code, year);
  }

  public List<BudgetExecutionRepository.Attempt> refusedAttempts(String code, int year) {
    return repository.attempts(code, year);
  }

  public Optional<BudgetExecutionRepository.VersionInfo> info(String code, int year, Integer version) {
    return repository.version(code, year, version).map(BudgetExecutionRepository.Stored::info);
  }

  /** The variance of a stored version (the latest of the year when null). */
  public Optional<BudgetVariance> variance(String code, int year, Integer version) {
    return repository.version(code, year, version).map(v -> BudgetVariance.of(year, v.info().planVersion(),
        repository.lines(v.id())));
  }

  /** The variance workbook of a stored version (the latest of the year when null). */
  public Optional<byte[]> varianceWorkbook(ExecutionContext context, Integer version) {
    return repository.version(context.programmeCode(), context.year(), version).map(v ->
        new BudgetVarianceWriter().write(context, v.info(),
            BudgetVariance.of(context.year(), v.info().planVersion(), repository.lines(v.id()))));
  }

  public Optional<byte[]> originalFile(String code, int year, int version) {
    return repository.originalFile(code, year, version);
  }
}
