package org.ssr.workflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.ssr.workflow.support.EmbeddedPostgresServer;

/** The tests' PostgreSQL really runs, also when the build runs as root (as CI does). */
class EmbeddedPostgresServerTest {

  @Test
  void startsARealPostgresqlAndCreatesDatabases() throws Exception {
    EmbeddedPostgresServer server = EmbeddedPostgresServer.shared();
    String url = server.createDatabase("smoke");
    try (Connection connection = DriverManager.getConnection(url, EmbeddedPostgresServer.user(), "");
        Statement statement = connection.createStatement();
        ResultSet version = statement.executeQuery("select version()")) {
      assertThat(version.next()).isTrue();
      assertThat(version.getString(1)).startsWith("PostgreSQL 16.");
    }
  }
}
