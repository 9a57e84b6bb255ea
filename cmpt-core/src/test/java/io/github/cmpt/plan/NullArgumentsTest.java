package io.github.cmpt.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.collect.Range;
import io.github.cmpt.testing.NullArguments;
import io.github.cmpt.testing.NullArgumentsContract;
import io.github.cmpt.demand.ComplexityScale;
import io.github.cmpt.demand.Figure;
import io.github.cmpt.demand.Frequency;
import io.github.cmpt.demand.InterventionActivity;
import io.github.cmpt.demand.InterventionProfile;
import io.github.cmpt.demand.InterventionTime;
import io.github.cmpt.demand.LevelDemand;
import io.github.cmpt.demand.Provenance;
import io.github.cmpt.demand.ServiceDemand;
import io.github.cmpt.demand.Volume;
import io.github.cmpt.estimate.ActivityRecord;
import io.github.cmpt.estimate.EpisodeAccumulator;
import io.github.cmpt.estimate.Estimates;
import io.github.cmpt.estimate.EstimationRules;
import io.github.cmpt.estimate.Statistic;
import io.github.cmpt.estimate.Summary;
import io.github.cmpt.report.Explanation;
import io.github.cmpt.report.Shares;
import io.github.cmpt.report.Table;
import io.github.cmpt.report.Worksheet;
import io.github.cmpt.supply.Clinician;
import io.github.cmpt.supply.ClinicianTime;
import io.github.cmpt.supply.HolidayCalendar;
import io.github.cmpt.supply.Leave;
import io.github.cmpt.supply.NonClientActivity;
import io.github.cmpt.supply.Team;
import io.github.cmpt.supply.TeamTime;
import io.github.cmpt.supply.WorkHours;
import io.github.cmpt.time.Fraction;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import io.github.cmpt.time.Period;
import io.github.cmpt.time.PeriodicHours;
import io.github.cmpt.time.Rotation;
import io.github.cmpt.time.WorkPattern;
import io.github.cmpt.time.WorkingPeriod;
import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.vocabulary.LeaveType;
import io.github.cmpt.vocabulary.NonClientCategory;
import io.github.cmpt.vocabulary.Role;
import io.github.cmpt.wisn.ActivityStandard;
import io.github.cmpt.wisn.CategoryAllowance;
import io.github.cmpt.wisn.WisnInput;
import io.github.cmpt.wisn.WisnResult;
import io.github.cmpt.wisn.WisnView;
import io.github.cmpt.worksheet.PlanReport;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Every public constructor and method of cmpt-core's exported packages rejects a null argument
 * (one not marked {@code @Nullable}) with a {@link NullPointerException} that names the parameter.
 */
class NullArgumentsTest extends NullArgumentsContract {

  private static final String ROOT = "io.github.cmpt";

  private static final Map<Class<?>, Object> DEFAULTS = defaults();

