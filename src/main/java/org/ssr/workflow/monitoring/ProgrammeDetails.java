package org.ssr.workflow.monitoring;

import java.util.List;
import java.util.Map;
import org.ssr.workflow.finance.DonorPledge;
import org.ssr.workflow.oversight.ReviewDecisionRecord;

/**
 * A programme's status with its accountability record: every oversight decision (oldest first), every review, every
 * risk with its level history, the donors' pledges with their stated agendas, each region's local platform, step 4's
 * coordination structures (name, members, mandate) and every version of step 11's oversight charter (the last one
 * decides who reviews a document when its review starts).
 */
public record ProgrammeDetails(
    ProgrammeStatus programme,
    List<ReviewDecisionRecord> decisions,
    List<ReviewStatus> reviews,
    List<RiskStatusView> risks,
    List<DonorPledge> pledges,
    List<LocalPlatformStatus> localPlatforms,
    List<Map<String, Object>> coordinationStructures,
    List<Map<String, Object>> oversightCharters) {}
