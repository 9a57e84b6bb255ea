package io.github.cmpt.benchmarks;

import io.github.cmpt.demand.InterventionActivity;
import io.github.cmpt.demand.InterventionTime;
import io.github.cmpt.demand.LevelDemand;
import io.github.cmpt.plan.Capacity;
import io.github.cmpt.plan.CaseloadPlan;
import io.github.cmpt.plan.ClinicianCaseload;
import io.github.cmpt.plan.PlanResult;
import io.github.cmpt.plan.RoleMatch;
import io.github.cmpt.supply.ClinicianTime;
import io.github.cmpt.supply.TeamTime;
import io.github.cmpt.supply.TimeBreakdown;
import io.github.cmpt.time.Period;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.vocabulary.Role;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The exact evaluation of a plan as the benchmarks measure it: {@link PlanResult#of(CaseloadPlan)}
 * (all three steps, from the inputs), then every figure the whole-plan report
 * ({@code worksheet.PlanReport}) shows, each given to a {@link Blackhole}, without rendering any
 * text.
 *
 * <p>The figures read, in the order of the report:
 * <ul>
 *   <li>Step 1: each member's lines per year, the hours of each leave and non-client line applied
 *       to the member ({@link ClinicianTime#leaveLineHours()}, {@link ClinicianTime#activityHours()})
 *       and the member's paid hours; each role's lines and its lines per 1.0 FTE per
 *       year, month and week; the team's lines and its lines per 1.0 FTE over the same periods.
 *   <li>Step 2: each activity's hours per episode; each level's hours per episode by kind and its
 *       hours per week; every map and total of {@link InterventionTime} (episodes, concurrent
 *       caseload, hours per episode by level and by level and role, demand hours by level, by level
 *       and role, by role and by kind, and the two case mixes).
 *   <li>Step 3: every figure of each {@link RoleMatch} and of its capacity, the same figures for
 *       the whole plan, the plan's capacity for the case mix and by level, the capacity if every
 *       client were of one level ({@link PlanResult#capacity(ComplexityLevel)}) and the suggested
 *       caseloads.
 * </ul>
 * The WISN view the report adds at its end is not read.
 */
public final class ExactPlan {

  private static final List<Period> PERIODS = List.of(Period.YEAR, Period.MONTH, Period.WEEK);

  private ExactPlan() {}

  /**
   * Evaluates a plan and gives every figure of its report to a blackhole.
   *
   * @param plan the plan, not null
   * @param bh consumes the figures
   * @return the result of the plan
   * @throws IllegalArgumentException when the plan's input is impossible (see
   *     {@link PlanResult#of(CaseloadPlan)})
   */
  public static PlanResult evaluate(CaseloadPlan plan, Blackhole bh) {
    PlanResult result = PlanResult.of(plan);
    step1(result.supply(), bh);
    step2(plan, result.demand(), bh);
    step3(plan, result, bh);
    return result;
  }

  private static void step1(TeamTime supply, Blackhole bh) {
    for (ClinicianTime m : supply.members()) {
      TimeBreakdown year = m.perYear();
      breakdown(year, bh);
      bh.consume(m.clinician().workHours().paidHoursPerYear());
      m.leaveLineHours().forEach(bh::consume);
      m.activityHours().forEach(bh::consume);
    }
    for (Period p : PERIODS) {
      for (Map.Entry<Role, TimeBreakdown> e : supply.byRole(p).entrySet()) {
        breakdown(e.getValue(), bh);
        breakdown(supply.perFte(e.getKey(), p), bh);
      }
      breakdown(supply.total(p), bh);
      breakdown(supply.perFte(p), bh);
    }
  }

  private static void breakdown(TimeBreakdown b, Blackhole bh) {
    bh.consume(b.fte());
    bh.consume(b.paidHours());
    b.leave().values().forEach(bh::consume);
    bh.consume(b.totalLeave());
    bh.consume(b.workedHours());
    b.nonClient().values().forEach(bh::consume);
    bh.consume(b.totalNonClient());
    bh.consume(b.clientCareHours());
    bh.consume(b.clientCareShare());
  }

  private static void step2(CaseloadPlan plan, InterventionTime time, Blackhole bh) {
    for (LevelDemand d : plan.demand().levels()) {
      for (InterventionActivity a : d.profile().activities()) {
        bh.consume(a.hoursPerEpisode());
      }
      d.profile().hoursPerEpisodeByKind().values().forEach(bh::consume);
      bh.consume(d.profile().hoursPerWeek());
    }
    time.episodesPerYearByLevel().values().forEach(bh::consume);
    time.concurrentCaseloadByLevel().values().forEach(bh::consume);
    time.hoursPerEpisodeByLevel().values().forEach(bh::consume);
    time.hoursPerEpisodeByLevelAndRole().values().forEach(bh::consume);
    time.demandHoursByLevel().values().forEach(bh::consume);
    time.demandHoursByLevelAndRole().values().forEach(bh::consume);
    time.demandHoursByRole().values().forEach(bh::consume);
    time.demandHoursByKind().values().forEach(bh::consume);
    bh.consume(time.episodesPerYear());
    bh.consume(time.concurrentCaseload());
    bh.consume(time.demandHours());
    time.caseMixByClients().values().forEach(bh::consume);
    time.caseMixByTime().values().forEach(bh::consume);
  }

  private static void step3(CaseloadPlan plan, PlanResult result, Blackhole bh) {
    for (RoleMatch m : result.matches().values()) {
      bh.consume(m.availableFte());
      bh.consume(m.supplyHours());
      bh.consume(m.clientCareHoursPerFte());
      bh.consume(m.demandHours());
      bh.consume(m.fteRequired());
      bh.consume(m.gapHours());
      bh.consume(m.gapFte());
      bh.consume(m.staffingRatio());
      bh.consume(m.workloadPressure());
      bh.consume(m.utilisation());
      m.fteRequiredByLevel().values().forEach(bh::consume);
      if (m.capacity().isPresent()) {
        capacity(m.capacity().get(), bh);
      }
    }
    bh.consume(result.availableFte());
    bh.consume(result.supplyHours());
    bh.consume(result.demandHours());
    bh.consume(result.fteRequired());
    bh.consume(result.gapHours());
    bh.consume(result.gapFte());
    bh.consume(result.staffingRatio());
    bh.consume(result.workloadPressure());
    bh.consume(result.utilisation());

    Capacity least = result.capacity();
    capacity(least, bh);
    for (ComplexityLevel level : least.episodesPerYearByLevel().keySet()) {
      bh.consume(least.episodesPerYearByLevel().get(level));
      bh.consume(least.wholeEpisodesPerYear(level));
      bh.consume(least.concurrentCaseloadByLevel().get(level));
      bh.consume(least.wholeConcurrentCaseload(level));
    }
    for (LevelDemand d : plan.demand().levels()) {
      if (result.demand().hoursPerEpisodeByLevel().get(d.level()).isPositive()) {
        Capacity single = result.capacity(d.level());
        bh.consume(single.role());
        capacity(single, bh);
      }
    }
    for (ClinicianCaseload c : result.suggestedCaseloads()) {
      bh.consume(c.clientCareHours());
      bh.consume(c.share());
      bh.consume(c.episodesPerYear());
      bh.consume(c.wholeEpisodesPerYear());
      bh.consume(c.concurrentCaseload());
      bh.consume(c.wholeConcurrentCaseload());
    }
  }

  private static void capacity(Capacity c, Blackhole bh) {
    bh.consume(c.supplyHours());
    bh.consume(c.hoursPerEpisode());
    bh.consume(c.episodesPerYear());
    bh.consume(c.wholeEpisodesPerYear());
    bh.consume(c.concurrentCaseload());
    bh.consume(c.wholeConcurrentCaseload());
  }
}
