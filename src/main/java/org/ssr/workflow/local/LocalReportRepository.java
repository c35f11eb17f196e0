package org.ssr.workflow.local;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.ssr.workflow.engine.Conversions;
import org.ssr.workflow.engine.Json;
import org.ssr.workflow.local.LocalReport.Issue;
import org.ssr.workflow.local.LocalReport.Participants;

/**
 * Local reports, their concerns and follow-ups in the tables of V11__local_platforms.sql. Runs in the caller's
 * transaction (the engine's, when a delegate records), so a refused or failed step leaves nothing behind.
 */
@Repository
public class LocalReportRepository {

  private static final TypeReference<List<Issue>> ISSUES = new TypeReference<>() {};

  private final JdbcTemplate jdbc;

  public LocalReportRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A follow-up with its state; {@code answeredAt} null while open. */
  public record FollowUp(String id, String reportId, String agency, String request, Instant deadline, int chases,
      String answer, String answeredBy, Instant answeredAt) {
    public boolean open() {
      return answeredAt == null;
    }
  }

  /** A human-rights concern; {@code riskId} once it became a step-12 risk. */
  public record Concern(String reportId, int number, String concern, String riskId) {}

  /** A recorded report with what became of its concerns and follow-ups. */
  public record StoredReport(LocalReport report, List<Concern> concerns, List<FollowUp> followUps) {}

