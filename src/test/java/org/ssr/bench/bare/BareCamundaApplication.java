package org.ssr.bench.bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The start-up baseline of the engine benchmark: a bare Camunda 7.24 application with the same starters (webapp,
 * rest, Spin) on H2 and nothing of ours (outside org.ssr.workflow, so none of our beans is scanned; run with
 * --spring.config.location=classpath:/bare-camunda.yaml so our application.yaml is not read either).
 */
@SpringBootApplication
public class BareCamundaApplication {

  public static void main(String[] args) {
    SpringApplication.run(BareCamundaApplication.class, args);
  }
}
