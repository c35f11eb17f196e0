package org.ssr.bench.bare;

import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;

/**
 * The baseline of the engine benchmarks: a bare Camunda 7.24 application with the same starters (webapp, rest, Spin)
 * and nothing of ours (outside org.ssr.workflow, so none of our beans is scanned; run with
 * --spring.config.location=classpath:/bare-camunda.yaml so our application.yaml is not read either).
 *
 * <ul>
 *   <li>As it is: the start-up baseline (issue 18, item 6): nothing deployed.</li>
 *   <li>With {@code bare.submit-form-bench=true}: the baseline of item 4 (completing a task through
 *       {@code submit-form}): it deploys {@code bench-bare/bare-noop-task.bpmn}, one user task for the group
 *       {@code bench} with the small Camunda Form {@code bench-bare/bare-noop-task-form.form} (test resources outside
 *       {@code bpmn/} and {@code forms/}, so the application never deploys them), and asks for HTTP Basic on
 *       {@code /engine-rest} with Camunda's own filter, as the application does, so that its requests are
 *       authenticated and authorization-checked like the application's.</li>
 * </ul>
 */
@SpringBootApplication
public class BareCamundaApplication {

  public static final String PROCESS_KEY = "bare-noop-task";
  public static final String GROUP = "bench";
  public static final String BPMN = "bench-bare/bare-noop-task.bpmn";
  public static final String FORM = "bench-bare/bare-noop-task-form.form";

  public static void main(String[] args) {
    SpringApplication.run(BareCamundaApplication.class, args);
  }

  /** Item 4's baseline: the no-op user task and authenticated REST. */
  @Configuration
  @ConditionalOnProperty(name = "bare.submit-form-bench", havingValue = "true")
  static class SubmitFormBench {

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> bareRestAuthentication() {
      var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
      registration.addUrlPatterns("/engine-rest/*");
      registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
          HttpBasicAuthenticationProvider.class.getName());
      registration.setName("bareRestAuthentication");
      registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
      registration.setDispatcherTypes(DispatcherType.REQUEST);
      return registration;
    }

    @EventListener(ApplicationReadyEvent.class)
    void deploy(ApplicationReadyEvent ready) {
      ProcessEngine engine = ready.getApplicationContext().getBean(ProcessEngine.class);
      try (InputStream bpmn = new ClassPathResource(BPMN).getInputStream();
          InputStream form = new ClassPathResource(FORM).getInputStream()) {
        engine.getRepositoryService().createDeployment().name("bare-noop-task").enableDuplicateFiltering(true)
            .addInputStream("bare-noop-task.bpmn", bpmn)
            .addInputStream("bare-noop-task-form.form", form)
            .deploy();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