  /** Stores a new report; returns the ids of its follow-ups in order. */
  public List<String> insert(LocalReport report, String processInstanceId, List<Instant> deadlines) {
    Participants p = report.participants();
    jdbc.update("insert into local_report (id, programme_code, region, meeting_date, filed_by, filed_at, "
            + "participants_community, participants_security_force, participants_local_government, "
            + "participants_civil_society, issues_json, agreements, process_instance_id) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        report.id(), report.programmeCode(), report.region(), Date.valueOf(report.meetingDate()), report.filedBy(),
        Timestamp.from(report.filedAt()), p.community(), p.securityForce(), p.localGovernment(), p.civilSociety(),
        Conversions.json(report.issues()), report.agreements(), processInstanceId);
    List<String> concerns = report.humanRightsConcerns();
    for (int i = 0; i < concerns.size(); i++) {
      jdbc.update("insert into local_concern (report_id, concern_no, concern) values (?, ?, ?)", report.id(), i + 1,
          concerns.get(i));
    }
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < report.followUps().size(); i++) {
      String id = report.id() + "-F" + (i + 1);
      jdbc.update("insert into local_follow_up (id, report_id, agency, request, deadline) values (?, ?, ?, ?, ?)", id,
          report.id(), report.followUps().get(i).agency(), report.followUps().get(i).request(),
          Timestamp.from(deadlines.get(i)));
      ids.add(id);
    }
    return ids;
  }

  public List<Concern> concerns(String reportId) {
    return jdbc.query("select * from local_concern where report_id = ? order by concern_no",
        LocalReportRepository::concern, reportId);
  }

  private static Concern concern(ResultSet rs, int n) throws SQLException {
    return new Concern(rs.getString("report_id"), rs.getInt("concern_no"), rs.getString("concern"),
        rs.getString("risk_id"));
  }

  public void linkConcernToRisk(String reportId, int concernNo, String riskId) {
    jdbc.update("update local_concern set risk_id = ? where report_id = ? and concern_no = ?", riskId, reportId,
        concernNo);
  }

  public Optional<FollowUp> followUp(String id) {
    return jdbc.query("select * from local_follow_up where id = ?", LocalReportRepository::followUp, id).stream()
        .findFirst();
  }

  public void recordAnswer(String followUpId, String answer, String by, Instant at) {
    jdbc.update("update local_follow_up set answer = ?, answered_by = ?, answered_at = ? where id = ?", answer, by,
        Timestamp.from(at), followUpId);
  }

  public void countChase(String followUpId) {
    jdbc.update("update local_follow_up set chases = chases + 1 where id = ?", followUpId);
  }

  /** Reports of a programme, newest meeting first; {@code regions} null = every region. */
  public List<StoredReport> reports(String programmeCode, Collection<String> regions) {
    List<LocalReport> reports = jdbc.query("select * from local_report where programme_code = ? "
        + "order by meeting_date desc, filed_at desc", LocalReportRepository::report, programmeCode);
    // the programme's concerns and follow-ups in one query each, not two per report
    Map<String, List<Concern>> concerns = jdbc.query("select c.* from local_concern c join local_report r "
        + "on r.id = c.report_id where r.programme_code = ? order by c.report_id, c.concern_no",
        LocalReportRepository::concern, programmeCode).stream()
        .collect(Collectors.groupingBy(Concern::reportId));
    Map<String, List<FollowUp>> followUps = jdbc.query("select f.* from local_follow_up f join local_report r "
        + "on r.id = f.report_id where r.programme_code = ? order by f.report_id, f.id",
        LocalReportRepository::followUp, programmeCode).stream()
        .collect(Collectors.groupingBy(FollowUp::reportId));
    List<StoredReport> stored = new ArrayList<>();
    for (LocalReport report : reports) {
      if (regions != null && regions.stream().noneMatch(report.region()::equalsIgnoreCase)) {
        continue;
      }
      stored.add(new StoredReport(report, concerns.getOrDefault(report.id(), List.of()),
          followUps.getOrDefault(report.id(), List.of())));
    }
    return stored;
  }

  /** Date of the newest meeting a region reported, if any. */
  public Optional<LocalDate> lastMeeting(String programmeCode, String region) {
    Date last = jdbc.queryForObject("select max(meeting_date) from local_report where programme_code = ? "
        + "and lower(region) = lower(?)", Date.class, programmeCode, region);
    return Optional.ofNullable(last).map(Date::toLocalDate);
  }

  /** Per region (as reported): reports, open follow-ups and their age, concerns per quarter ("2027-Q1"). */
  public Map<String, RegionFacts> facts(String programmeCode, Instant now) {
    Map<String, RegionFacts> byRegion = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (StoredReport stored : reports(programmeCode, null)) {
      LocalReport report = stored.report();
      RegionFacts facts = byRegion.computeIfAbsent(report.region(), RegionFacts::new);
      facts.reportsFiled++;
      if (facts.lastMeeting == null || report.meetingDate().isAfter(facts.lastMeeting)) {
        facts.lastMeeting = report.meetingDate();
      }
      String quarter = quarterOf(report.meetingDate());
      if (!stored.concerns().isEmpty()) {
        facts.concernsByQuarter.merge(quarter, stored.concerns().size(), Integer::sum);
      }
      facts.concernsAsRisks += (int) stored.concerns().stream().filter(c -> c.riskId() != null).count();
      for (FollowUp followUp : stored.followUps()) {
        if (followUp.open()) {
          facts.openFollowUps++;
          long age = java.time.Duration.between(report.filedAt(), now).toDays();
          facts.oldestOpenFollowUpDays = Math.max(facts.oldestOpenFollowUpDays, age);
          if (now.isAfter(followUp.deadline())) {
            facts.overdueFollowUps++;
          }
        } else {
          facts.answeredFollowUps++;
        }
      }
    }
    return byRegion;
  }

  public static String quarterOf(LocalDate date) {
    return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
  }

  /** What monitoring shows of one region. */
  public static final class RegionFacts {
    public final String region;
    public int reportsFiled;
    public LocalDate lastMeeting;
    public int openFollowUps;
    public int overdueFollowUps;
    public int answeredFollowUps;
    public long oldestOpenFollowUpDays;
    public int concernsAsRisks;
    public final Map<String, Integer> concernsByQuarter = new TreeMap<>();

    RegionFacts(String region) {
      this.region = region;
    }
  }

  private static LocalReport report(ResultSet rs, int n) throws SQLException {
    List<Issue> issues;
    try {
      issues = Json.mapper().readValue(rs.getString("issues_json"), ISSUES);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("Stored issues of report " + rs.getString("id") + " are not JSON", e);
    }
    return new LocalReport(rs.getString("id"), rs.getString("programme_code"), rs.getString("region"),
        rs.getDate("meeting_date").toLocalDate(), rs.getString("filed_by"), rs.getTimestamp("filed_at").toInstant(),
        new Participants(rs.getInt("participants_community"), rs.getInt("participants_security_force"),
            rs.getInt("participants_local_government"), rs.getInt("participants_civil_society")),
        issues, List.of(), rs.getString("agreements"), List.of());
  }

  private static FollowUp followUp(ResultSet rs, int n) throws SQLException {
    Timestamp answeredAt = rs.getTimestamp("answered_at");
    return new FollowUp(rs.getString("id"), rs.getString("report_id"), rs.getString("agency"),
        rs.getString("request"), rs.getTimestamp("deadline").toInstant(), rs.getInt("chases"), rs.getString("answer"),
        rs.getString("answered_by"), answeredAt == null ? null : answeredAt.toInstant());
  }
}
