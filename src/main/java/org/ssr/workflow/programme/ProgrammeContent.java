package org.ssr.workflow.programme;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The programme's negotiated content as data (issue 15): the threats of the strategic analysis (step 5), the
 * priorities of the National Security Policy (step 6), each resting on agreements of the dialog's ledger and answering
 * threats, and the gaps of the gap analysis (step 8), each of one institution and citing priorities. The strategy's
 * actions cite gaps and priorities ({@link TransformationAction}). Each item has an id the programme never reuses:
 * T-1.., P-1.., G-1..; a form sends new items without an id and they get the next free number.
 *
 * <p>Reading is lenient for what is stored (a programme from before issue 15 has no lists: empty lists, never an
 * error); checking what a person submits is strict and names the item and what to do
 * ({@link ProgrammeInputRejectedException}). Knows nothing of the engine.
 */
public final class ProgrammeContent {

  public static final String THREAT_PREFIX = "T-";
  public static final String PRIORITY_PREFIX = "P-";
  public static final String GAP_PREFIX = "G-";

  /** A threat to the national vision found by the strategic analysis. */
  public record Threat(String id, String text) {
    public Map<String, Object> toMap() {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("id", id);
      map.put("text", text);
      return map;
    }
  }

  /** A priority of action of the NSP: the agreements of the dialog it rests on and the threats it answers. */
  public record Priority(String id, String text, List<String> agreementIds, List<String> threatIds) {
    public Priority {
      agreementIds = agreementIds == null ? List.of() : List.copyOf(agreementIds);
      threatIds = threatIds == null ? List.of() : List.copyOf(threatIds);
    }

    public Map<String, Object> toMap() {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("id", id);
      map.put("text", text);
      map.put("agreementIds", agreementIds);
      map.put("threatIds", threatIds);
      return map;
    }
  }

  /** A gap between an institution's present capacity and its stated tasks, citing the priorities it concerns. */
  public record Gap(String id, String institution, String text, List<String> priorityIds) {
    public Gap {
      priorityIds = priorityIds == null ? List.of() : List.copyOf(priorityIds);
    }

    public Map<String, Object> toMap() {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("id", id);
      map.put("institution", institution);
      map.put("text", text);
      map.put("priorityIds", priorityIds);
      return map;
    }
  }

  private ProgrammeContent() {}

  // ---------------------------------------------------------------- checking what a person submitted

  /** The threats as the strategic-analysis form's list submitted them ({text}, optionally {id}). */
  public static List<Threat> threats(List<Map<String, Object>> rows) {
    return threats(rows, null);
  }

  /** As above, refused in the language of the person submitting, else {@code programmeLanguage}. */
  public static List<Threat> threats(List<Map<String, Object>> rows, String programmeLanguage) {
    return items(rows, THREAT_PREFIX, "threat", ProgrammeInputRejectedException.words(programmeLanguage),
        (values, text, where, id) -> new Threat(id.get(), text));
  }

  /**
   * The NSP's priorities as its upload form submitted them ({id?, text, agreementIds, threatIds}).
   *
   * @param agreementIds the ids of the agreements ledger; a priority may cite only these
   * @param threatIds the ids of the threats of the strategic analysis
   */
  public static List<Priority> priorities(List<Map<String, Object>> rows, Set<String> agreementIds,
      Set<String> threatIds) {
    return priorities(rows, agreementIds, threatIds, null);
  }

  /** As above, refused in the language of the person submitting, else {@code programmeLanguage}. */
  public static List<Priority> priorities(List<Map<String, Object>> rows, Set<String> agreementIds,
      Set<String> threatIds, String programmeLanguage) {
    ProgrammeWords words = ProgrammeInputRejectedException.words(programmeLanguage);
    return items(rows, PRIORITY_PREFIX, "priority", words,
        (values, text, where, id) -> {
          List<String> agreements = cited(values.get("agreementIds"), agreementIds, where, "agreement", words);
          List<String> threats = cited(values.get("threatIds"), threatIds, where, "threat", words);
          return new Priority(id.get(), text, agreements, threats);
        });
  }

  /**
   * The gaps as the gap-analysis form's list submitted them ({id?, institution, text, priorityIds}).
   *
   * @param institutions the institutions in scope; a gap is one institution's
   * @param priorityIds the ids of the NSP's priorities
   */
  public static List<Gap> gaps(List<Map<String, Object>> rows, Collection<String> institutions,
      Set<String> priorityIds) {
    return gaps(rows, institutions, priorityIds, null);
  }

