package org.ssr.workflow.engine;

import java.util.ArrayList;
import java.util.function.Predicate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.camunda.bpm.engine.impl.form.FormDataImpl;
import org.camunda.bpm.engine.impl.form.handler.StartFormHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * Start forms in the language of the person who opens them (docs/languages.md, "Forms in the programme's language").
 *
 * <p>A user task picks its form with {@code ${forms.ref('<name>', execution)}}, but Camunda 7.24 never evaluates a
 * start event's formRef: {@code DefaultStartFormHandler.createStartFormData} hands out the attribute's text as the form
 * key. And before a start form is submitted there is no process, often no programme at all (the set-up form creates
 * it), so the only language there is to follow is the person's: {@link Languages#ofPerson} — the request's
 * {@code Accept-Language}, the browser's language, which Tasklist follows as well.
 *
 * <p>So every process definition's start form handler is wrapped as the definition is parsed (after the engine has set
 * it): its {@code createStartFormData} answers the form {@code <name>-<lang>} ({@link FormTranslations#formId}) when
 * the person's language is not English, the form ref's binding is {@code deployment} and that form is in the
 * definition's deployment (the application deploys every form in every language); else the form as modelled.
 * {@code FormService.getStartFormData}, REST {@code GET /process-definition/{id}/startForm} and {@code
 * /deployed-start-form} all build the form data through this handler (GetStartFormCmd, GetDeployedStartFormCmd), so
 * Tasklist's "Start process" dialog, which asks for the one and then loads the other, renders the translated form and
 * submits it to the same process: the forms of all languages have the same keys. The models keep the plain form id.
 */
@Component
public class StartFormLanguages extends AbstractProcessEnginePlugin {

  private static final String DEPLOYMENT_BINDING = "deployment";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        StartFormHandler modelled = processDefinition.getStartFormHandler();
        if (modelled != null && !(modelled instanceof InPersonsLanguage)) {
          processDefinition.setStartFormHandler(new InPersonsLanguage(modelled));
        }
      }
    });
  }

  /** The id of the start form to show someone who reads {@code language}: {@code name-lang} if deployed, else as is. */
  static String formFor(String name, String language, Predicate<String> deployed) {
    String translated = FormTranslations.formId(name, language);
    return !translated.equals(name) && deployed.test(translated) ? translated : name;
  }

  /** The engine's start form handler, with the Camunda Form of the person's language. */
  static final class InPersonsLanguage implements StartFormHandler {

    private final StartFormHandler modelled;

    InPersonsLanguage(StartFormHandler modelled) {
      this.modelled = modelled;
    }

    @Override
    public StartFormData createStartFormData(ProcessDefinitionEntity processDefinition) {
      StartFormData data = modelled.createStartFormData(processDefinition);
      CamundaFormRef ref = data.getCamundaFormRef();
      if (ref == null || ref.getKey() == null || !DEPLOYMENT_BINDING.equals(ref.getBinding())
          || !(data instanceof FormDataImpl form)) {
        return data;
      }
      String language = Languages.ofPerson(Languages.ENGLISH);
      if (Languages.ENGLISH.equals(language)) {
        return data;
      }
      String deploymentId = data.getDeploymentId();
      CommandContext command = Context.getCommandContext();
      String key = formFor(ref.getKey(), language, id -> command != null && deploymentId != null
          && command.getCamundaFormDefinitionManager().findDefinitionByDeploymentAndKey(deploymentId, id) != null);
      if (!key.equals(ref.getKey())) {
        form.setCamundaFormRef(new CamundaFormRefImpl(key, ref.getBinding()));
      }
      return data;
    }

    @Override
    public void parseConfiguration(Element activityElement, DeploymentEntity deployment,
        ProcessDefinitionEntity processDefinition, BpmnParse bpmnParse) {
      modelled.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
    }

    @Override
    public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
      modelled.submitFormVariables(properties, variableScope);
    }
  }
}
