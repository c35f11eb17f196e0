package org.ssr.workflow.local;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A local security report as filed and recorded (tables of V11__local_platforms.sql). */
public record LocalReport(
    String id,
    String programmeCode,
    String region,
    LocalDate meetingDate,
    String filedBy,
    Instant filedAt,
    Participants participants,
    List<Issue> issues,
    List<String> humanRightsConcerns,
    String agreements,
    List<FollowUpRequest> followUps) {

  /** How many took part, by kind. */
  public record Participants(int community, int securityForce, int localGovernment, int civilSociety) {
    public int total() {
      return community + securityForce + localGovernment + civilSociety;
    }
  }

  /** An issue raised: category and severity ids, the institution id of the force concerned (may be null). */
  public record Issue(String category, String severity, String force, String description) {}

  /** A follow-up asked of an agency (institution id). */
  public record FollowUpRequest(String agency, String request) {}

  LocalReport withFiling(String newId, String by, Instant at) {
    return new LocalReport(newId, programmeCode, region, meetingDate, by, at, participants, issues,
        humanRightsConcerns, agreements, followUps);
  }
}
