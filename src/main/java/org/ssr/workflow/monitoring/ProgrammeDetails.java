package org.ssr.workflow.monitoring;

import java.util.List;
import org.ssr.workflow.decision.ChainCheck;
import org.ssr.workflow.decision.DecisionEntry;
import java.util.Map;
import org.ssr.workflow.finance.DonorPledge;
import org.ssr.workflow.implementation.ImplementationProgress;

/**
 * A programme's status with its accountability record: every decision of its decision record (oldest first) and
 * whether their hash chain is intact, every review, every risk with its level history, the donors' pledges with their
 * stated agendas, each region's local platform, what the set-up and the dialog decided (reform context, segments and
 * the justification for leaving any out, consents), step 4's coordination structures (name, members, mandate), every
 * version of step 11's oversight charter (the last one decides who reviews a document when its review starts), and
 * where implementation stands (null before the programme reached it).
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
    List<Map<String, Object>> coordinationStructures,
    List<Map<String, Object>> oversightCharters,
    ImplementationProgress implementation) {}
