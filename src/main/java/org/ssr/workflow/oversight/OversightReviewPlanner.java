package org.ssr.workflow.oversight;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Checks a review request against the call-activity contract and works out its schedule: when the review is due (the
 * chase) and when it is escalated. Durations are ISO-8601 (P21D, PT12H, P1M) as the engine's timers read them. Knows
 * nothing of Camunda.
 */
@Service
public class OversightReviewPlanner {

  /** Camunda group ids: the engine's whitelist. */
  private static final Pattern GROUP_ID = Pattern.compile("[a-zA-Z0-9]+");

  private static final DatatypeFactory DATATYPES;

  static {
    try {
      DATATYPES = DatatypeFactory.newInstance();
    } catch (DatatypeConfigurationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final String defaultDeadline;
  private final String defaultEscalationDelay;

  public OversightReviewPlanner(
      @Value("${ssr.review.default-deadline:P21D}") String defaultDeadline,
      @Value("${ssr.review.escalation-delay:P7D}") String defaultEscalationDelay) {
    this.defaultDeadline = requirePositive(defaultDeadline, "ssr.review.default-deadline");
    this.defaultEscalationDelay = requirePositive(defaultEscalationDelay, "ssr.review.escalation-delay");
  }

  /** The checked request with its schedule. */
  public record ReviewPlan(
      ReviewKind kind,
      List<String> groups,
      String deadline,
      String escalationDelay,
      Instant dueAt,
      Instant escalationAt) {}

  /**
   * Checks the request and plans it from {@code now}; a missing deadline or escalation delay takes the configured
   * default.
   */
  public ReviewPlan plan(String kind, String subject, Integer version, Collection<?> groups, String deadline,
      String escalationDelay, Instant now) {
    ReviewKind reviewKind = ReviewKind.fromCode(kind);
    if (subject == null || subject.isBlank()) {
      throw new InvalidReviewRequestException("reviewSubject is required: the title of the document under review");
    }
    if (version == null || version < 1) {
      throw new InvalidReviewRequestException("reviewVersion must be 1 or more, not " + version);
    }
    List<String> reviewGroups = groups(groups);
    String due = deadline == null || deadline.isBlank() ? defaultDeadline : requirePositive(deadline, "reviewDeadline");
    String delay = escalationDelay == null || escalationDelay.isBlank()
        ? defaultEscalationDelay
        : requirePositive(escalationDelay, "reviewEscalationDelay");
    Instant dueAt = add(now, due);
    return new ReviewPlan(reviewKind, reviewGroups, due, delay, dueAt, add(dueAt, delay));
  }

  private static List<String> groups(Collection<?> groups) {
    if (groups == null || groups.isEmpty()) {
      throw new InvalidReviewRequestException("reviewGroups is required: at least one oversight body must review");
    }
    Set<String> result = new LinkedHashSet<>();
    for (Object group : groups) {
      String id = group == null ? null : group.toString().trim();
      if (id == null || !GROUP_ID.matcher(id).matches()) {
        throw new InvalidReviewRequestException("Not a group id in reviewGroups: '" + group + "'");
      }
      if (!result.add(id)) {
        throw new InvalidReviewRequestException("Group " + id + " appears twice in reviewGroups " + groups);
      }
    }
    return new ArrayList<>(result);
  }

  private static String requirePositive(String duration, String name) {
    Duration parsed;
    try {
      parsed = DATATYPES.newDuration(duration.trim());
    } catch (RuntimeException e) {
      throw new InvalidReviewRequestException(
          name + " must be an ISO-8601 duration such as P21D, not '" + duration + "'");
    }
    if (parsed.getSign() <= 0) {
      throw new InvalidReviewRequestException(name + " must be longer than zero, not '" + duration + "'");
    }
    return duration.trim();
  }

  private static Instant add(Instant start, String duration) {
    Date date = Date.from(start);
    DATATYPES.newDuration(duration).addTo(date);
    return date.toInstant();
  }
}
