package org.ssr.workflow.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssr.workflow.support.EmbeddedPostgresServer;

/**
 * Several plan uploads for one programme at the same moment, on H2 and on PostgreSQL, each in its own transaction
 * (the REST upload) and inside a surrounding transaction (the import delegate runs inside the engine's transaction
 * when a coordinator completes the upload task in Tasklist). Every round, all uploads wait at a barrier and the
 * repository's read of the highest version is held open a moment, so they really collide on the version number;
 * the result must be consecutive versions, each with exactly its own file, lines and totals.
 */
class FinancialPlanConcurrentUploadTest {

  private static final int UPLOADERS = 4;
  private static final int ROUNDS = Integer.getInteger("ssr.race.rounds", 6);

  @Test
  void h2_uploadsInTheirOwnTransactions() throws Exception {
    race(Database.h2(), false);
  }

  @Test
  void h2_uploadsInsideTheCallersTransaction() throws Exception {
    race(Database.h2(), true);
  }

  @Test
  void postgres_uploadsInTheirOwnTransactions() throws Exception {
    race(Database.postgres(), false);
  }

  @Test
  void postgres_uploadsInsideTheCallersTransaction() throws Exception {
    race(Database.postgres(), true);
  }

  /**
   * An upload that cannot get a version number in time (H2 gives up waiting for the lock of the other upload's
   * uncommitted version after LOCK_TIMEOUT) fails with a clear conflict and stores nothing.
   */
  @Test
  void h2_anUploadThatWaitsTooLongForTheOtherOneIsAClearConflict() throws Exception {
    Database db = Database.h2(";LOCK_TIMEOUT=300");
    byte[] file = plan(0, 0);
    List<PlanLine> lines = db.service.check(PlanFixtures.CONTEXT, "mine.xlsx", file).lines();
    assertThat(db.service.upload(PlanFixtures.CONTEXT, "first.xlsx", file, "coordinator"))
        .isInstanceOf(PlanUpload.Accepted.class);
    // another upload has stored version 2 and has not committed yet
    try (Connection other = db.dataSource.getConnection()) {
      other.setAutoCommit(false);
      try (PreparedStatement insert = other.prepareStatement("insert into fin_plan_version (programme_code, "
          + "version_no, uploaded_by, uploaded_at, file_name, file_bytes, line_count, totals_json, approved) "
          + "values (?, 2, 'other', ?, 'other.xlsx', ?, 0, '{}', false)")) {
        insert.setString(1, PlanFixtures.CODE);
        insert.setTimestamp(2, Timestamp.from(PlanFixtures.CLOCK.instant()));
        insert.setBytes(3, new byte[] {1});
        insert.executeUpdate();
      }
      assertThatThrownBy(() -> db.service.upload(PlanFixtures.CONTEXT, "mine.xlsx", file, "coordinator"))
          .isInstanceOf(PlanVersionConflictException.class)
          .hasMessage("Another financial plan for programme " + PlanFixtures.CODE + " was being stored at the same "
              + "moment. Nothing of your upload was saved. Upload the file again: it becomes the next version.");
      other.rollback();
    }
    assertThat(db.service.versions(PlanFixtures.CODE)).extracting(PlanVersionInfo::fileName)
        .containsExactly("first.xlsx");
    PlanUpload.Accepted again = (PlanUpload.Accepted) db.service.upload(PlanFixtures.CONTEXT, "mine.xlsx", file,
        "coordinator");
    assertThat(again.version()).isEqualTo(2);
    assertThat(db.service.lines(PlanFixtures.CODE, 2)).contains(lines);
  }

