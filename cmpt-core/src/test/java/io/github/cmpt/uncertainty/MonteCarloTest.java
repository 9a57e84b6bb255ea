package io.github.cmpt.uncertainty;

import static io.github.cmpt.uncertainty.Fixtures.LOW;
import static io.github.cmpt.uncertainty.Fixtures.MODERATE;
import static io.github.cmpt.uncertainty.Fixtures.OT;
import static io.github.cmpt.uncertainty.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.cmpt.plan.CaseloadPlan;
import io.github.cmpt.plan.PlanParameter;
import io.github.cmpt.plan.PlanResult;
import io.github.cmpt.vocabulary.ActivityKind;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MonteCarloTest {

  private static final CaseloadPlan PLAN = Fixtures.plan();
  private static final PlanParameter LOW_EPISODES = PlanParameter.episodesPerYear(LOW);
  private static final PlanParameter ASSESSMENT =
      PlanParameter.activityMinutes(MODERATE, ActivityKind.ASSESSMENT, OT);

  private static UncertainPlan threeRanges() {
    return UncertainPlan.builder(PLAN)
        .vary(LOW_EPISODES, Distribution.parse("pert(90, 120, 160)"))
        .vary(ASSESSMENT, Distribution.parse("triangular(90, 120, 180)"))
        .varyTogether("leave", Distribution.parse("uniform(0.8, 1.3)"),
            PlanParameter.leaveDays(io.github.cmpt.vocabulary.LeaveType.VACATION),
            PlanParameter.leaveDays(io.github.cmpt.vocabulary.LeaveType.STATUTORY_HOLIDAYS))
        .vary(PlanParameter.groupSize(MODERATE, OT), Distribution.parse("uniform(3, 6)"))
        .build();
  }

  private static double[] figures(MonteCarlo mc) {
    SampleSummary f = mc.fteRequired(OT);
    SampleSummary g = mc.gapFte(OT);
    SampleSummary c = mc.capacityEpisodes();
    double[] p = {5, 50, 80, 90, 95};
    double[] out = new double[5 * p.length + 4];
    int i = 0;
    for (double q : p) {
      out[i++] = f.percentile(q);
      out[i++] = f.standardError(q);
      out[i++] = g.percentile(q);
      out[i++] = c.percentile(q);
      out[i++] = mc.capacityConcurrent().percentile(q);
    }
    out[i++] = f.mean();
    out[i++] = g.mean();
    out[i++] = mc.probabilityUnderstaffed(OT);
    out[i] = c.mean();
    return out;
  }

  @Test
  void theSameSeedGivesBitIdenticalResultsWithAnyNumberOfThreads() {
    UncertainPlan u = threeRanges();
    double[] one = figures(MonteCarlo.of(u, 20_000, 42));
    assertThat(figures(MonteCarlo.of(u, 20_000, 42))).containsExactly(one);
    for (int threads : new int[] {2, 3, 7}) {
      assertThat(figures(MonteCarlo.of(u, 20_000, 42, threads))).as("%s threads", threads)
          .containsExactly(one);
    }
    assertThat(MonteCarlo.of(u, 20_000, 42, 3).fteRequired(OT).toArray())
        .containsExactly(MonteCarlo.of(u, 20_000, 42).fteRequired(OT).toArray());
  }

  @Test
  void differentSeedsGiveDifferentSamples() {
    UncertainPlan u = threeRanges();
    double[] a = MonteCarlo.of(u, 1000, 1).fteRequired(OT).toArray();
    double[] b = MonteCarlo.of(u, 1000, 2).fteRequired(OT).toArray();
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void singlePointRangesGiveTheBasePlanInEverySample() {
    PlanResult base = PlanResult.of(PLAN);
    UncertainPlan u =
        UncertainPlan.builder(PLAN)
            .vary(LOW_EPISODES, Distribution.parse("pert(120, 120, 120)"))
            .vary(ASSESSMENT, Distribution.point(d("120")))
            .build();
    MonteCarlo mc = MonteCarlo.of(u, 500, 9);
    double fte = base.match(OT).fteRequired().toBigDecimal().doubleValue();
    assertThat(mc.fteRequired(OT).min()).isCloseTo(fte, within(1e-12));
    assertThat(mc.fteRequired(OT).max()).isEqualTo(mc.fteRequired(OT).min());
    assertThat(mc.fteRequired(OT).standardError(80)).isZero();
    assertThat(mc.probabilityUnderstaffed(OT)).isEqualTo(1.0); // 1.2 available < 1.36 required
    assertThat(mc.probabilityUnderstaffedStandardError(OT)).isZero();
  }

  @Test
  void anFteLinearInOneTriangularParameterHasTheTriangularMeanAndPercentiles() {
    // FTE required = (8 e + 1152) / 1552.5 with e = episodesPerYear[1] ~ triangular(60, 100, 180)
    double a = 60;
    double m = 100;
    double b = 180;
    UncertainPlan u =
        UncertainPlan.builder(PLAN)
            .vary(LOW_EPISODES, Distribution.triangular(d("60"), d("100"), d("180")))
            .build();
    int n = 200_000;
    MonteCarlo mc = MonteCarlo.of(u, n, 2026, 2);
    SampleSummary fte = mc.fteRequired(OT);
    double mean = (8 * (a + m + b) / 3 + 1152) / 1552.5;
    double sd = 8 / 1552.5 * Math.sqrt((a * a + m * m + b * b - a * m - a * b - m * b) / 18);
    assertThat(fte.mean()).isCloseTo(mean, within(4 * sd / Math.sqrt(n)));
    assertThat(fte.meanStandardError())
        .isCloseTo(sd / Math.sqrt(n), within(0.05 * sd / Math.sqrt(n)));
    for (double p : new double[] {5, 50, 80, 90, 95}) {
      double q = p / 100;
      double fc = (m - a) / (b - a);
      double x = q < fc ? a + Math.sqrt(q * (b - a) * (m - a))
          : b - Math.sqrt((1 - q) * (b - a) * (b - m));
      double expected = (8 * x + 1152) / 1552.5;
      double se = fte.standardError(p);
      assertThat(se).isPositive();
      assertThat(fte.percentile(p)).as("P%s", p).isCloseTo(expected, within(4 * se));
      // the standard error is that of a sample quantile, sqrt(q(1-q)/n) / density
      double density =
          x < m ? 2 * (x - a) / ((b - a) * (m - a)) : 2 * (b - x) / ((b - a) * (b - m));
      double exactSe = Math.sqrt(q * (1 - q) / n) / density * 8 / 1552.5;
      assertThat(se).as("SE of P%s", p).isCloseTo(exactSe, within(0.25 * exactSe));
    }
    // staff to the 80th percentile: the FTE required in 80% of outcomes or fewer
    assertThat(fte.shareBelow(mc.fteToMeetDemand(OT, 80))).isCloseTo(0.8, within(1e-4));
    // understaffed when FTE required > 1.2, that is e > (1.2 x 1552.5 - 1152) / 8 = 88.875
    double e = (1.2 * 1552.5 - 1152) / 8;
    double below = (e - a) * (e - a) / ((b - a) * (m - a));
    assertThat(mc.probabilityUnderstaffed(OT))
        .isCloseTo(1 - below, within(4 * mc.probabilityUnderstaffedStandardError(OT)));
  }

  @Test
  void wideningARangeAboutItsMostLikelyValueNeverNarrowsTheInterval() {
    // the same seed gives the same uniforms, and each sample moves away from the mode
    for (String kind : new String[] {"triangular", "pert", "uniform"}) {
      double previousLow = Double.POSITIVE_INFINITY;
      double previousHigh = Double.NEGATIVE_INFINITY;
      for (int w = 0; w <= 40; w += 5) {
        BigDecimal lo = d("120").subtract(BigDecimal.valueOf(w));
        BigDecimal hi = d("120").add(BigDecimal.valueOf(2L * w));
        Distribution dist =
            kind.equals("uniform")
                ? Distribution.uniform(lo, hi)
                : Distribution.parse(kind + "(" + lo + ", 120, " + hi + ")");
        UncertainPlan u =
            UncertainPlan.builder(PLAN)
                .vary(ASSESSMENT, dist)
                .vary(LOW_EPISODES, Distribution.parse("point(120)"))
                .build();
        SampleSummary f = MonteCarlo.of(u, 2000, 5).fteRequired(OT);
        assertThat(f.percentile(5)).as("%s %s", kind, w).isLessThanOrEqualTo(previousLow);
        assertThat(f.percentile(95)).as("%s %s", kind, w).isGreaterThanOrEqualTo(previousHigh);
        previousLow = f.percentile(5);
        previousHigh = f.percentile(95);
      }
    }
  }

  @Test
  void aSampleThatIsNotAPossiblePlanIsReportedWithTheClash() {
    UncertainPlan u =
        UncertainPlan.builder(PLAN)
            .vary(PlanParameter.leaveDays(io.github.cmpt.vocabulary.LeaveType.VACATION),
                Distribution.parse("uniform(0, 300)"))
            .build();
    assertThatThrownBy(() -> MonteCarlo.of(u, 1000, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("of seed 1 is not a possible plan")
        .hasMessageContaining("exceeds paid hours");
  }

  @Test
  void badCountsAreRejected() {
    UncertainPlan u = threeRanges();
    assertThatThrownBy(() -> MonteCarlo.of(u, 0, 1)).hasMessageContaining("samples");
    assertThatThrownBy(() -> MonteCarlo.of(u, 10, 1, 0)).hasMessageContaining("threads");
  }

  @Test
  void theTableShowsThePercentilesWithTheirErrors() {
    MonteCarlo mc = MonteCarlo.of(threeRanges(), 5000, 3);
    String text = mc.toTable().toText();
    assertThat(text).contains("FTE required (OT)").contains("P80").contains("±")
        .contains("Capacity (episodes/year)");
    assertThat(mc.toTable().rows().get(0).get(4).toString())
        .startsWith(MonteCarlo.decimal(mc.fteToMeetDemand(OT, 80), 2).toPlainString());
  }
}
