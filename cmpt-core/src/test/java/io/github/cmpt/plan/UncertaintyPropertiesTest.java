package io.github.cmpt.plan;

import static io.github.cmpt.plan.PlanGenerators.plans;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cmpt.uncertainty.Distribution;
import io.github.cmpt.uncertainty.MonteCarlo;
import io.github.cmpt.uncertainty.Sensitivity;
import io.github.cmpt.uncertainty.UncertainPlan;
import io.github.cmpt.vocabulary.Role;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Laws of the simulation and the sensitivity analysis on generated plans: reproducibility across
 * thread counts, ranges of one point, and wider ranges (common random numbers).
 */
class UncertaintyPropertiesTest {

  /**
   * A demand parameter of the plan that is minutes or a volume, by a pick: a positive volume, or
   * positive minutes of a level whose volume is positive, so that the FTE required moves with it.
   */
  private static PlanParameter demandParameter(CaseloadPlan plan, int pick) {
    java.util.Set<String> levelsWithVolume = new java.util.HashSet<>();
    for (PlanParameter p : plan.parameters()) {
      if ((p.name().startsWith("episodesPerYear[") || p.name().startsWith("concurrent["))
          && plan.get(p).signum() > 0) {
        levelsWithVolume.add(p.name().substring(p.name().indexOf('[') + 1, p.name().length() - 1));
      }
    }
    List<PlanParameter> candidates = new ArrayList<>();
    for (PlanParameter p : plan.parameters()) {
      String name = p.name();
      boolean volume = name.startsWith("episodesPerYear[") || name.startsWith("concurrent[");
      boolean minutes =
          name.startsWith("minutes[")
              && levelsWithVolume.contains(name.substring("minutes[".length(), name.indexOf('/')));
      if ((volume || minutes) && plan.get(p).signum() > 0) {
        candidates.add(p);
      }
    }
    return candidates.get(pick % candidates.size());
  }

  /** {@code triangular(b (1 - w), b, b (1 + w))} about the base value {@code b}. */
  private static Distribution around(BigDecimal base, String width) {
    BigDecimal w = new BigDecimal(width);
    return Distribution.triangular(
        base.multiply(BigDecimal.ONE.subtract(w)), base, base.multiply(BigDecimal.ONE.add(w)));
  }

  @Test
  void theSameSeedGivesTheSameBitsOnOneTwoAndThreeThreads() {
    qt().withExamples(30)
        .forAll(plans(), integers().between(0, 1000), longs().all())
        .checkAssert(
            (plan, pick, seed) -> {
              PlanParameter p = demandParameter(plan, pick);
              UncertainPlan u =
                  UncertainPlan.builder(plan).vary(p, around(plan.get(p), "0.3")).build();
              MonteCarlo one = MonteCarlo.of(u, 3000, seed);
              for (int threads : new int[] {2, 3}) {
                MonteCarlo many = MonteCarlo.of(u, 3000, seed, threads);
                for (Role r : one.roles()) {
                  assertThat(java.util.Arrays.equals(
                          many.fteRequired(r).toArray(), one.fteRequired(r).toArray()))
                      .as("FTE required of %s on %s threads", r, threads).isTrue();
                  assertThat(java.util.Arrays.equals(
                          many.gapFte(r).toArray(), one.gapFte(r).toArray()))
                      .as("gap of %s on %s threads", r, threads).isTrue();
                }
                assertThat(java.util.Arrays.equals(
                        many.capacityEpisodes().toArray(), one.capacityEpisodes().toArray()))
                    .as("capacity on %s threads", threads).isTrue();
              }
              // another seed draws other samples: the FTE required of all roles moves with the
              // parameter (minutes or a volume of some role)
              double[] other = MonteCarlo.of(u, 3000, seed + 1).totalFteRequired().toArray();
              assertThat(java.util.Arrays.equals(other, one.totalFteRequired().toArray()))
                  .as("the same samples for seeds %s and %s", seed, seed + 1)
                  .isFalse();
            });
  }

  @Test
  void aRangeOfOnePointHasNoSwingAndGivesTheBasePlanInEverySample() {
    qt().withExamples(30)
        .forAll(plans(), integers().between(0, 1000))
        .checkAssert(
            (plan, pick) -> {
              PlanParameter p = demandParameter(plan, pick);
              UncertainPlan u =
                  UncertainPlan.builder(plan).vary(p, around(plan.get(p), "0")).build();
              Sensitivity s = Sensitivity.of(u);
              MonteCarlo mc = MonteCarlo.of(u, 200, 1);
              PlanResult exact = PlanResult.of(plan);
              for (Role r : exact.roles()) {
                assertThat(s.swings().get(0).swing(r)).isZero();
                double fte = exact.match(r).fteRequired().toBigDecimal().doubleValue();
                assertThat(mc.fteRequired(r).min()).isEqualTo(mc.fteRequired(r).max());
                assertThat(Math.abs(mc.fteRequired(r).min() - fte))
                    .isLessThanOrEqualTo(1e-12 * Math.max(fte, 1e-300));
              }
            });
  }

  @Test
  void aWiderRangeNeverNarrowsTheFivetoNinetyFiveInterval() {
    qt().withExamples(30)
        .forAll(plans(), integers().between(0, 1000))
        .checkAssert(
            (plan, pick) -> {
              PlanParameter p = demandParameter(plan, pick);
              double[] low = new double[0];
              double[] high = new double[0];
              for (String w : new String[] {"0.1", "0.25", "0.5"}) {
                UncertainPlan u =
                    UncertainPlan.builder(plan).vary(p, around(plan.get(p), w)).build();
                MonteCarlo mc = MonteCarlo.of(u, 2000, 77);
                List<Role> roles = mc.roles();
                double[] l = new double[roles.size()];
                double[] h = new double[roles.size()];
                for (int r = 0; r < roles.size(); r++) {
                  l[r] = mc.fteRequired(roles.get(r)).percentile(5);
                  h[r] = mc.fteRequired(roles.get(r)).percentile(95);
                  if (low.length > 0) {
                    assertThat(l[r]).as("P5 of %s, width %s", roles.get(r), w)
                        .isLessThanOrEqualTo(low[r]);
                    assertThat(h[r]).as("P95 of %s, width %s", roles.get(r), w)
                        .isGreaterThanOrEqualTo(high[r]);
                  }
                }
                low = l;
                high = h;
              }
            });
  }
}
