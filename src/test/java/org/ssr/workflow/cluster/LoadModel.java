package org.ssr.workflow.cluster;

import java.util.Locale;

/**
 * The load model of issue 18 (docs/benchmarks.md, "Load model"): what one national or regional installation holds.
 * The figures at full scale are {@link #FULL}; {@link #of(String)} reads a smaller or larger one from the command line
 * ({@code programmes=20,openTasks=1000,users=30,years=2,longProgrammes=20,seed=18}).
 *
 * @param programmes programmes driven through the REST API from the start form to their implementation phase
 * @param years yearly implementation cycles of each long programme (its {@code programme-implementation} driven
 *     year by year through the REST API after its planning)
 * @param longProgrammes how many of the programmes ({@code LM-001} on) are driven through their {@code years}
 *     cycles; the others stay at the start of their implementation. At most {@code programmes}; a larger value
 *     means all
 * @param openTasks open review tasks of the busiest group ({@code parliamentOversight})
 * @param users people using the installation besides the demo users, spread over the roles (members of the
 *     same groups)
 * @param seed the seed of every random choice: the same model builds the same database
 */
public record LoadModel(int programmes, int years, int longProgrammes, int openTasks, int users, long seed) {

  /** Programmes of {@link #FULL} with all {@code years} cycles. */
  public static final int LONG_PROGRAMMES = 20;

  /** The model at full scale (docs/benchmarks.md, "The load model", says why only some programmes are long). */
  public static final LoadModel FULL = new LoadModel(200, 20, LONG_PROGRAMMES, 10_000, 30, 18L);

  /** The programmes driven through their yearly cycles: the first {@code longProgrammes}, at most all. */
  public int longOnes() {
    return Math.min(programmes, longProgrammes);
  }

  /** {@code key=value} pairs separated by commas; keys not named keep {@link #FULL}'s value. */
  public static LoadModel of(String spec) {
    LoadModel model = FULL;
    if (spec == null || spec.isBlank() || spec.equals("full")) {
      return model;
    }
    for (String pair : spec.split(",")) {
      String[] kv = pair.trim().split("=", 2);
      if (kv.length != 2) {
        throw new IllegalArgumentException("load model: expected key=value, got '" + pair + "'");
      }
      long value = Long.parseLong(kv[1].trim());
      model = switch (kv[0].trim()) {
        case "programmes" -> new LoadModel((int) value, model.years, model.longProgrammes, model.openTasks,
            model.users, model.seed);
        case "years" -> new LoadModel(model.programmes, (int) value, model.longProgrammes, model.openTasks,
            model.users, model.seed);
        case "longProgrammes" -> new LoadModel(model.programmes, model.years, (int) value, model.openTasks,
            model.users, model.seed);
        case "openTasks" -> new LoadModel(model.programmes, model.years, model.longProgrammes, (int) value,
            model.users, model.seed);
        case "users" -> new LoadModel(model.programmes, model.years, model.longProgrammes, model.openTasks,
            (int) value, model.seed);
        case "seed" -> new LoadModel(model.programmes, model.years, model.longProgrammes, model.openTasks,
            model.users, value);
        default -> throw new IllegalArgumentException("load model: unknown key '" + kv[0] + "'");
      };
    }
    return model;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "programmes=%d,years=%d,longProgrammes=%d,openTasks=%d,users=%d,seed=%d",
        programmes, years, longProgrammes, openTasks, users, seed);
  }
}