  private void race(Database db, boolean insideCallersTransaction) throws Exception {
    TransactionTemplate callers = new TransactionTemplate(new DataSourceTransactionManager(db.dataSource));
    ExecutorService pool = Executors.newFixedThreadPool(UPLOADERS);
    Map<String, byte[]> files = new LinkedHashMap<>();
    try {
      for (int round = 0; round < ROUNDS; round++) {
        CyclicBarrier together = new CyclicBarrier(UPLOADERS);
        List<Future<PlanUpload>> uploads = new ArrayList<>();
        for (int u = 0; u < UPLOADERS; u++) {
          String name = "plan-r" + round + "-u" + u + ".xlsx";
          byte[] file = plan(round, u);
          files.put(name, file);
          uploads.add(pool.submit(() -> {
            together.await(20, TimeUnit.SECONDS);
            return insideCallersTransaction
                ? callers.execute(status -> db.service.upload(PlanFixtures.CONTEXT, name, file, "coordinator"))
                : db.service.upload(PlanFixtures.CONTEXT, name, file, "coordinator");
          }));
        }
        List<Integer> numbers = new ArrayList<>();
        for (Future<PlanUpload> upload : uploads) {
          numbers.add(((PlanUpload.Accepted) upload.get(60, TimeUnit.SECONDS)).version());
        }
        int before = round * UPLOADERS;
        assertThat(numbers).as("round %d", round).containsExactlyInAnyOrder(before + 1, before + 2, before + 3,
            before + 4);
        assertComplete(db.service, files);
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.println("[concurrency] " + db.name + (insideCallersTransaction ? " inside a transaction" : "")
        + ": " + ROUNDS * UPLOADERS + " uploads, " + db.collisions.get() + " version-number collisions retried");
    assertThat(db.collisions.get()).as("the uploads really collided").isPositive();
  }

  /** Versions 1..n, one per uploaded file, each with exactly its file's bytes, lines and totals. */
  private static void assertComplete(FinancialPlanService service, Map<String, byte[]> files) {
    List<PlanVersionInfo> versions = service.versions(PlanFixtures.CODE);
    assertThat(versions).extracting(PlanVersionInfo::version)
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, files.size()).boxed().toList());
    assertThat(versions).extracting(PlanVersionInfo::fileName).containsExactlyInAnyOrderElementsOf(files.keySet());
    for (PlanVersionInfo version : versions) {
      byte[] file = files.get(version.fileName());
      List<PlanLine> expected = service.check(PlanFixtures.CONTEXT, version.fileName(), file).lines();
      List<PlanLine> stored = service.lines(PlanFixtures.CODE, version.version()).orElseThrow();
      assertThat(stored).as("lines of v%d", version.version()).isEqualTo(expected);
      assertThat(version.lineCount()).isEqualTo(expected.size());
      assertThat(service.originalFile(PlanFixtures.CODE, version.version())).hasValue(file);
      assertThat(service.view(PlanFixtures.CODE, version.version()).orElseThrow().totals())
          .as("totals of v%d", version.version()).isEqualTo(PlanTotals.of(expected, PlanFixtures.CONTEXT));
    }
  }

  /** A good plan whose size and amounts differ per round and uploader, so each version shows whose it is. */
  private static byte[] plan(int round, int uploader) {
    List<Object[]> lines = new ArrayList<>();
    for (int i = 0; i <= uploader + round % 3; i++) {
      lines.add(PlanFixtures.line("A-" + (1 + i % 3), 2027 + i % 2, PlanFixtures.CATEGORIES.get(i % 3),
          1000 * (round + 1) + 100 * uploader + i, PlanFixtures.EU, 500 * (uploader + 1)));
    }
    return PlanFixtures.plan(lines.toArray(Object[][]::new));
  }

  /** A migrated database, a service on it, and a count of the version-number collisions the repository retried. */
  private static final class Database {
    final String name;
    final DataSource dataSource;
    final FinancialPlanService service;
    final AtomicInteger collisions = new AtomicInteger();

    private Database(String name, String url, String user) {
      this.name = name;
      this.dataSource = new DriverManagerDataSource(url, user, "");
      Flyway.configure().dataSource(dataSource).table("ssr_schema_history").locations("classpath:db/migration")
          .load().migrate();
      this.service = new FinancialPlanService(new FinancialPlanRepository(new CollidingJdbc(dataSource, collisions),
          new DataSourceTransactionManager(dataSource)), PlanLimits.DEFAULTS, PlanFixtures.CLOCK);
    }

    static Database h2() {
      return h2("");
    }

    static Database h2(String settings) {
      return new Database("H2", "jdbc:h2:mem:fin-race-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" + settings, "sa");
    }

    static Database postgres() {
      return new Database("PostgreSQL",
          EmbeddedPostgresServer.shared().createDatabase("finance_race"), EmbeddedPostgresServer.user());
    }
  }

  /**
   * Holds the read of the highest version number open for a moment, so that uploads started together all read the
   * same number, and counts the inserts the unique constraint refused.
   */
  private static final class CollidingJdbc extends JdbcTemplate {
    private final AtomicInteger collisions;

    CollidingJdbc(DataSource dataSource, AtomicInteger collisions) {
      super(dataSource);
      this.collisions = collisions;
    }

    @Override
    public <T> T queryForObject(String sql, Class<T> requiredType, Object... args) {
      T result = super.queryForObject(sql, requiredType, args);
      if (sql.startsWith("select max(version_no)")) {
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return result;
    }

    @Override
    public int update(String sql, Object... args) {
      try {
        return super.update(sql, args);
      } catch (DuplicateKeyException e) {
        collisions.incrementAndGet();
        throw e;
      }
    }
  }
}
