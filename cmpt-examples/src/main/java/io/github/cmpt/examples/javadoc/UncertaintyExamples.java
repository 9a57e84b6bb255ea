package io.github.cmpt.examples.javadoc;

import io.github.cmpt.estimate.EpisodeAccumulator;
import io.github.cmpt.estimate.LevelEstimate;
import io.github.cmpt.estimate.Statistic;
import io.github.cmpt.plan.CaseloadPlan;
import io.github.cmpt.plan.PlanParameter;
import io.github.cmpt.report.Table;
import io.github.cmpt.uncertainty.Bootstrap;
import io.github.cmpt.uncertainty.Distribution;
import io.github.cmpt.uncertainty.MonteCarlo;
import io.github.cmpt.uncertainty.PlanKernel;
import io.github.cmpt.uncertainty.Sensitivity;
import io.github.cmpt.uncertainty.UncertainPlan;
import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.vocabulary.Role;
import java.math.BigDecimal;
import java.util.List;

/**
 * The examples of the Javadoc of package {@code io.github.cmpt.uncertainty} (ranges, the kernel,
 * the simulation, the sensitivity analysis and the bootstrap), compiled: each method holds the
 * code of one example and returns the value the example is about.
 */
public final class UncertaintyExamples {

  private UncertaintyExamples() {}

  /**
   * What the example of {@link Distribution} gives.
   *
   * @param mean the mean of {@code pert(40, 45, 60)}
   * @param median its median
   * @param parsed the distribution read from text
   */
  public record DistributionFigures(double mean, double median, Distribution parsed) {}

  /**
   * The example of {@link Distribution}: a PERT range of minutes, its mean and median, and a
   * triangular range read from text.
   *
   * @return the figures
   */
  public static DistributionFigures distribution() {
    Distribution minutes = Distribution.pert(new BigDecimal("40"), new BigDecimal("45"),
        new BigDecimal("60"));
    double mean = minutes.mean();            // 46.666...
    double median = minutes.quantile(0.5);     // the median
    Distribution parsed = Distribution.parse("triangular(0.9, 1, 1.2)");
    return new DistributionFigures(mean, median, parsed);
  }

  /**
   * The example of {@link UncertainPlan}: the plan of the {@code CaseloadPlan} example with a
   * range on the moderate level's assessment and one factor on both levels' volumes.
   *
   * @return the uncertain plan
   */
  public static UncertainPlan uncertainPlan() {
    CaseloadPlan plan = Fixtures.plan();
    ComplexityLevel level1 = Fixtures.scale().level("1");
    ComplexityLevel level2 = Fixtures.scale().level("2");
    UncertainPlan uncertain = UncertainPlan.builder(plan)
        .vary(PlanParameter.activityMinutes(level2, ActivityKind.ASSESSMENT,
            Role.OCCUPATIONAL_THERAPIST), Distribution.parse("pert(75, 90, 120)"))
        .varyTogether("referral growth", Distribution.parse("triangular(0.9, 1, 1.3)"),
            PlanParameter.episodesPerYear(level1), PlanParameter.concurrentCaseload(level2))
        .build();
    return uncertain;
  }

  /**
   * The example of {@link PlanKernel}: the OTs' FTE required of the plan with {@code ot-2} at
   * 0.8 FTE.
   *
   * @return FTE required
   */
  public static double planKernel() {
    CaseloadPlan plan = Fixtures.plan();
    PlanKernel kernel = PlanKernel.compile(plan, List.of(PlanParameter.fte("ot-2")));
    PlanKernel.Evaluation out = kernel.newEvaluation();
    kernel.evaluate(new double[] {0.8}, out);
    return out.fteRequired(0);
  }

  /**
   * What the example of {@link MonteCarlo} gives.
   *
   * @param p95 the 95th percentile of the OTs' FTE required
   * @param understaffed the probability that their staffing ratio is below 1
   * @param p80 the FTE that meets demand in 80% of outcomes
   */
  public record MonteCarloFigures(double p95, double understaffed, double p80) {}

  /**
   * The example of {@link MonteCarlo}: 100,000 samples of the uncertain plan, seed 42.
   *
   * @return the figures
   */
  public static MonteCarloFigures monteCarlo() {
    UncertainPlan uncertain = uncertainPlan();
    MonteCarlo mc = MonteCarlo.of(uncertain, 100_000, 42);
    double p95 = mc.fteRequired(Role.OCCUPATIONAL_THERAPIST).percentile(95);
    double understaffed = mc.probabilityUnderstaffed(Role.OCCUPATIONAL_THERAPIST);
    double p80 = mc.fteToMeetDemand(Role.OCCUPATIONAL_THERAPIST, 80);
    return new MonteCarloFigures(p95, understaffed, p80);
  }

  /**
   * What the example of {@link Sensitivity} gives.
   *
   * @param first the name of the input with the largest swing
   * @param tornado the tornado table
   */
  public record SensitivityFigures(String first, Table tornado) {}

  /**
   * The example of {@link Sensitivity}: the input that moves the FTE required most, and the
   * tornado table.
   *
   * @return the figures
   */
  public static SensitivityFigures sensitivity() {
    UncertainPlan uncertain = uncertainPlan();
    Sensitivity s = Sensitivity.of(uncertain);
    String first = s.ranked().get(0).input().name();    // the input that moves FTE most
    Table tornado = s.toTable();                          // the tornado table
    return new SensitivityFigures(first, tornado);
  }

  /**
   * The example of {@link Bootstrap}: the bootstrap of the median minutes per episode of level M
   * of the records of the {@code Estimates} example, and its low end.
   *
   * @return the distribution
   */
  public static Distribution bootstrap() {
    EpisodeAccumulator acc = new EpisodeAccumulator(Fixtures.rules());
    acc.acceptAll(Fixtures.records());
    LevelEstimate estimate = acc.estimates().level(Fixtures.moderate()).orElseThrow();
    Distribution minutes = Bootstrap.of(estimate.minutesPerEpisode(), Statistic.MEDIAN, 2000, 7);
    minutes.low();    // the 2.5th percentile of the median over resamples
    return minutes;
  }
}