  /** As above, refused in the language of the person submitting, else {@code programmeLanguage}. */
  public static List<Gap> gaps(List<Map<String, Object>> rows, Collection<String> institutions,
      Set<String> priorityIds, String programmeLanguage) {
    ProgrammeWords words = ProgrammeInputRejectedException.words(programmeLanguage);
    return items(rows, GAP_PREFIX, "gap", words, (values, text, where, id) -> {
      String institution = text(values.get("institution"));
      if (!institutions.contains(institution)) {
        throw ProgrammeInputRejectedException.refused(words, "content.institution", where,
            String.join(", ", institutions));
      }
      List<String> priorities = cited(values.get("priorityIds"), priorityIds, where, "priority", words);
      return new Gap(id.get(), institution, text, priorities);
    });
  }

  /** Reads one submitted row whose text is there; {@code id} gives its kept or next free id once it is valid. */
  @FunctionalInterface
  private interface RowReader<T> {
    T read(Map<String, Object> values, String text, String where, Supplier<String> id);
  }

  /**
   * The one rule of the three lists: a row where nothing is filled in (every field blank or an empty list) is the
   * form's empty row and dropped; a row with anything in it needs its text ({@code whatToWrite} otherwise); every
   * refusal names the item as the form shows it, {@code <label> <row> (<id>)} ({@code refused.content.<kind>.*}).
   */
  private static <T> List<T> items(List<Map<String, Object>> rows, String prefix, String kind, ProgrammeWords words,
      RowReader<T> reader) {
    List<T> items = new ArrayList<>();
    Ids ids = new Ids(prefix, rows, words);
    int row = 0;
    for (Map<String, Object> values : rows) {
      row++;
      if (values.values().stream().allMatch(ProgrammeContent::blank)) {
        continue;
      }
      String given = text(values.get("id"));
      String where = given.isEmpty() ? words.text("refused.content." + kind + ".where", row)
          : words.text("refused.content." + kind + ".whereId", row, given);
      String text = text(values.get("text"));
      if (text.isEmpty()) {
        throw ProgrammeInputRejectedException.refused(words, "content." + kind + ".text", where);
      }
      items.add(reader.read(values, text, where, () -> ids.idOf(values, where)));
    }
    return items;
  }

  private static boolean blank(Object value) {
    return value instanceof Collection<?> list ? list.stream().allMatch(ProgrammeContent::blank)
        : text(value).isEmpty();
  }

  /**
   * The ids a submitted item cites, each one of {@code known}; a list, a single id or nothing.
   *
   * @param where the item as the refusal names it ("Priority 2 (P-2)")
   * @param what the kind cited: agreement, threat, priority, gap ({@code refused.content.cited.<what>.*})
   */
  static List<String> cited(Object raw, Set<String> known, String where, String what, ProgrammeWords words) {
    Set<String> ids = new LinkedHashSet<>();
    if (raw instanceof Collection<?> list) {
      list.stream().map(ProgrammeContent::text).filter(id -> !id.isEmpty()).forEach(ids::add);
    } else if (!text(raw).isEmpty()) {
      for (String id : text(raw).split("[,;\\s]+")) {
        if (!id.isBlank()) {
          ids.add(id.trim());
        }
      }
    }
    for (String id : ids) {
      if (!known.contains(id)) {
        String prefix = "refused.content.cited." + what;
        throw known.isEmpty()
            ? ProgrammeInputRejectedException.refused(words, "content.citedNone", where, words.text(prefix + ".what"),
                id, words.text(prefix + ".hint"))
            : ProgrammeInputRejectedException.refused(words, "content.cited", where, words.text(prefix + ".what"), id,
                words.text(prefix + ".hint"), String.join(", ", known));
      }
    }
    return List.copyOf(ids);
  }

  // ---------------------------------------------------------------- reading what is stored

  public static List<Threat> storedThreats(List<Map<String, Object>> stored) {
    return stored.stream().map(m -> new Threat(text(m.get("id")), text(m.get("text")))).toList();
  }

  public static List<Priority> storedPriorities(List<Map<String, Object>> stored) {
    return stored.stream().map(m -> new Priority(text(m.get("id")), text(m.get("text")), strings(m.get("agreementIds")),
        strings(m.get("threatIds")))).toList();
  }

