package org.ssr.workflow.programme;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/** Checks the actions of the transformation strategy (step 9). Knows nothing of the engine. */
@Service
public class TransformationStrategyService {

  /**
   * @param rows the actions as the form's dynamic list submitted them (id, title, institution, startYear, endYear)
   * @param institutionsInScope institution ids of the programme; an action belongs to one of them
   */
  public List<TransformationAction> actions(List<Map<String, Object>> rows, Collection<String> institutionsInScope) {
    if (rows == null || rows.isEmpty()) {
      throw new ProgrammeInputRejectedException("List at least one action of the transformation strategy.");
    }
    List<TransformationAction> actions = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int row = 0;
    for (Map<String, Object> values : rows) {
      row++;
      String id = text(values.get("id"));
      String title = text(values.get("title"));
      String institution = text(values.get("institution"));
      String where = "Action " + row + (id.isEmpty() ? "" : " (" + id + ")") + ": ";
      if (id.isEmpty() || title.isEmpty()) {
        throw new ProgrammeInputRejectedException(where + "give it an id and a title.");
      }
      if (!ids.add(id)) {
        throw new ProgrammeInputRejectedException(where + "the id is used twice.");
      }
      if (institutionsInScope != null && !institutionsInScope.contains(institution)) {
        throw new ProgrammeInputRejectedException(where + "choose one of the institutions in scope.");
      }
      int start = year(values.get("startYear"), where + "start year");
      int end = year(values.get("endYear"), where + "end year");
      if (end < start) {
        throw new ProgrammeInputRejectedException(where + "the end year is before the start year.");
      }
      actions.add(new TransformationAction(id, title, institution, start, end));
    }
    return actions;
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString().trim();
  }

  private static int year(Object value, String what) {
    int year;
    try {
      year = value instanceof Number number ? number.intValue() : Integer.parseInt(text(value));
    } catch (NumberFormatException e) {
      throw new ProgrammeInputRejectedException(what + " must be a year, e.g. 2027.");
    }
    if (year < 2000 || year > 2100) {
      throw new ProgrammeInputRejectedException(what + " must be between 2000 and 2100.");
    }
    return year;
  }
}
