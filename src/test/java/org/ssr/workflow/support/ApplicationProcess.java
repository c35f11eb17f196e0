package org.ssr.workflow.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ssr.workflow.SsrWorkflowApplication;

/**
 * The application as a separate JVM ({@code java -cp <test classpath> org.ssr.workflow.SsrWorkflowApplication}), the
 * way it runs in production: its own process engine, job executor, web server and port. The cluster and crash tests
 * start several, stop one gracefully ({@link #stop()}) or kill it like a power cut ({@link #kill()}: SIGKILL).
 * Its output goes to {@code <build dir>/app-logs/<name>.log}.
 */
public final class ApplicationProcess implements AutoCloseable {

  /** 180 s, or {@code -Dapp.startup-timeout-seconds=N} (benchmarks on a machine shared with other builds). */
  private static final Duration STARTUP_TIMEOUT =
      Duration.ofSeconds(Long.getLong("app.startup-timeout-seconds", 180));

  private final String name;
  private final int port;
  private final Path log;
  private final Process process;
  private long startupMillis;

  private ApplicationProcess(String name, int port, Path log, Process process) {
    this.name = name;
    this.port = port;
    this.log = log;
    this.process = process;
  }

  /** A new builder for a node called {@code name} (used in its log file name). */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  public int port() {
    return port;
  }

  public String name() {
    return name;
  }

  public Path log() {
    return log;
  }

  /** From launching the JVM until the health endpoint answered UP. */
  public long startupMillis() {
    return startupMillis;
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public Http as(String user, String password) {
    return Http.basic(port, user, password);
  }

  /** Graceful stop (SIGTERM): Spring closes the engine and the job executor. */
  public void stop() {
    process.destroy();
    awaitExit(Duration.ofSeconds(60));
  }

  /** A power cut: SIGKILL, no shutdown hook runs, nothing is flushed. */
  public void kill() {
    process.destroyForcibly();
    awaitExit(Duration.ofSeconds(30));
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      kill();
    }
  }

  private void awaitExit(Duration timeout) {
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where this class was loaded from: the build's test-classes directory. */
  private static String testClassesDirectory() {
    try {
      return Path.of(ApplicationProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toAbsolutePath().toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The directory for logs and data of the processes: inside the build directory. */
  public static Path workDirectory() {
    try {
      // <build dir>/test-classes -> <build dir>/app-processes (each engineer's -Dbuild.dir keeps its own)
      Path testClasses = Path.of(ApplicationProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.createDirectories(testClasses.getParent().resolve("app-processes"));
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static final class Builder {
    private final String name;
    private final Map<String, String> properties = new LinkedHashMap<>();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final List<String> jvmOptions = new ArrayList<>(List.of(
        "-Xmx768m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto"));
    private int port = freePort();
    private String mainClass = SsrWorkflowApplication.class.getName();

    private Builder(String name) {
      this.name = name;
    }

    /** A Spring property, passed as {@code --key=value}. */
    public Builder property(String key, String value) {
      properties.put(key, value);
      return this;
    }

    public Builder env(String key, String value) {
      environment.put(key, value);
      return this;
    }

    public Builder profiles(String profiles) {
      return property("spring.profiles.active", profiles);
    }

    /** Another Spring Boot main class on the test class path (the benchmark's bare Camunda baseline). */
    public Builder mainClass(String mainClass) {
      this.mainClass = mainClass;
      return this;
    }

    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /**
     * The JVM as production runs it (full JIT, the default collector, 1 GB heap) instead of the test defaults tuned
     * for a quick start (C1 only, serial GC): for benchmarks, whose figures must be the application's, not the test
     * set-up's.
     */
    public Builder productionJvm() {
      jvmOptions.clear();
      jvmOptions.addAll(List.of("-Xmx1g", "-Xshare:auto"));
      return this;
    }

    /** Job executor tuned for tests: looks for due jobs at least every second instead of up to once a minute. */
    public Builder eagerJobExecutor() {
      property("camunda.bpm.job-execution.enabled", "true");
      property("camunda.bpm.job-execution.wait-time-in-millis", "500");
      property("camunda.bpm.job-execution.max-wait", "1000");
      return this;
    }

    /** Starts the JVM and waits until its health endpoint answers UP. */
    public ApplicationProcess start() {
      Path log = workDirectory().resolve(name + ".log");
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(jvmOptions);
      command.add("-cp");
      // the test class path without empty entries: an empty entry is the working directory, whose bpmn/ and
      // forms/ would then be found twice. The application itself runs without the test classes, as in production:
      // with them, the REST API's first engine lookup (ProcessEngines.init) found the process tests' engine
      // configuration (then named camunda.cfg.xml) and built a second, in-memory engine in every node (seconds on
      // the first request).
      String testClasses = testClassesDirectory();
      boolean application = mainClass.equals(SsrWorkflowApplication.class.getName());
      command.add(java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
          .map(String::strip).filter(entry -> !entry.isEmpty())
          .map(entry -> Path.of(entry).toAbsolutePath().toString()) // the JVM runs in its own directory
          .filter(entry -> !(application && entry.equals(testClasses)))
          .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator)));
      command.add(mainClass);
      command.add("--server.port=" + port);
      command.add("--spring.main.banner-mode=off");
      properties.forEach((key, value) -> command.add("--" + key + "=" + value));
      Path directory = workDirectory().resolve(name);
      try {
        Files.createDirectories(directory);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      ProcessBuilder builder = new ProcessBuilder(command)
          .directory(directory.toFile())
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      builder.environment().putAll(environment);
      Process process;
      try {
        Files.writeString(log, "---- start " + Instant.now() + "\n", java.nio.file.StandardOpenOption.CREATE,
            java.nio.file.StandardOpenOption.APPEND);
        process = builder.start();
      } catch (IOException e) {
        throw new UncheckedIOException("Could not start " + name, e);
      }
      ApplicationProcess app = new ApplicationProcess(name, port, log, process);
      long started = System.nanoTime();
      app.awaitHealthy();
      app.startupMillis = (System.nanoTime() - started) / 1_000_000;
      return app;
    }
  }

  private void awaitHealthy() {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + " while starting; see " + log
            + "\n" + tail());
      }
      try {
        HttpResponse<String> health = client.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build(),
            HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200 && health.body().contains("UP")) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(Duration.ofMillis(500));
    }
    close();
    throw new IllegalStateException(name + " did not become healthy within " + STARTUP_TIMEOUT + "; see " + log
        + "\n" + tail());
  }

  /** The last lines of the log, for failure messages. */
  public String tail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(log unreadable: " + e + ")";
    }
  }

  public static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
