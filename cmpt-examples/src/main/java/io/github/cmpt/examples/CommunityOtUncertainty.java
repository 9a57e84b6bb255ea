package io.github.cmpt.examples;

import io.github.cmpt.plan.CaseloadPlan;
import io.github.cmpt.plan.PlanParameter;
import io.github.cmpt.report.Worksheet;
import io.github.cmpt.uncertainty.Distribution;
import io.github.cmpt.uncertainty.MonteCarlo;
import io.github.cmpt.uncertainty.Sensitivity;
import io.github.cmpt.uncertainty.UncertainPlan;
import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.vocabulary.LeaveType;
import io.github.cmpt.vocabulary.NonClientCategory;
import io.github.cmpt.vocabulary.Role;
import io.github.cmpt.worksheet.UncertaintyWorksheet;
import java.util.ArrayList;
import java.util.List;

/**
 * The community OT flagship ({@link CommunityOccupationalTherapy}) with ranges on the figures its
 * team is least sure of, a sensitivity analysis and a Monte Carlo simulation of 100,000 samples.
 *
 * <p>The ranges (illustrations, as the plan's figures are):
 * <ul>
 *   <li>referrals: one factor {@code triangular(0.9, 1, 1.25)} on the new episodes of all four
 *       levels (a busier or quieter year moves every level together);</li>
 *   <li>client travel: one factor {@code uniform(0.8, 1.4)} on the minutes of every client-related
 *       trip, of OTs and assistants (roads and distances are shared);</li>
 *   <li>the moderate level's OT sessions, {@code pert(45, 60, 90)} minutes, and the high level's
 *       assessment, {@code pert(120, 150, 210)} minutes;</li>
 *   <li>sick leave, {@code pert(5, 10, 20)} days, and the administration share,
 *       {@code triangular(8, 10, 15)} percent.</li>
 * </ul>
 *
 * <pre>{@code
 * MonteCarlo mc = CommunityOtUncertainty.monteCarlo();
 * mc.fteToMeetDemand(Role.OCCUPATIONAL_THERAPIST, 80);
 * System.out.print(CommunityOtUncertainty.worksheet().toText());
 * }</pre>
 *
 * <p>Run with {@code mvn -q -B -DskipTests package exec:java
 * -Dexec.mainClass=io.github.cmpt.examples.CommunityOtUncertainty}: it prints the worksheet and
 * writes the charts of {@link UncertaintyCharts} to {@code docs/images} (or the directory given
 * as the first argument).
 */
public final class CommunityOtUncertainty {

  /** The seed of the simulation. */
  public static final long SEED = 2026;

  /** The number of samples of the simulation. */
  public static final int SAMPLES = 100_000;

  private CommunityOtUncertainty() {}

  /**
   * Returns the community OT plan with its ranges.
   *
   * @return the uncertain plan
   */
  public static UncertainPlan uncertainPlan() {
    CaseloadPlan plan = CommunityOccupationalTherapy.plan();
    List<PlanParameter> referrals = new ArrayList<>();
    List<PlanParameter> travel = new ArrayList<>();
    for (PlanParameter p : plan.parameters()) {
      if (p.name().startsWith("episodesPerYear[")) {
        referrals.add(p);
      } else if (p.name().startsWith("minutes[") && p.name().contains("/client-travel/")) {
        travel.add(p);
      }
    }
    ComplexityLevel moderate = level(plan, "2");
    ComplexityLevel high = level(plan, "3");
    return UncertainPlan.builder(plan)
        .varyTogether("referrals", Distribution.parse("triangular(0.9, 1, 1.25)"),
            referrals.toArray(new PlanParameter[0]))
        .varyTogether("client travel", Distribution.parse("uniform(0.8, 1.4)"),
            travel.toArray(new PlanParameter[0]))
        .vary(
            PlanParameter.activityMinutes(
                moderate, ActivityKind.INDIVIDUAL_INTERVENTION, Role.OCCUPATIONAL_THERAPIST),
            Distribution.parse("pert(45, 60, 90)"))
        .vary(
            PlanParameter.activityMinutes(
                high, ActivityKind.ASSESSMENT, Role.OCCUPATIONAL_THERAPIST),
            Distribution.parse("pert(120, 150, 210)"))
        .vary(PlanParameter.leaveDays(LeaveType.SICK), Distribution.parse("pert(5, 10, 20)"))
        .vary(
            PlanParameter.nonClientShare(NonClientCategory.ADMINISTRATION),
            Distribution.parse("triangular(8, 10, 15)"))
        .build();
  }

  private static ComplexityLevel level(CaseloadPlan plan, String code) {
    for (var d : plan.demand().levels()) {
      if (d.level().code().equals(code)) {
        return d.level();
      }
    }
    throw new IllegalStateException("no level " + code);
  }

  /**
   * Returns the sensitivity analysis of the ranges.
   *
   * @return the analysis
   */
  public static Sensitivity sensitivity() {
    return Sensitivity.of(uncertainPlan());
  }

  /**
   * Returns the simulation: {@link #SAMPLES} samples of seed {@link #SEED}, on one thread.
   *
   * @return the simulation
   */
  public static MonteCarlo monteCarlo() {
    return MonteCarlo.of(uncertainPlan(), SAMPLES, SEED);
  }

  /**
   * Returns the worksheet of the uncertainty: the inputs, the tornado tables and the simulation.
   *
   * @return the worksheet
   */
  public static Worksheet worksheet() {
    UncertainPlan u = uncertainPlan();
    return UncertaintyWorksheet.of(Sensitivity.of(u), MonteCarlo.of(u, SAMPLES, SEED));
  }

  /**
   * Prints the worksheet and writes the charts.
   *
   * @param args the directory of the charts, {@code docs/images} by default
   * @throws java.io.IOException when a chart cannot be written
   */
  public static void main(String[] args) throws java.io.IOException {
    UncertainPlan u = uncertainPlan();
    Sensitivity sensitivity = Sensitivity.of(u);
    MonteCarlo mc = MonteCarlo.of(u, SAMPLES, SEED);
    System.out.print(UncertaintyWorksheet.of(sensitivity, mc).toText());
    java.nio.file.Path dir = java.nio.file.Path.of(args.length > 0 ? args[0] : "docs/images");
    for (java.nio.file.Path p :
        UncertaintyCharts.write(sensitivity, mc, Role.OCCUPATIONAL_THERAPIST, dir,
            "community-ot")) {
      System.out.println("wrote " + p);
    }
  }
}