  private static Map<Class<?>, Object> defaults() {
    Map<Class<?>, Object> d = new LinkedHashMap<>();
    CaseloadPlan plan = PlanExamples.plan();
    PlanResult result = PlanResult.of(plan);
    ComplexityLevel level = PlanExamples.LOW;
    InterventionProfile profile = PlanExamples.low();
    Team team = plan.team();
    Clinician clinician = team.clinicians().get(0);
    WisnInput wisn = WisnView.of(result, PlanExamples.OT);
    ActivityRecord record =
        ActivityRecord.builder()
            .episode("E1")
            .level(level)
            .kind(ActivityKind.ASSESSMENT)
            .role(PlanExamples.OT)
            .minutes(60)
            .date(LocalDate.of(2026, 1, 5))
            .build();
    EpisodeAccumulator accumulator = new EpisodeAccumulator().acceptAll(List.of(record));
    Estimates estimates = accumulator.estimates();
    PlanParameter parameter = PlanParameter.weeksPerYear();
    PlanChange change = PlanChange.set(parameter, new BigDecimal("50"));
    Scenario scenario = Scenario.of("fewer weeks", change);
    Table table = Table.builder("t", "Line", "Hours").row("Paid", Hours.of(1950)).build();
    d.put(String.class, "x");
    d.put(int.class, 1);
    d.put(long.class, 1L);
    d.put(BigDecimal.class, BigDecimal.ONE);
    d.put(Hours.class, Hours.of("37.5"));
    d.put(Fte.class, Fte.of("0.8"));
    d.put(Percentage.class, Percentage.ofPercent(10));
    d.put(Fraction.class, Fraction.of(1, 3));
    d.put(Period.class, Period.WEEK);
    d.put(PeriodicHours.class, PeriodicHours.ofWeekly(Hours.of(2)));
    d.put(WorkPattern.class, PlanExamples.STANDARD);
    d.put(Rotation.class, Rotation.ofOnOff(LocalDate.of(2026, 1, 5), 4, 3));
    d.put(WorkingPeriod.class, WorkingPeriod.of(Range.closed(
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))));
    d.put(WorkHours.class, clinician.workHours());
    d.put(Role.class, PlanExamples.OT);
    d.put(ActivityKind.class, ActivityKind.ASSESSMENT);
    d.put(LeaveType.class, LeaveType.VACATION);
    d.put(NonClientCategory.class, NonClientCategory.ADMINISTRATION);
    d.put(ComplexityLevel.class, level);
    d.put(ComplexityScale.class, PlanExamples.SCALE);
    d.put(Leave.class, Leave.ofDays(LeaveType.VACATION, 20));
    d.put(NonClientActivity.class,
        NonClientActivity.ofShare(NonClientCategory.ADMINISTRATION, Percentage.ofPercent(10)));
    d.put(HolidayCalendar.class, (HolidayCalendar) year -> java.util.Set.of(year.atDay(1)));
    d.put(Clinician.class, clinician);
    d.put(Team.class, team);
    d.put(ClinicianTime.class, ClinicianTime.of(clinician));
    d.put(TeamTime.class, TeamTime.of(team));
    d.put(Provenance.class, Provenance.ofJudgment("team estimate"));
    d.put(Provenance.Judgment.class, Provenance.ofJudgment("team estimate"));
    d.put(Provenance.Records.class, Provenance.ofRecords(12, "median"));
    d.put(Provenance.Blend.class,
        Provenance.ofBlend(new BigDecimal("0.5"), "blend", Provenance.ofRecords(12, "median")));
    d.put(Figure.class, Figure.ofJudgment(8, "team estimate"));
    d.put(Frequency.class, Frequency.ofPerWeek(1, 6));
    d.put(Volume.class, Volume.ofEpisodesPerYear(120));
    d.put(InterventionActivity.class, profile.activities().get(0));
    d.put(InterventionProfile.class, profile);
    d.put(LevelDemand.class, LevelDemand.of(profile, Volume.ofEpisodesPerYear(120)));
    d.put(ServiceDemand.class, plan.demand());
    d.put(InterventionTime.class, InterventionTime.of(plan.demand()));
    d.put(CaseloadPlan.class, plan);
    d.put(PlanResult.class, result);
    d.put(RoleMatch.class, result.match(PlanExamples.OT));
    d.put(Capacity.class, result.capacity());
    d.put(ClinicianCaseload.class, result.suggestedCaseloads().get(0));
    d.put(PlanParameter.class, parameter);
    d.put(PlanChange.class, change);
    d.put(Scenario.class, scenario);
    d.put(ScenarioComparison.class, ScenarioComparison.of(plan, scenario));
    d.put(Sweep.class, Sweep.of(plan, parameter, List.of(new BigDecimal("50"))));
    d.put(UnaryOperator.class, UnaryOperator.identity());
    d.put(Table.class, table);
    d.put(Table.Relation.class, new Table.Relation(Table.Axis.ROWS, "Paid", List.of("Paid"), List.of()));
    d.put(Plausibility.class, Plausibility.of(result));
    d.put(
        Plausibility.Warning.class,
        new Plausibility.Warning(Plausibility.Kind.LITTLE_CLIENT_CARE, "ot-1", "5.0%", "10%"));
    d.put(Worksheet.class, Worksheet.of("w", List.of(table)));
    d.put(Explanation.class, Explanation.of("x", "a + b", Map.of("a", 1), 2));
    d.put(Shares.class, Shares.of(List.of(BigDecimal.ONE, BigDecimal.ONE)));
    d.put(ActivityRecord.class, record);
    d.put(EstimationRules.class, EstimationRules.STANDARD);
    d.put(EpisodeAccumulator.class, accumulator);
    d.put(Estimates.class, estimates);
    d.put(Statistic.class, Statistic.MEDIAN);
    d.put(Summary.class, Summary.of(1, 2, 3));
    d.put(WisnInput.class, wisn);
    d.put(WisnResult.class, wisn.result());
    d.put(ActivityStandard.class, ActivityStandard.ofUnitTime(Hours.of(1)));
    d.put(CategoryAllowance.class, CategoryAllowance.ofShare("admin", Percentage.ofPercent(5)));
    io.github.cmpt.horizon.Horizon horizon =
        io.github.cmpt.horizon.Horizon.ofWeeks(LocalDate.of(2026, 1, 5), 4);
    io.github.cmpt.horizon.HorizonPlan horizonPlan =
        io.github.cmpt.horizon.HorizonPlan.builder().plan(plan).horizon(horizon).build();
    io.github.cmpt.horizon.Projection projection =
        io.github.cmpt.horizon.Projection.of(horizonPlan);
    d.put(io.github.cmpt.horizon.Horizon.class, horizon);
    d.put(io.github.cmpt.horizon.HorizonPlan.class, horizonPlan);
    d.put(io.github.cmpt.horizon.Projection.class, projection);
    d.put(io.github.cmpt.horizon.Projection.LevelPeriod.class, projection.level(level, 0));
    d.put(io.github.cmpt.horizon.Projection.RolePeriod.class,
        projection.role(PlanExamples.OT, 0));
    d.put(io.github.cmpt.horizon.Arrivals.class,
        io.github.cmpt.horizon.Arrivals.ofWeekly(Fraction.of(2)));
    d.put(io.github.cmpt.horizon.Absence.class,
        io.github.cmpt.horizon.Absence.of("ot-1", LeaveType.VACATION,
            LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 9)));
    d.put(io.github.cmpt.horizon.ServiceOrder.class,
        io.github.cmpt.horizon.ServiceOrder.FIRST_COME_FIRST_SERVED);
    io.github.cmpt.horizon.Goal goal =
        io.github.cmpt.horizon.Goal.clearBy(LocalDate.of(2026, 1, 26));
    d.put(io.github.cmpt.horizon.Goal.class, goal);
    d.put(io.github.cmpt.horizon.StaffingNeed.class,
        io.github.cmpt.horizon.StaffingNeed.of(horizonPlan, LocalDate.of(2026, 1, 5), goal));
    d.put(io.github.cmpt.horizon.ProjectionComparison.class,
        io.github.cmpt.horizon.ProjectionComparison.of(horizonPlan, scenario));
    d.put(java.time.YearMonth.class, java.time.YearMonth.of(2026, 1));
    io.github.cmpt.uncertainty.Distribution distribution =
        io.github.cmpt.uncertainty.Distribution.parse("pert(100, 120, 130)");
    io.github.cmpt.uncertainty.UncertainPlan uncertain =
        io.github.cmpt.uncertainty.UncertainPlan.builder(plan)
            .vary(PlanParameter.episodesPerYear(level), distribution)
            .build();
    io.github.cmpt.uncertainty.PlanKernel kernel =
        io.github.cmpt.uncertainty.PlanKernel.compile(plan, uncertain.parameters());
    io.github.cmpt.uncertainty.MonteCarlo monteCarlo =
        io.github.cmpt.uncertainty.MonteCarlo.of(uncertain, 100, 1);
    io.github.cmpt.uncertainty.Sensitivity sensitivity =
        io.github.cmpt.uncertainty.Sensitivity.of(uncertain);
    d.put(io.github.cmpt.uncertainty.Distribution.class, distribution);
    d.put(io.github.cmpt.uncertainty.UncertainPlan.class, uncertain);
    d.put(io.github.cmpt.uncertainty.UncertainInput.class, uncertain.inputs().get(0));
    d.put(io.github.cmpt.uncertainty.PlanKernel.class, kernel);
    d.put(io.github.cmpt.uncertainty.PlanKernel.Evaluation.class, kernel.newEvaluation());
    d.put(io.github.cmpt.uncertainty.MonteCarlo.class, monteCarlo);
    d.put(io.github.cmpt.uncertainty.SampleSummary.class, monteCarlo.fteRequired(PlanExamples.OT));
    d.put(io.github.cmpt.uncertainty.Sensitivity.class, sensitivity);
    d.put(io.github.cmpt.uncertainty.Sensitivity.Swing.class, sensitivity.swings().get(0));
    d.put(Year.class, Year.of(2026));
    d.put(LocalDate.class, LocalDate.of(2026, 1, 5));
    d.put(Range.class, Range.closed(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
    return d;
  }

  private static final NullArguments CHECKS = NullArguments.withDefaults(DEFAULTS)
          .withSamples(type -> type == Table.Builder.class ? Table.builder("t", "Line") : null);

  @Override
  protected NullArguments checks() {
    return CHECKS;
  }

  @Override
  protected String root() {
    return ROOT;
  }

  @Override
  protected int leastInstanceClasses() {
    return 61;
  }

  @Override
  protected int leastNullArguments() {
    return 201;
  }

  @Override
  protected int leastNullElements() {
    return 41;
  }

  @Test
  void findsTheWholeApi() throws IOException {
    assertThat(publicClasses())
        .contains(Hours.class, CaseloadPlan.Builder.class, Provenance.Blend.class, PlanReport.class)
        .doesNotContain(NullArgumentsTest.class, io.github.cmpt.internal.Checks.class)
        .hasSizeGreaterThan(80);
  }

  /** Representative factories, with the name each gives to its null argument. */
  @Test
  void factoriesNameTheirParameter() {
    assertThatNullPointerException().isThrownBy(() -> Hours.of((BigDecimal) null))
        .withMessage("hours");
    assertThatNullPointerException()
        .isThrownBy(() -> Hours.sum(Arrays.asList(Hours.of(1), null)))
        .withMessageStartingWith("amounts");
    assertThatNullPointerException().isThrownBy(() -> Fte.of((BigDecimal) null))
        .withMessage("value");
    assertThatNullPointerException().isThrownBy(() -> PlanReport.of(null))
        .withMessage("plan");
    assertThatNullPointerException().isThrownBy(() -> Summary.of((List<BigDecimal>) null))
        .withMessage("values");
    assertThatNullPointerException().isThrownBy(() -> Worksheet.of("w", null))
        .withMessage("tables");
    assertThatNullPointerException()
        .isThrownBy(() -> ComplexityScale.of((ComplexityLevel) null))
        .withMessageStartingWith("level");
    assertThatNullPointerException()
        .isThrownBy(() -> WorkHours.of(null, Fte.ONE)).withMessage("pattern");
    assertThatNullPointerException()
        .isThrownBy(() -> Clinician.builder().id(null)).withMessageContaining("id");
    assertThatNullPointerException()
        .isThrownBy(() -> Leave.ofHours(LeaveType.SICK, null)).withMessage("hours");
  }
}
