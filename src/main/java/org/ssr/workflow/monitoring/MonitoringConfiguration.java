package org.ssr.workflow.monitoring;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the engine-reading monitoring services (plain classes, so process tests build them on their own engine). */
@Configuration
class MonitoringConfiguration {

  @Bean
  ProgrammeStatusService programmeStatusService(ProcessEngine engine, ProgrammeFinance finance) {
    return new ProgrammeStatusService(engine, finance);
  }

  @Bean
  ProgrammeAccess programmeAccess(ProcessEngine engine) {
    return new ProgrammeAccess(engine);
  }
}
