package org.ssr.workflow.programme;

import java.util.ArrayList;
import java.util.List;
import org.ssr.workflow.engine.Labelled;

/**
 * The kind of reform context a programme starts from, in the source's words: SSR undertaken "in post-conflict
 * countries", by "post-authoritarian states" that "sought to change their civil-military relations", or "to make more
 * efficient use of its resources" within "a modernization and development agenda". It drives the set-up's defaults
 * (docs/programme.md, "Reform context"): the segments the dialog must hear when the form names none, and the steps
 * scoping suggests.
 */
public enum ReformContext implements Labelled {
  POST_CONFLICT("postConflict", "Post-conflict", List.of(Segment.ARMED_GROUPS), List.of()),
  POST_AUTHORITARIAN("postAuthoritarian", "Post-authoritarian", List.of(), List.of(3)),
  DEVELOPMENT_AND_EFFICIENCY("developmentEfficiency", "Development and efficiency", List.of(), List.of(3));

  private final String id;
  private final String label;
  private final List<Segment> extraSegments;
  private final List<Integer> stepsSuggestedNotToApply;

  ReformContext(String id, String label, List<Segment> extraSegments, List<Integer> stepsSuggestedNotToApply) {
    this.id = id;
    this.label = label;
    this.extraSegments = extraSegments;
    this.stepsSuggestedNotToApply = stepsSuggestedNotToApply;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String label() {
    return label;
  }

  /** The segments a dialog in this context must hear when the set-up names none. */
  public List<String> defaultSegments() {
    List<String> segments = new ArrayList<>(Segment.defaultIds());
    extraSegments.forEach(segment -> segments.add(segment.id()));
    return segments;
  }

  /**
   * The optional steps scoping suggests declaring not applicable (said in {@link #scopingSuggestion()}); the
   * coordination unit still decides each step on the scoping form.
   */
  public List<Integer> stepsSuggestedNotToApply() {
    return stepsSuggestedNotToApply;
  }

  /** What the scoping form says about this context's suggestion (English). */
  public String scopingSuggestion() {
    return scopingSuggestion(ProgrammeWords.ENGLISH);
  }

  /** What the scoping form says about this context's suggestion, in the programme's language. */
  public String scopingSuggestion(ProgrammeWords words) {
    return words.text("scoping." + id());
  }
}
