package org.ssr.workflow.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Donor alignment (issue 15): the pledges per priority of the National Security Policy, the pledges that name none
 * (not aligned), and the national share of the plan's funding against the target set at set-up. A pledge naming
 * several priorities counts in full under each of them (the per-priority amounts may add up to more than was
 * pledged); the totals count it once. Knows nothing of Camunda.
 *
 * @param nationalShare percent of the required amount funded by the national budget (null without a plan)
 * @param nationalShareTarget percent set at set-up (null when none was set)
 * @param targetMet null when either is unknown
 */
public record DonorAlignment(
    List<PriorityPledges> byPriority,
    List<DonorPledge> unaligned,
    BigDecimal pledged,
    BigDecimal alignedPledged,
    BigDecimal nationalShare,
    BigDecimal nationalShareTarget,
    Boolean targetMet) {

  /** The pledges naming one priority. */
  public record PriorityPledges(String priorityId, String priority, BigDecimal amount, int pledges,
      List<String> donors) {}

  /**
   * @param nationalShareFraction the plan's national share as {@link PlanTotals#nationalShare()} gives it (0..1), null
   *     without a plan
   */
  public static DonorAlignment of(PlanContext context, List<DonorPledge> pledges, BigDecimal nationalShareFraction) {
    Map<String, BigDecimal> amounts = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, Set<String>> donors = new LinkedHashMap<>();
    Map<String, String> texts = new LinkedHashMap<>();
    for (StrategyPriority p : context.priorities()) {
      amounts.put(p.id(), zero());
      counts.put(p.id(), 0);
      donors.put(p.id(), new LinkedHashSet<>());
      texts.put(p.id(), p.text());
    }
    BigDecimal pledged = zero();
    BigDecimal aligned = zero();
    List<DonorPledge> unaligned = new ArrayList<>();
    for (DonorPledge pledge : pledges) {
      pledged = pledged.add(pledge.amount());
      if (!pledge.aligned()) {
        unaligned.add(pledge);
        continue;
      }
      aligned = aligned.add(pledge.amount());
      for (String id : pledge.priorityIds()) {
        amounts.merge(id, pledge.amount(), BigDecimal::add);
        counts.merge(id, 1, Integer::sum);
        donors.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(pledge.donor());
        // a priority no longer in the NSP keeps its id, so the pledge stays visible
        texts.putIfAbsent(id, "(not a priority of the current NSP)");
      }
    }
    List<PriorityPledges> byPriority = new ArrayList<>();
    amounts.forEach((id, amount) -> byPriority.add(new PriorityPledges(id, texts.get(id), amount, counts.get(id),
        List.copyOf(donors.get(id)))));
    BigDecimal share = nationalShareFraction == null ? null
        : nationalShareFraction.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP);
    BigDecimal target = context.nationalShareTarget();
    Boolean met = share == null || target == null ? null : share.compareTo(target) >= 0;
    return new DonorAlignment(List.copyOf(byPriority), List.copyOf(unaligned), pledged, aligned, share, target, met);
  }

  private static BigDecimal zero() {
    return BigDecimal.ZERO.setScale(2);
  }
}
