package org.ssr.workflow.finance;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** Wires the Camunda-free finance services. */
@Configuration
@EnableConfigurationProperties(FinancialPlanProperties.class)
class FinancialPlanConfiguration {

  @Bean
  FinancialPlanRepository financialPlanRepository(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    return new FinancialPlanRepository(jdbc, transactions);
  }

  @Bean
  FinancialPlanService financialPlanService(FinancialPlanRepository repository, FinancialPlanProperties properties) {
    return new FinancialPlanService(repository, properties.limits(), Clock.systemUTC());
  }
}
