package org.ssr.workflow.oversight;

import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Plain-language names of the oversight bodies for task names and forms (seed wording); any other group is shown by
 * its id. Referenced in the model as {@code ${oversightBodyNames.nameOf(reviewGroup)}}.
 */
@Component(OversightReviewProcess.Beans.BODY_NAMES)
public class OversightBodies {

  private static final Map<String, String> NAMES = Map.of(
      "parliamentOversight", "Parliament (defence and security committee)",
      "justiceOversight", "Justice system oversight",
      "civilSocietyMonitor", "Independent joint oversight platform (civil society)");

  public String nameOf(String groupId) {
    return NAMES.getOrDefault(groupId, groupId);
  }
}
