package org.ssr.workflow.implementation;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.ssr.workflow.programme.ProgrammeForms;
import org.ssr.workflow.programme.ProgrammeProcess;

/**
 * Registers the beans of programme-implementation.bpmn with real services in the process-test engine; finance's
 * budget execution beans are registered by {@link org.ssr.workflow.finance.BudgetExecutionTestBeans}.
 */
public final class ImplementationTestBeans {

  /** What the implementation's beans published ({@code DecisionMade}), oldest first; cleared by {@link #register}. */
  public static final List<Object> PUBLISHED = new CopyOnWriteArrayList<>();

  private ImplementationTestBeans() {}

  public static void register(ImplementationProperties properties) {
    PUBLISHED.clear();
    ImplementationService service = new ImplementationService();
    ImplementationWorkbooks workbooks = new ImplementationWorkbooks();
    Mocks.register(ImplementationProcess.Beans.START_IMPLEMENTATION,
        new StartImplementationDelegate(service, properties));
    Mocks.register(ImplementationProcess.Beans.OPEN_REPORTING_YEAR, new OpenReportingYearDelegate(service, properties));
    Mocks.register(ImplementationProcess.Beans.REPORT_FORMS, new ImplementationReportForms(service));
    Mocks.register(ImplementationProcess.Beans.RECORD_PROGRESS_REPORT, new RecordProgressReportListener(service));
    Mocks.register(ImplementationProcess.Beans.RECORD_REPORT_CHASE, new RecordReportChaseListener());
    Mocks.register(ImplementationProcess.Beans.WRITE_ANNUAL_REPORT, new WriteAnnualReportDelegate(service, workbooks));
    Mocks.register(ImplementationProcess.Beans.RECORD_AMENDMENT, new RecordAmendmentListener(service));
    Mocks.register(ImplementationProcess.Beans.PROPOSE_AMENDMENT, new ProposeAmendmentDelegate(workbooks));
    Mocks.register(ImplementationProcess.Beans.ADOPT_AMENDMENT, new AdoptAmendmentDelegate(service));
    Mocks.register(ImplementationProcess.Beans.WRITE_FINAL_EVALUATION, new WriteFinalEvaluationDelegate(workbooks));
    Mocks.register(ImplementationProcess.Beans.CLOSE_IMPLEMENTATION, new CloseImplementationDelegate());
    Mocks.register(ImplementationProcess.Beans.REQUEST_AMENDMENT, new RequestAmendmentDelegate());
    Mocks.register(ImplementationProcess.Beans.OPEN_AMENDMENT, new OpenAmendmentDelegate(PUBLISHED::add));
    Mocks.register(ChangeRequestProcess.Beans.CHECK, new CheckChangeRequestDelegate());
    Mocks.register(ChangeRequestProcess.Beans.SEND, new SendChangeRequestDelegate());
    Mocks.register(ProgrammeProcess.Beans.FORMS, new ProgrammeForms());
  }
}
