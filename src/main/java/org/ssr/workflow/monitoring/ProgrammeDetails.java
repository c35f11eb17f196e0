package org.ssr.workflow.monitoring;

import java.util.List;
import org.ssr.workflow.decision.ChainCheck;
import org.ssr.workflow.decision.DecisionEntry;
import org.ssr.workflow.finance.DonorPledge;
import org.ssr.workflow.implementation.ImplementationProgress;

/**
 * A programme's status with its accountability record: every decision of its decision record (oldest first) and
 * whether their hash chain is intact, every review, every risk with its level history, the donors' pledges with their
 * stated agendas, each region's local platform, what the set-up and the dialog decided (reform context, segments and
 * the justification for leaving any out, consents), and where implementation stands (null before the programme
 * reached it).
 */
public record ProgrammeDetails(
    ProgrammeStatus programme,
    List<DecisionEntry> decisions,
    ChainCheck decisionChain,
    List<ReviewStatus> reviews,
    List<RiskStatusView> risks,
    List<DonorPledge> pledges,
    List<LocalPlatformStatus> localPlatforms,
    ProgrammeSetUpFacts setUp,
    ImplementationProgress implementation) {}
