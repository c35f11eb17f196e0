package org.ssr.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssr.workflow.support.SsrApplicationTest;

/** Embedded form keys ({@code embedded:deployment:x.html}) resolve only if resources are named by file name. */
@SsrApplicationTest
class DeploymentResourceNamesTest {

  @Autowired
  RepositoryService repositoryService;

  @Test
  void everyDeployedResourceIsNamedByItsFileName() {
    Deployment deployment = repositoryService.createDeploymentQuery().orderByDeploymentTime().desc().list().get(0);
    List<String> names = repositoryService.getDeploymentResources(deployment.getId()).stream()
        .map(Resource::getName).toList();
    assertThat(names).isNotEmpty().allMatch(name -> name.matches("[\\w.-]+"), "a bare file name");
    assertThat(names).anyMatch(name -> name.endsWith(".html")).anyMatch(name -> name.endsWith(".bpmn"));
  }
}
