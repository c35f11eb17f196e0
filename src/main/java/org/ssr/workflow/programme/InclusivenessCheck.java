package org.ssr.workflow.programme;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Step 1's inclusiveness check: consensus may only be declared once every required segment of society has been heard
 * in at least one dialog session. Knows nothing of the engine.
 */
@Service
public class InclusivenessCheck {

  public static final String NOTHING_MISSING = ProgrammeWords.ENGLISH.text("segments.allHeard");

  public InclusivenessResult check(
      Collection<String> required, Collection<String> heardBefore, Collection<String> presentNow) {
    LinkedHashSet<String> heard = new LinkedHashSet<>();
    addAll(heard, heardBefore);
    addAll(heard, presentNow);
    List<String> missing = new ArrayList<>();
    if (required != null) {
      for (String segment : required) {
        if (segment != null && !segment.isBlank() && !heard.contains(segment) && !missing.contains(segment)) {
          missing.add(segment);
        }
      }
    }
    return new InclusivenessResult(new ArrayList<>(heard), missing, missingText(missing, ProgrammeWords.ENGLISH));
  }

  /** The segments not heard yet, as the next dialog form shows them in the programme's language. */
  public static String missingText(List<String> missing, ProgrammeWords words) {
    return missing.isEmpty() ? words.text("segments.allHeard") : words.text("segments.missing", words.segments(missing));
  }

  private static void addAll(LinkedHashSet<String> target, Collection<String> values) {
    if (values != null) {
      values.stream().filter(v -> v != null && !v.isBlank()).forEach(target::add);
    }
  }
}
