package org.ssr.workflow.programme;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.camunda.bpm.engine.test.mock.Mocks;
import org.springframework.context.ApplicationEventPublisher;
import org.ssr.workflow.decision.InMemoryDecisionRecord;
import org.ssr.workflow.programme.ProgrammeProcess.Beans;

/**
 * The programme's own beans for engine tests on the real ssr-programme model, with real (Camunda-free) services.
 * The beans of other features (oversight review, step 10 finance) are registered by each test as it needs them.
 */
public final class ProgrammeTestBeans {

  /** What the programme's beans published (e.g. {@code DecisionMade}), oldest first; cleared by {@link #register}. */
  public static final List<Object> PUBLISHED = new CopyOnWriteArrayList<>();

  /**
   * The decision record the programme's beans publish to and read from (the consent rule, the summary), one H2
   * database for the test JVM, emptied by {@link #register}. Give it to {@code OversightReviewTestBeans.register} when
   * the reviews' decisions must be in it too.
   */
  private static InMemoryDecisionRecord record;

  private ProgrammeTestBeans() {}

  public static synchronized InMemoryDecisionRecord decisions() {
    if (record == null) {
      record = InMemoryDecisionRecord.create();
    }
    return record;
  }

  public static void register() {
    PUBLISHED.clear();
    decisions().clear();
    ApplicationEventPublisher publisher = event -> {
      PUBLISHED.add(event);
      decisions().publishEvent(event);
    };
    Mocks.register(Beans.PROGRAMME_SETUP, new ProgrammeSetupListener(new ProgrammeSetupService(), "P21D"));
    Mocks.register(Beans.INCLUSIVENESS_CHECK, new InclusivenessCheckDelegate(new InclusivenessCheck()));
    Mocks.register(Beans.REGIONAL_INPUT, new RegionalInputListener(new NeedsAssessmentService()));
    Mocks.register(Beans.SCOPING, new ScopingDelegate(new ScopingService()));
    Mocks.register(Beans.DOCUMENT_VERSION, new DocumentVersionListener());
    Mocks.register(Beans.PROGRAMME_CONTENT, new ProgrammeContentListener());
    Mocks.register(Beans.AGENCY_FRAMEWORK_SETUP, new AgencyFrameworkSetupDelegate());
    Mocks.register(Beans.TRANSFORMATION_STRATEGY, new TransformationStrategyDelegate(new TransformationStrategyService()));
    Mocks.register(Beans.PROGRAMME_SUMMARY,
        new ProgrammeSummaryDelegate(new ProgrammeSummaryService(), decisions().record()));
    Mocks.register(Beans.SUSPEND_TRANSFORMATION_TRACK, new SuspendTransformationTrackDelegate());
    Mocks.register(Beans.ACTIVATE_TRANSFORMATION_TRACK, new ActivateTransformationTrackDelegate());
    Mocks.register(Beans.PROGRAMME_REVIEWERS, new ProgrammeReviewers());
    Mocks.register(Beans.FORMS, new ProgrammeForms());
    Mocks.register(Beans.REVIEW_SUBJECTS, new ReviewSubjects());
    Mocks.register(Beans.AGREEMENT_LEDGER, new AgreementLedgerListener(new AgreementLedgerService()));
    Mocks.register(Beans.CONSENSUS_DECLARATION, new ConsensusDeclarationListener(new ConsentService(), publisher,
        decisions().record()));
    Mocks.register(Beans.COORDINATION_STRUCTURES, new CoordinationStructuresListener());
    Mocks.register(Beans.OVERSIGHT_CHARTER, new OversightCharterListener());
    Mocks.register(Beans.OPEN_OVERSIGHT_CHARTER_AMENDMENT, new OpenOversightCharterAmendmentDelegate(publisher));
    Mocks.register(Beans.FRAMEWORK_VALIDATION, new FrameworkValidationListener(publisher));
  }
}
