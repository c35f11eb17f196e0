package org.ssr.workflow.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The use cases know nothing of Camunda: only the delegates, listeners, lookup and controller touch the engine. */
class FinanceArchitectureTest {

  static final List<String> CAMUNDA_GLUE = List.of("DonorPledgesListener", "PrepareFinancialPlanTemplateDelegate",
      "ImportFinancialPlanDelegate", "FinancialPlanApprovedListener", "ProcessPlanContext", "ProgrammeDirectory",
      "FinancialPlanController");

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
