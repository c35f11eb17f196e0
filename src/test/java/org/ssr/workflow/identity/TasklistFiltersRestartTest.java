package org.ssr.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ssr.workflow.support.ProcessTestCoverage;

/** A restart with unchanged filter definitions writes nothing (it used to rewrite all filters on every start). */
class TasklistFiltersRestartTest {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineExtension.builder()
      .configurationResource(ProcessTestCoverage.ENGINE_CONFIGURATION).build();

  ProcessEngine engine;

  @AfterEach
  void tearDown() {
    engine.getFilterService().createFilterQuery().list()
        .forEach(filter -> engine.getFilterService().deleteFilter(filter.getId()));
    engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.FILTER).list()
        .forEach(authorization -> engine.getAuthorizationService().deleteAuthorization(authorization.getId()));
  }

  @Test
  void aSecondStartLeavesTheFiltersAsTheyAre() {
    new TasklistFilters().postProcessEngineBuild(engine);
    Map<String, Integer> first = revisions();

    new TasklistFilters().postProcessEngineBuild(engine);

    assertThat(first).hasSize(TasklistFilters.ALL.size());
    assertThat(revisions()).isEqualTo(first);
  }

  @Test
  void jsonWithTheSameContentInAnotherKeyOrderIsTheSame() {
    assertThat(TasklistFilters.sameJson("{\"a\":1,\"b\":[\"x\"]}", "{\"b\":[\"x\"],\"a\":1}")).isTrue();
    assertThat(TasklistFilters.sameJson("{\"a\":1}", "{\"a\":2}")).isFalse();
    assertThat(TasklistFilters.sameJson(null, "{}")).isFalse();
  }

  private Map<String, Integer> revisions() {
    return engine.getFilterService().createTaskFilterQuery().list().stream()
        .collect(Collectors.toMap(Filter::getId, filter -> ((FilterEntity) filter).getRevision()));
  }
}
