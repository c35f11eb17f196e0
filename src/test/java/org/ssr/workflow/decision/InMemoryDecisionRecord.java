package org.ssr.workflow.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * For process tests without Spring: the publisher that the features' listeners and delegates are given, appending
 * every {@link DecisionMade} to a real decision record (V13 on a fresh in-memory H2 database, or any migrated data
 * source) as the application's {@link DecisionRecordListener} does, and remembering what was published.
 */
public final class InMemoryDecisionRecord implements ApplicationEventPublisher {

  private final DataSource dataSource;
  private final JdbcTemplate jdbc;
  private final DecisionRecord record;
  private final List<DecisionMade> published = new ArrayList<>();

  private InMemoryDecisionRecord(DataSource dataSource) {
    Flyway.configure().dataSource(dataSource).table("ssr_schema_history").locations("classpath:db/migration").load()
        .migrate();
    this.dataSource = dataSource;
    this.jdbc = new JdbcTemplate(dataSource);
    this.record = new DecisionRecord(new DecisionRecordRepository(jdbc));
  }

  /** A record on its own new in-memory H2 database. */
  public static InMemoryDecisionRecord create() {
    return on(new DriverManagerDataSource("jdbc:h2:mem:decisions-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa",
        ""));
  }

  /** A record on the given database, migrated first. */
  public static InMemoryDecisionRecord on(DataSource dataSource) {
    return new InMemoryDecisionRecord(dataSource);
  }

  /** Neither stores nor remembers (for process tests that do not read the record). */
  public static ApplicationEventPublisher discarding() {
    return event -> {};
  }

  @Override
  public void publishEvent(Object event) {
    if (event instanceof DecisionMade decision) {
      published.add(decision);
      new DecisionRecordListener(record).on(decision);
    }
  }

  /** Empties the record (for tests that share one database and start each with no decisions). */
  public void clear() {
    jdbc.update("delete from decision_entry");
    published.clear();
  }

  public DecisionRecord record() {
    return record;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public JdbcTemplate jdbc() {
    return jdbc;
  }

  public List<DecisionMade> published() {
    return List.copyOf(published);
  }
}
