package org.ssr.workflow.finance;

import java.math.BigDecimal;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** Wires the Camunda-free budget execution services ({@code ssr.finance.execution-tolerance}, default 0.10). */
@Configuration
class BudgetExecutionConfiguration {

  static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("0.10");

  @Bean
  BudgetExecutionRepository budgetExecutionRepository(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    return new BudgetExecutionRepository(jdbc, transactions);
  }

  @Bean
  BudgetExecutionService budgetExecutionService(FinancialPlanService plans, BudgetExecutionRepository repository,
      FinancialPlanProperties properties, @Value("${ssr.finance.execution-tolerance:0.10}") BigDecimal tolerance) {
    return new BudgetExecutionService(plans, repository, properties.limits(), tolerance, Clock.systemUTC());
  }
}
