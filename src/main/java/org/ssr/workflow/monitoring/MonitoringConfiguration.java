package org.ssr.workflow.monitoring;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.annotation.Bean;
import org.ssr.workflow.decision.DecisionRecord;
import org.ssr.workflow.local.LocalReportRepository;
import org.ssr.workflow.programme.ProgrammeDirectory;
import org.springframework.context.annotation.Configuration;

/** Wires the engine-reading monitoring services (plain classes, so process tests build them on their own engine). */
@Configuration
class MonitoringConfiguration {

  @Bean
  ProgrammeStatusService programmeStatusService(ProcessEngine engine, ProgrammeFinance finance,
      LocalReportRepository localReports, DecisionRecord decisionRecord) {
    return new ProgrammeStatusService(engine, finance, LocalPlatformFacts.of(engine, localReports), decisionRecord);
  }

  @Bean
  TraceabilityService traceabilityService(ProcessEngine engine, ProgrammeFinance finance) {
    return new TraceabilityService(ProgrammeDirectory.of(engine), finance);
  }

  @Bean
  ProgrammeAccess programmeAccess(ProcessEngine engine) {
    return new ProgrammeAccess(engine);
  }
}
