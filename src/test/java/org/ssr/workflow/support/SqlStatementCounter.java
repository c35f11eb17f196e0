package org.ssr.workflow.support;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Counts the SQL statements an engine sends, by wrapping its {@link DataSource} (plain JDK proxies, no driver spy):
 * every {@code execute…} call and every {@code addBatch} entry of a batch counts as one statement, counted by its
 * first keyword (select, insert, update, delete). Used by the programme benchmark to compare a programme with the
 * bare process; not thread-safe in what it attributes, so count one run at a time.
 */
public final class SqlStatementCounter implements DataSource {

  private final DataSource target;
  private final Map<String, AtomicLong> byKind = new TreeMap<>();

  public SqlStatementCounter(DataSource target) {
    this.target = target;
  }

  /** Statements counted since the last {@link #reset()}. */
  public synchronized long total() {
    return byKind.values().stream().mapToLong(AtomicLong::get).sum();
  }

  /** Statements by first keyword since the last {@link #reset()}, e.g. {@code {insert=120, select=800}}. */
  public synchronized Map<String, Long> byKind() {
    Map<String, Long> copy = new TreeMap<>();
    byKind.forEach((kind, count) -> copy.put(kind, count.get()));
    return copy;
  }

  public synchronized void reset() {
    byKind.clear();
  }

  private synchronized void count(String sql) {
    String kind = sql == null ? "" : sql.strip().split("\\s", 2)[0].toLowerCase(Locale.ROOT);
    byKind.computeIfAbsent(kind.isEmpty() ? "?" : kind, k -> new AtomicLong()).incrementAndGet();
  }

  @Override
  public Connection getConnection() throws SQLException {
    return connection(target.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return connection(target.getConnection(username, password));
  }

  private Connection connection(Connection connection) {
    InvocationHandler handler = (proxy, method, args) -> {
      Object result = invoke(connection, method, args);
      if (result instanceof Statement statement) {
        String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
        return statement(statement, sql);
      }
      return result;
    };
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
        handler);
  }

  private Statement statement(Statement statement, String preparedSql) {
    Class<?> type = statement instanceof CallableStatement ? CallableStatement.class
        : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
    InvocationHandler handler = (proxy, method, args) -> {
      String name = method.getName();
      boolean hasSql = args != null && args.length > 0 && args[0] instanceof String;
      if (name.equals("addBatch")) {
        count(hasSql ? (String) args[0] : preparedSql);
      } else if (name.startsWith("execute") && !name.equals("executeBatch") && !name.equals("executeLargeBatch")) {
        count(hasSql ? (String) args[0] : preparedSql);
      }
      return invoke(statement, method, args);
    };
    return (Statement) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler);
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return target.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    target.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    target.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return target.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return target.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return iface.isInstance(this) ? iface.cast(this) : target.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return iface.isInstance(this) || target.isWrapperFor(iface);
  }
}
