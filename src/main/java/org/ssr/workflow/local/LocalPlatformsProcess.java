package org.ssr.workflow.local;

import java.util.Map;
import java.util.Set;
import org.ssr.workflow.engine.Variable;
import org.ssr.workflow.programme.ProgrammeProcess;

/**
 * The typed catalogue of {@code bpmn/local-platforms.bpmn}: one instance per programme (business key = programme
 * code), started when step 2 has consolidated the regions' needs; one branch per region watches its local platform
 * (a report resets the silence timer), and every quarter the civil-society monitor consolidates what came up.
 */
public final class LocalPlatformsProcess {

  public static final String KEY = "local-platforms";
  public static final String RESOURCE = "bpmn/local-platforms.bpmn";

  private LocalPlatformsProcess() {}

  public static final class Elements {
    public static final String START = "StartEvent_LocalPlatformsOpened";
    public static final String SET_UP = "ServiceTask_SetUpLocalPlatforms";
    public static final String PLATFORM_OF_REGION = "SubProcess_PlatformOfRegion";
    public static final String REPORT_OR_SILENCE = "Gateway_ReportOrSilence";
    public static final String REPORT_FILED = "IntermediateCatchEvent_ReportFiled";
    public static final String PLATFORM_SILENT = "IntermediateCatchEvent_PlatformSilent";
    public static final String ASK_ABOUT_SILENCE = "UserTask_AskAboutSilence";
    public static final String PLATFORM_CLOSED = "IntermediateCatchEvent_PlatformClosed";
    public static final String QUARTER_ENDED = "StartEvent_QuarterEnded";
    public static final String SUMMARISE_QUARTER = "ServiceTask_SummariseQuarter";
    public static final String CONSOLIDATE_QUARTER = "UserTask_ConsolidateQuarter";
    public static final String END = "EndEvent_LocalPlatformsClosed";

    private Elements() {}
  }

  /** Thrown by ssr-programme after step 2 (IntermediateThrowEvent_LocalPlatformsOpened). */
  public static final String SIGNAL_OPENED = "LocalPlatformsOpened";

  public static final class Messages {
    /** Correlated by programme code (business key) and region (local variable of the region's branch). */
    public static final String REPORT_FILED = "LocalReportFiled";
    /** Ends a region's branch (a platform dissolved, or the programme closed), e.g. POST /engine-rest/message. */
    public static final String PLATFORM_CLOSED = "LocalPlatformClosed";

    private Messages() {}
  }

  public static final class Beans {
    public static final String SET_UP = "setUpLocalPlatformsDelegate";
    public static final String SUMMARISE_QUARTER = "summariseQuarterDelegate";

    private Beans() {}
  }

  public static final class Variables {
    /** Owned by the programme; passed with the signal. */
    public static final Variable<String> PROGRAMME_CODE = ProgrammeProcess.Variables.PROGRAMME_CODE;
    public static final Variable<java.util.List<String>> REGIONS = ProgrammeProcess.Variables.REGIONS;
    /** The element variable of each region's branch (same name as in step 2). */
    public static final Variable<String> REGION = ProgrammeProcess.Variables.REGION;
    /** The region, local to its branch's scope: LocalReportFiled is correlated on it. */
    public static final Variable<String> PLATFORM_REGION = Variable.text("platformRegion");
    /** ISO-8601 duration of silence after which the monitor is asked (ssr.local.silence). */
    public static final Variable<String> SILENCE_PERIOD = Variable.text("silencePeriod");
    /** Markdown summary per region for the consolidation form (local to each consolidation). */
    public static final Variable<String> QUARTER_SUMMARY = Variable.text("quarterSummary");
    public static final Variable<String> QUARTER_LABEL = Variable.text("quarterLabel");
    public static final Variable<String> CONSOLIDATION_TRENDS = Variable.text("consolidationTrends");
    public static final Variable<String> CONSOLIDATION_RECOMMENDATIONS = Variable.text("consolidationRecommendations");
    public static final Variable<String> SILENCE_NOTE = Variable.text("silenceNote");

    private Variables() {}
  }

  /** Element id -> the variables its Camunda Form supplies (FormsDeployedTest). */
  public static final Map<String, Set<String>> FORM_VARIABLES = Map.of(
      Elements.ASK_ABOUT_SILENCE, Set.of(Variables.SILENCE_NOTE.name()),
      Elements.CONSOLIDATE_QUARTER, Set.of(Variables.CONSOLIDATION_TRENDS.name(),
          Variables.CONSOLIDATION_RECOMMENDATIONS.name()));
}
