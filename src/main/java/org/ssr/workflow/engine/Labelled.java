package org.ssr.workflow.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A constant of one of the application's catalogues (segments, institutions, risk categories and levels, review
 * kinds): known outside Java by its {@link #id()} (form values, DMN inputs and outputs, variables, the call-activity
 * contract) and shown to people by its {@link #label()}. The lookups by id live here once.
 */
public interface Labelled {

  String id();

  String label();

  static <E extends Enum<E> & Labelled> Optional<E> byId(Class<E> type, String id) {
    return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.id().equals(id)).findFirst();
  }

  /** The label of an id; an id the catalogue does not know is shown as it is. */
  static <E extends Enum<E> & Labelled> String labelOf(Class<E> type, String id) {
    return byId(type, id).map(Labelled::label).orElse(id);
  }

  static <E extends Enum<E> & Labelled> List<String> ids(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Labelled::id).toList();
  }
}
