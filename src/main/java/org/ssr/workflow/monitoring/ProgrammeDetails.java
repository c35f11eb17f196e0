package org.ssr.workflow.monitoring;

import java.util.List;
import org.ssr.workflow.finance.DonorPledge;
import org.ssr.workflow.oversight.ReviewDecisionRecord;

/**
 * A programme's status with its accountability record: every oversight decision (oldest first), every review, every
 * risk with its level history, the donors' pledges with their stated agendas, each region's local platform, and what the
 * set-up and the dialog decided (reform context, segments and the justification for leaving any out, consents).
 */
public record ProgrammeDetails(
    ProgrammeStatus programme,
    List<ReviewDecisionRecord> decisions,
    List<ReviewStatus> reviews,
    List<RiskStatusView> risks,
    List<DonorPledge> pledges,
    List<LocalPlatformStatus> localPlatforms,
    ProgrammeSetUpFacts setUp) {}