  public static List<Gap> storedGaps(List<Map<String, Object>> stored) {
    return stored.stream().map(m -> new Gap(text(m.get("id")), text(m.get("institution")), text(m.get("text")),
        strings(m.get("priorityIds")))).toList();
  }

  /** The ids of the agreements ledger's records (every status: a withdrawn item keeps its id). */
  public static Set<String> agreementIds(List<Map<String, Object>> ledger) {
    Set<String> ids = new LinkedHashSet<>();
    ledger.forEach(item -> {
      String id = text(item.get("id"));
      if (!id.isEmpty()) {
        ids.add(id);
      }
    });
    return ids;
  }

  // ---------------------------------------------------------------- select options

  /** Choices {label, value} for a Camunda Forms select or taglist ({@code valuesKey}). */
  public static <T> List<Map<String, Object>> options(List<T> items, Function<T, String> id,
      Function<T, String> label) {
    List<Map<String, Object>> options = new ArrayList<>();
    for (T item : items) {
      Map<String, Object> option = new LinkedHashMap<>();
      option.put("label", abbreviated(id.apply(item) + " — " + label.apply(item)));
      option.put("value", id.apply(item));
      options.add(option);
    }
    return options;
  }

  public static List<Map<String, Object>> priorityOptions(List<Priority> priorities) {
    return options(priorities, Priority::id, Priority::text);
  }

  public static List<Map<String, Object>> gapOptions(List<Gap> gaps) {
    return gapOptions(gaps, ProgrammeWords.ENGLISH);
  }

  /** The gaps as choices, the institution in the programme's language, the gap as people wrote it. */
  public static List<Map<String, Object>> gapOptions(List<Gap> gaps, ProgrammeWords words) {
    return options(gaps, Gap::id, gap -> words.institution(gap.institution()) + ": " + gap.text());
  }

  public static List<Map<String, Object>> institutionOptions(Collection<String> institutions) {
    return institutionOptions(institutions, ProgrammeWords.ENGLISH);
  }

  public static List<Map<String, Object>> institutionOptions(Collection<String> institutions, ProgrammeWords words) {
    List<Map<String, Object>> options = new ArrayList<>();
    for (String id : institutions) {
      Map<String, Object> option = new LinkedHashMap<>();
      option.put("label", words.institution(id));
      option.put("value", id);
      options.add(option);
    }
    return options;
  }

  static String institutionLabel(String id) {
    return Institution.byId(id).map(Institution::label).orElse(id);
  }

  private static String abbreviated(String text) {
    return text.length() <= 120 ? text : text.substring(0, 119) + "…";
  }

  static List<String> strings(Object raw) {
    if (raw instanceof Collection<?> list) {
      return list.stream().map(ProgrammeContent::text).filter(s -> !s.isEmpty()).toList();
    }
    String text = text(raw);
    return text.isEmpty() ? List.of() : List.of(text.split("[,;\\s]+"));
  }

  static String text(Object value) {
    return value == null ? "" : value.toString().trim();
  }

  /** Keeps the ids items already have (PREFIX + number, unique); numbers the new ones after the highest. */
  private static final class Ids {
    private final String prefix;
    private final Pattern pattern;
    private final Set<String> used = new LinkedHashSet<>();
    private int highest;

    private final ProgrammeWords words;

    Ids(String prefix, List<Map<String, Object>> rows, ProgrammeWords words) {
      this.prefix = prefix;
      this.words = words;
      this.pattern = Pattern.compile(Pattern.quote(prefix) + "(\\d{1,6})");
      for (Map<String, Object> row : rows) {
        Matcher matcher = pattern.matcher(text(row.get("id")).toUpperCase(Locale.ROOT));
        if (matcher.matches()) {
          highest = Math.max(highest, Integer.parseInt(matcher.group(1)));
        }
      }
    }

    String idOf(Map<String, Object> row, String where) {
      String given = text(row.get("id")).toUpperCase(Locale.ROOT);
      if (given.isEmpty()) {
        String id = prefix + (++highest);
        used.add(id);
        return id;
      }
      if (!pattern.matcher(given).matches()) {
        throw ProgrammeInputRejectedException.refused(words, "content.idFormat", where, prefix);
      }
      if (!used.add(given)) {
        throw ProgrammeInputRejectedException.refused(words, "content.idTwice", where, given);
      }
      return given;
    }
  }
}
