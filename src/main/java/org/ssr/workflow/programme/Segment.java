package org.ssr.workflow.programme;

import java.util.List;
import org.ssr.workflow.engine.Labelled;

/**
 * Segments of society that a national dialog must hear (seed, step 1: "all segments of society, e.g. youth, women's
 * groups, religious leaders, business actors, and traditional authorities"), plus civil society and security-sector
 * personnel.
 */
public enum Segment implements Labelled {
  YOUTH("youth", "Youth"),
  WOMENS_GROUPS("womensGroups", "Women's groups"),
  RELIGIOUS_LEADERS("religiousLeaders", "Religious leaders"),
  BUSINESS_ACTORS("businessActors", "Business actors"),
  TRADITIONAL_AUTHORITIES("traditionalAuthorities", "Traditional authorities"),
  CIVIL_SOCIETY("civilSociety", "Civil society"),
  SECURITY_SECTOR_PERSONNEL("securitySectorPersonnel", "Security-sector personnel"),
  /**
   * "Armed groups such as militias, paramilitaries, local defense groups": parties a post-conflict dialog must hear
   * (ReformContext), not a default of every programme.
   */
  ARMED_GROUPS("armedGroups", "Armed groups (militias, paramilitaries, local defence groups)");

  private final String id;
  private final String label;

  Segment(String id, String label) {
    this.id = id;
    this.label = label;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String label() {
    return label;
  }

  /** The segments every dialog must hear unless the set-up says otherwise (armed groups only in post-conflict). */
  public static List<String> defaultIds() {
    return Labelled.ids(Segment.class).stream().filter(id -> !id.equals(ARMED_GROUPS.id)).toList();
  }

  /**
   * What oversight reads about the segments left out of the dialog: those of {@link #REMOVAL_NEEDS_JUSTIFICATION}
   * missing from the required segments, and the set-up's justification; null when none is missing.
   */
  public static String removalNote(List<String> requiredSegments, String justification) {
    List<String> removed = REMOVAL_NEEDS_JUSTIFICATION.stream().filter(s -> !requiredSegments.contains(s.id))
        .map(Segment::label).toList();
    if (removed.isEmpty()) {
      return null;
    }
    return "The national dialog was not required to hear: " + String.join(", ", removed)
        + ". Justification given at set-up: " + (justification == null || justification.isBlank() ? "none"
        : justification.trim());
  }

  /** Segments whose removal from the required segments needs a written justification at set-up. */
  public static final List<Segment> REMOVAL_NEEDS_JUSTIFICATION = List.of(WOMENS_GROUPS, YOUTH);

  /** The plain-language name of a segment id; an id the catalogue does not know is shown as it is. */
  public static String labelOf(String id) {
    return Labelled.labelOf(Segment.class, id);
  }
}
