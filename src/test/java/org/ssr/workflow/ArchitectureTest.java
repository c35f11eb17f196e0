package org.ssr.workflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The package dependency rule of the main code (docs/architecture.md), checked on the compiled classes:
 * {@code engine} ← {@code decision} ← {@code programme} ← {@code oversight}, {@code finance}, {@code risk}, {@code implementation} ←
 * {@code monitoring}; {@code local} sits beside them and may use {@code risk}; {@code implementation} may use
 * {@code oversight} and {@code risk}. The features in the middle do not
 * know each other; {@code notification} reads the catalogues of programme, oversight and risk and no feature
 * depends on it; {@code identity}, {@code security} and {@code web} serve every
 * package and depend on no feature. A new package must be given its place here before it compiles into the rule.
 */
@AnalyzeClasses(packages = "org.ssr.workflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String ENGINE = "engine";
  private static final String DECISION = "decision";
  private static final String PROGRAMME = "programme";
  private static final String OVERSIGHT = "oversight";
  private static final String FINANCE = "finance";
  private static final String RISK = "risk";
  private static final String LOCAL = "local";
  private static final String IMPLEMENTATION = "implementation";
  private static final String MONITORING = "monitoring";
  private static final String NOTIFICATION = "notification";
  private static final String IDENTITY = "identity";
  private static final String SECURITY = "security";
  private static final String WEB = "web";

  @ArchTest
  static final ArchRule featuresDependDownwardsOnly = layeredArchitecture()
      .consideringOnlyDependenciesInLayers()
      .ensureAllClassesAreContainedInArchitectureIgnoring("org.ssr.workflow")
      .layer(ENGINE).definedBy("org.ssr.workflow.engine..")
      .layer(DECISION).definedBy("org.ssr.workflow.decision..")
      .layer(PROGRAMME).definedBy("org.ssr.workflow.programme..")
      .layer(OVERSIGHT).definedBy("org.ssr.workflow.oversight..")
      .layer(FINANCE).definedBy("org.ssr.workflow.finance..")
      .layer(RISK).definedBy("org.ssr.workflow.risk..")
      .layer(LOCAL).definedBy("org.ssr.workflow.local..")
      .layer(IMPLEMENTATION).definedBy("org.ssr.workflow.implementation..")
      .layer(MONITORING).definedBy("org.ssr.workflow.monitoring..")
      .layer(NOTIFICATION).definedBy("org.ssr.workflow.notification..")
      .layer(IDENTITY).definedBy("org.ssr.workflow.identity..")
      .layer(SECURITY).definedBy("org.ssr.workflow.security..")
      .layer(WEB).definedBy("org.ssr.workflow.web..")
      .whereLayer(ENGINE).mayNotAccessAnyLayer()
      // the decision record sits under every feature: each publishes the decisions it takes, none reads another's
      .whereLayer(DECISION).mayOnlyAccessLayers(ENGINE)
      .whereLayer(PROGRAMME).mayOnlyAccessLayers(DECISION, ENGINE, IDENTITY, SECURITY, WEB)
      .whereLayer(OVERSIGHT).mayOnlyAccessLayers(PROGRAMME, DECISION, ENGINE, IDENTITY, SECURITY, WEB)
      .whereLayer(FINANCE).mayOnlyAccessLayers(PROGRAMME, DECISION, ENGINE, IDENTITY, SECURITY, WEB)
      .whereLayer(RISK).mayOnlyAccessLayers(PROGRAMME, DECISION, ENGINE, IDENTITY, SECURITY, WEB)
      .whereLayer(LOCAL).mayOnlyAccessLayers(RISK, PROGRAMME, DECISION, ENGINE, IDENTITY, SECURITY, WEB)
      .whereLayer(IMPLEMENTATION)
      .mayOnlyAccessLayers(OVERSIGHT, RISK, PROGRAMME, DECISION, ENGINE, IDENTITY, SECURITY, WEB)
      .whereLayer(MONITORING)
      .mayOnlyAccessLayers(IMPLEMENTATION, OVERSIGHT, FINANCE, RISK, LOCAL, PROGRAMME, DECISION, ENGINE, IDENTITY, SECURITY, WEB)
      // notifications watch the models from outside (a parse listener): they read the catalogues of the processes
      // whose chases they announce, and no feature knows of them
      .whereLayer(NOTIFICATION)
      .mayOnlyAccessLayers(OVERSIGHT, RISK, PROGRAMME, ENGINE, IDENTITY, SECURITY, WEB)
      .whereLayer(IDENTITY).mayOnlyAccessLayers(ENGINE)
      .whereLayer(SECURITY).mayOnlyAccessLayers(ENGINE)
      .whereLayer(WEB).mayOnlyAccessLayers(ENGINE);

  @ArchTest
  static final ArchRule noPackageCycles = slices().matching("org.ssr.workflow.(*)..").should().beFreeOfCycles();

  /**
   * Step 10's use cases (reading, validating, totalling and writing plans) know nothing of Camunda: only the glue
   * that the model or HTTP calls touches the engine (and the typed catalogue, whose files are engine values), so the
   * spreadsheet logic is tested without one.
   */
  static final List<String> FINANCE_CAMUNDA_GLUE = List.of("DonorPledgesListener",
      "PrepareFinancialPlanTemplateDelegate", "ImportFinancialPlanDelegate", "FinancialPlanApprovedListener",
      "ProcessPlanContext", "FinancialPlanController", "FinancialPlanProcess", "FinanceRequests", "UploadedWorkbook",
      // the budget execution of the implementation phase
      "PrepareBudgetExecutionTemplateDelegate", "ImportBudgetExecutionDelegate", "BudgetExecutionController",
      "BudgetExecutionProcess");

  @ArchTest
  static final ArchRule financeUseCasesKnowNothingOfCamunda = noClasses()
      .that().resideInAPackage("org.ssr.workflow.finance..")
      .and().haveNameNotMatching(
          "org\\.ssr\\.workflow\\.finance\\.(" + String.join("|", FINANCE_CAMUNDA_GLUE) + ")(\\$.*)?")
      .should().dependOnClassesThat().resideInAPackage("org.camunda..")
      .because("only the delegates, listeners and controller of finance touch the engine");
}
