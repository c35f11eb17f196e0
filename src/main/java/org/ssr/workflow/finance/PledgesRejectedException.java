package org.ssr.workflow.finance;

import java.util.List;
import org.ssr.workflow.engine.Languages;
import org.ssr.workflow.engine.Messages;
import org.ssr.workflow.engine.RejectedInput;

/**
 * Pledges a donor entered that cannot be stored; the messages say which and why. Thrown inside the donor's form
 * submission, so nothing is stored and the donor sees the message (400 on both REST APIs) and corrects the form; in
 * the donor's language (docs/languages.md), words in i18n/finance {@code refused.pledge*}.
 */
public class PledgesRejectedException extends RuntimeException implements RejectedInput {

  private final List<String> problems;

  public PledgesRejectedException(List<String> problems) {
    this(Languages.ENGLISH, problems);
  }

  /** The problems ({@link #problem}) refused in {@code language}: the donor's (docs/languages.md). */
  public PledgesRejectedException(String language, List<String> problems) {
    super(Messages.of("finance", language).text("refused.pledges", String.join("; ", problems)));
    this.problems = List.copyOf(problems);
  }

  /** One problem in {@code language}: {@code refused.pledge.<key>} of i18n/finance, arguments as text. */
  static String problem(String language, String key, Object... args) {
    return Messages.of("finance", language).text("refused.pledge." + key, args);
  }

  public List<String> problems() {
    return problems;
  }
}
