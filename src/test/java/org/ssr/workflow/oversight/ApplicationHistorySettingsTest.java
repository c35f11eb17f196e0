package org.ssr.workflow.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssr.workflow.support.SsrApplicationTest;

/**
 * The application's engine cleans history as {@link HistoryRetentionTest} proves safe: removal-time based, the
 * removal time set when the root (the programme) ends, and only inside the nightly window.
 */
@SsrApplicationTest
class ApplicationHistorySettingsTest {

  @Autowired
  ProcessEngine engine;

  @Test
  void historyIsRemovedOnlyWhenTheProgrammeEndsAndItsTimeToLivePassed() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getHistoryCleanupStrategy())
        .isEqualTo(ProcessEngineConfigurationImpl.HISTORY_CLEANUP_STRATEGY_REMOVAL_TIME_BASED);
    assertThat(configuration.getHistoryRemovalTimeStrategy())
        .isEqualTo(ProcessEngineConfigurationImpl.HISTORY_REMOVAL_TIME_STRATEGY_END);
    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("ssr-programme")
        .latestVersion().singleResult().getHistoryTimeToLive()).as("ten years after a programme ends").isEqualTo(3650);
  }
}
