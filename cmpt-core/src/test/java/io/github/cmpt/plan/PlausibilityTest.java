package io.github.cmpt.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmpt.demand.Frequency;
import io.github.cmpt.demand.InterventionProfile;
import io.github.cmpt.demand.ServiceDemand;
import io.github.cmpt.demand.Volume;
import io.github.cmpt.demand.Figure;
import io.github.cmpt.report.Table;
import io.github.cmpt.report.Worksheet;
import io.github.cmpt.supply.Clinician;
import io.github.cmpt.supply.NonClientActivity;
import io.github.cmpt.supply.Team;
import io.github.cmpt.supply.WorkHours;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Percentage;
import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.NonClientCategory;
import io.github.cmpt.vocabulary.Role;
import io.github.cmpt.worksheet.PlanReport;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The plausibility warnings of a plan: each named, shown in the report, nothing clamped. */
class PlausibilityTest {

  @Test
  void thePlanOfTheExamplesIsPlausible() {
    Plausibility check = Plausibility.of(PlanResult.of(PlanExamples.plan()));
    assertThat(check.isPlausible()).isTrue();
    assertThat(check.warnings()).isEmpty();
    assertThat(check).hasToString("Plausibility[0 warnings]");
    // no warnings, no table in the report
    assertThat(PlanReport.of(PlanResult.of(PlanExamples.plan())).tables())
        .extracting(Table::title)
        .doesNotContain(Plausibility.TITLE);
  }

  @Test
  void aSessionLongerThanADayAndMoreThanAWeekOfOneActivity() {
    // a 600-minute assessment in a 7.5-hour day; 40 hours a week of individual therapy for 2
    // weeks in a 37.5-hour week
    InterventionProfile odd =
        InterventionProfile.builder()
            .level(PlanExamples.LOW)
            .episodeWeeks(Figure.ofJudgment(2, "team estimate"))
            .addActivity(
                PlanExamples.activity(ActivityKind.ASSESSMENT, PlanExamples.OT, 600, Frequency.ONCE))
            .addActivity(
                PlanExamples.activity(
                    ActivityKind.INDIVIDUAL_INTERVENTION,
                    PlanExamples.OT,
                    480,
                    Frequency.ofPerWeek(5, 2)))
            .build();
    ServiceDemand demand =
        ServiceDemand.builder()
            .weeksPerYear(52)
            .scale(PlanExamples.SCALE)
            .addLevel(odd, Volume.ofEpisodesPerYear(2))
            .build();
    CaseloadPlan plan = PlanExamples.plan().withDemand(demand);
    PlanResult result = PlanResult.of(plan);
    Plausibility check = Plausibility.of(result);
    assertThat(check.warnings())
        .extracting(Plausibility.Warning::toString)
        .containsExactly(
            "SESSION_LONGER_THAN_A_DAY: Low / Assessment / OT: 10.0h, above 7.5h",
            "SESSION_LONGER_THAN_A_DAY: Low / Individual intervention / OT: 8.0h, above 7.5h",
            // 8h x 5 x 2 weeks / 2 weeks = 40h a week
            "MORE_THAN_A_WEEK_OF_ONE_ACTIVITY: Low / Individual intervention / OT: 40.0h/week,"
                + " above 37.5h/week");
    // the plan is worked out as given: 10h + 80h = 90h an episode, 2 episodes
    assertThat(result.demandHours().toBigDecimal()).isEqualByComparingTo("180");
    Worksheet report = PlanReport.of(result);
    assertThat(report.tables().get(0).title()).isEqualTo(Plausibility.TITLE);
    assertThat(report.tables().get(0).toText()).contains("SESSION_LONGER_THAN_A_DAY");
  }

  @Test
  void aRoleWithoutStaffAFteRequiredOverAHundredTimesAndLittleClientCare() {
    // a manager at 95% administration; 0.01 FTE of OT for 120 episodes; the clients need a PT
    Clinician manager =
        Clinician.builder()
            .id("ot-1")
            .role(PlanExamples.OT)
            .workHours(WorkHours.of(PlanExamples.STANDARD, Fte.of("0.01")))
            .addActivity(
                NonClientActivity.ofShare(
                    NonClientCategory.ADMINISTRATION, Percentage.ofPercent(95)))
            .build();
    Team team = Team.builder().name("Thin").addClinician(manager).build();
    InterventionProfile pt =
        PlanExamples.low()
            .withActivities(
                java.util.List.of(
                    PlanExamples.activity(
                        ActivityKind.ASSESSMENT, PlanExamples.OT, 90, Frequency.ONCE),
                    PlanExamples.activity(
                        ActivityKind.ASSESSMENT,
                        Role.PHYSIOTHERAPIST,
                        60,
                        Frequency.ONCE)));
    ServiceDemand demand =
        ServiceDemand.builder()
            .weeksPerYear(52)
            .scale(PlanExamples.SCALE)
            .addLevel(pt, Volume.ofEpisodesPerYear(new BigDecimal("120")))
            .build();
    PlanResult result =
        PlanResult.of(
            CaseloadPlan.builder()
                .name("Thin")
                .team(team)
                .demand(demand)
                .putClientCareHoursPerFte(Role.PHYSIOTHERAPIST, io.github.cmpt.time.Hours.of(1500))
                .build());
    Plausibility check = Plausibility.of(result);
    assertThat(check.warnings())
        .extracting(Plausibility.Warning::kind)
        .containsExactly(
            Plausibility.Kind.NO_STAFF_FOR_A_ROLE,
            Plausibility.Kind.FTE_REQUIRED_OVER_100_TIMES_AVAILABLE,
            Plausibility.Kind.LITTLE_CLIENT_CARE);
    assertThat(check.warnings().get(0).subject()).isEqualTo("PT");
    assertThat(check.warnings().get(0).figure()).isEqualTo("120.0h of demand");
    // 0.01 FTE of 1950h, 95% non-client: 0.975h of client care a year for 180h of OT demand
    assertThat(check.warnings().get(1).limit()).isEqualTo("100 x 0.01 FTE available");
    assertThat(check.warnings().get(2).figure()).isEqualTo("5.0% of paid hours in client care");
    assertThat(check).hasToString("Plausibility[3 warnings]");
  }
}
