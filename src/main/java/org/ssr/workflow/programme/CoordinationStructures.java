package org.ssr.workflow.programme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ssr.workflow.engine.Conversions;
import org.ssr.workflow.programme.Institution.OversightBody;

/**
 * Step 4's structures to manage and coordinate SSR (e.g. a national SSR steering committee, a technical secretariat,
 * sector working groups) as records {@code {name, members, mandate}}; the members are chosen from the programme's
 * institutions, oversight bodies and required segments of society. Knows nothing of Camunda.
 */
public final class CoordinationStructures {

  public static final String NAME = "name";
  public static final String MEMBERS = "members";
  public static final String MANDATE = "mandate";

  private CoordinationStructures() {}

  /** The members a structure may have, as {label, value} choices: institutions, oversight bodies, segments. */
  public static List<Map<String, Object>> memberOptions(List<String> institutions, List<String> segments) {
    return memberOptions(institutions, segments, ProgrammeWords.ENGLISH);
  }

  /** The same, labelled in the programme's language. */
  public static List<Map<String, Object>> memberOptions(List<String> institutions, List<String> segments,
      ProgrammeWords words) {
    List<Map<String, Object>> options = new ArrayList<>();
    for (String id : institutions) {
      options.add(option(words.institution(id), id));
    }
    for (String body : OversightBody.ALL) {
      options.add(option(words.body(body), body));
    }
    for (String segment : segments) {
      options.add(option(words.text("option.segment", words.segment(segment)), segment));
    }
    return options;
  }

  /** The submitted structures, checked and trimmed; refused with a message naming the row and what to do. */
  public static List<Map<String, Object>> validate(List<Map<String, Object>> submitted,
      List<Map<String, Object>> memberOptions) {
    return validate(submitted, memberOptions, null);
  }

  /** As above, refused in the language of the person submitting, else {@code programmeLanguage}. */
  public static List<Map<String, Object>> validate(List<Map<String, Object>> submitted,
      List<Map<String, Object>> memberOptions, String programmeLanguage) {
    ProgrammeWords words = ProgrammeInputRejectedException.words(programmeLanguage);
    if (submitted == null || submitted.isEmpty()) {
      throw rejected(words, "none");
    }
    Set<String> known = new LinkedHashSet<>();
    memberOptions.forEach(option -> known.add(String.valueOf(option.get("value"))));
    Set<String> names = new LinkedHashSet<>();
    List<Map<String, Object>> structures = new ArrayList<>();
    int row = 0;
    for (Map<String, Object> entry : submitted) {
      row++;
      String name = Conversions.text("coordinationStructures.name", entry.get(NAME));
      if (name == null || name.isBlank()) {
        throw rejected(words, "name", row);
      }
      name = name.strip();
      if (!names.add(name.toLowerCase(java.util.Locale.ROOT))) {
        throw rejected(words, "twice", name);
      }
      List<String> members = Conversions.strings("coordinationStructures.members", entry.get(MEMBERS));
      if (members.isEmpty()) {
        throw rejected(words, "members", name);
      }
      for (String member : members) {
        if (!known.contains(member)) {
          throw rejected(words, "member", name, member);
        }
      }
      String mandate = Conversions.text("coordinationStructures.mandate", entry.get(MANDATE));
      if (mandate == null || mandate.isBlank()) {
        throw rejected(words, "mandate", name);
      }
      Map<String, Object> structure = new LinkedHashMap<>();
      structure.put(NAME, name);
      structure.put(MEMBERS, new ArrayList<>(new LinkedHashSet<>(members)));
      structure.put(MANDATE, mandate.strip());
      structures.add(structure);
    }
    return structures;
  }

  private static Map<String, Object> option(String label, String value) {
    Map<String, Object> option = new LinkedHashMap<>();
    option.put("label", label);
    option.put("value", value);
    return option;
  }

  private static ProgrammeInputRejectedException rejected(ProgrammeWords words, String key, Object... args) {
    return ProgrammeInputRejectedException.refused(words, "structures", words.text("refused.structures." + key, args));
  }
}
