package org.ssr.workflow.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The use cases know nothing of Camunda: only the delegates, listeners and controller touch the engine. A programme
 * is found through org.ssr.workflow.programme.ProgrammeDirectory, shared by every feature.
 */
class FinanceArchitectureTest {

  static final List<String> CAMUNDA_GLUE = List.of("DonorPledgesListener", "PrepareFinancialPlanTemplateDelegate",
      "ImportFinancialPlanDelegate", "FinancialPlanApprovedListener", "ProcessPlanContext", "FinancialPlanController");

  @Test
  void onlyTheGlueImportsCamunda() throws IOException {
    Path dir = Path.of("src/main/java/org/ssr/workflow/finance");
    try (var files = Files.list(dir)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString().replace(".java", "");
        if (!CAMUNDA_GLUE.contains(name)) {
          assertThat(Files.readString(file)).as(name).doesNotContain("import org.camunda");
        }
      }
    }
  }
}
