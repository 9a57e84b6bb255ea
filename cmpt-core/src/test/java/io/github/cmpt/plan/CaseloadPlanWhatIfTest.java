package io.github.cmpt.plan;

import io.github.cmpt.time.Fraction;
import io.github.cmpt.supply.TeamTime;
import io.github.cmpt.demand.InterventionTime;
import io.github.cmpt.vocabulary.ComplexityLevel;
import static io.github.cmpt.plan.Close.assertClose;
import static io.github.cmpt.plan.PlanExamples.HIGH;
import static io.github.cmpt.plan.PlanExamples.LOW;
import static io.github.cmpt.plan.PlanExamples.MODERATE;
import static io.github.cmpt.plan.PlanExamples.OT;
import static io.github.cmpt.plan.PlanExamples.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.demand.Figure;
import io.github.cmpt.vocabulary.NonClientCategory;
import io.github.cmpt.vocabulary.LeaveType;
import io.github.cmpt.supply.Leave;
import io.github.cmpt.demand.InterventionProfile;
import io.github.cmpt.demand.Frequency;
import io.github.cmpt.demand.InterventionActivity;
import io.github.cmpt.demand.LevelDemand;
import io.github.cmpt.demand.ServiceDemand;
import io.github.cmpt.demand.Volume;
import io.github.cmpt.demand.Provenance;
import io.github.cmpt.vocabulary.Role;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import io.github.cmpt.supply.Clinician;
import io.github.cmpt.supply.WorkHours;
import io.github.cmpt.time.WorkPattern;
import io.github.cmpt.time.WorkingPeriod;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Parameters of the plan of {@link PlanExamples}: a copy changes only the number it names, with
 * values worked by hand.
 */
class CaseloadPlanWhatIfTest {

  private static Fraction quotient(String a, String b) {
    return Fraction.of(new BigDecimal(a)).dividedBy(Fraction.of(new BigDecimal(b)));
  }

  private static LevelDemand level(ServiceDemand demand, int index) {
    return demand.levels().get(index);
  }

  @Test
  void fteChangesOnlyThatClinician() {
    CaseloadPlan plan = plan();
    PlanParameter fte = PlanParameter.fte("ot-2");
    assertThat(plan.get(fte)).isEqualByComparingTo("0.2");
    CaseloadPlan more = plan.with(fte, new BigDecimal("0.5"));
    assertThat(more.get(fte)).isEqualByComparingTo("0.5");
    assertThat(more.name()).isEqualTo(plan.name());
    assertThat(more.demand()).isEqualTo(plan.demand());
    assertThat(more.clientCareHoursPerFte()).isEqualTo(plan.clientCareHoursPerFte());
    assertThat(more.team().name()).isEqualTo(plan.team().name());
    assertThat(more.team().leave()).isEqualTo(plan.team().leave());
    assertThat(more.team().activities()).isEqualTo(plan.team().activities());
    assertThat(more.team().clinician("ot-1")).isEqualTo(plan.team().clinician("ot-1"));
    assertThat(more.team().clinician("ot-2").workHours().fte()).isEqualTo(Fte.of("0.5"));
    assertThat(more.team().clinician("ot-2").workHours().pattern())
        .isEqualTo(plan.team().clinician("ot-2").workHours().pattern());
    // the original plan is untouched
    assertThat(plan.team().clinician("ot-2").workHours().fte()).isEqualTo(Fte.of("0.2"));

    RoleMatch m = PlanResult.of(more).match(OT);
    // 1.5 FTE x 1552.5h = 2328.75h; the hours per FTE, hence the FTE required, do not move
    assertThat(m.availableFte()).isEqualTo(Fte.of("1.5"));
    assertThat(m.supplyHours()).isEqualTo(Hours.of("2328.75"));
    assertThat(m.fteRequired()).isEqualTo(PlanResult.of(plan).match(OT).fteRequired());
    assertThat(m.gapFte()).isEqualTo(Fte.of("1.5").minus(Fte.of(quotient("2112", "1552.5"))));
    assertThat(m.gapHours()).isEqualTo(Hours.of("216.75"));
    assertThat(m.workloadPressure()).contains(Percentage.ZERO);
    // 2328.75 / (88/7) = 16301.25/88 = 185.24 episodes a year
    assertClose(m.capacity().orElseThrow().episodesPerYear(), quotient("16301.25", "88"), "N");
  }

  @Test
  void fteRejectsAnUnknownClinicianOrAnInvalidFte() {
    assertThatThrownBy(() -> plan().with(PlanParameter.fte("ot-9"), BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid value for parameter (valid values a parameter of plan Community OT 2026,"
                + " such as fte[ot-1], fte[ot-2]): fte[ot-9] (FTE)");
    assertThatThrownBy(() -> plan().with(PlanParameter.fte("ot-2"), BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for fte[ot-2] (valid values 0 < x <= 4.48): 0");
    // 168 / 37.5 = 4.48 FTE is the most a 37.5-hour week can be worked
    assertThat(PlanResult.of(plan().with(PlanParameter.fte("ot-2"), new BigDecimal("4.48"))).match(OT).availableFte())
        .isEqualTo(Fte.of("5.48"));
    assertThatThrownBy(() -> plan().with(PlanParameter.fte("ot-2"), new BigDecimal("4.49")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for fte[ot-2] (valid values 0 < x <= 4.48): 4.49");
    assertThatThrownBy(() -> PlanChange.set(PlanParameter.fte("ot-2"), new BigDecimal("-1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for fte[ot-2] (valid values x > 0): -1");
  }

  @Test
  void aPlanListsItsParametersOnceAndTheListIsNotPartOfEquality() {
    CaseloadPlan used = plan();
    CaseloadPlan fresh = plan();
    PlanParameter fte = PlanParameter.fte("ot-1");
    used.with(fte, BigDecimal.ONE);
    assertThat(used.slots()).isSameAs(used.slots());
    assertThat(used).isEqualTo(fresh).hasSameHashCodeAs(fresh).hasToString(fresh.toString());
    assertThat(used.with(fte, new BigDecimal("0.9")))
        .isEqualTo(fresh.with(fte, new BigDecimal("0.9")));
  }

  @Test
  void hoursPerWeekKeepTheRestOfThePattern() {
    CaseloadPlan base = plan();
    WorkPattern schoolYear =
        WorkPattern.of(Hours.of(36), new BigDecimal("4.5"), BigDecimal.valueOf(40))
            .withWorkingDays(java.util.EnumSet.range(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY))
            .withWorkingPeriod(
                WorkingPeriod.of(
                    com.google.common.collect.Range.closed(
                        LocalDate.of(2025, 9, 2), LocalDate.of(2026, 6, 26))));
    Clinician ot1 = base.team().clinician("ot-1");
    CaseloadPlan plan =
        base.withTeam(
            base.team()
                .withClinician(
                    ot1.withWorkHours(WorkHours.of(schoolYear, ot1.workHours().fte()))));
    CaseloadPlan longer = plan.with(PlanParameter.hoursPerWeek("ot-1"), BigDecimal.valueOf(40));
    WorkPattern changed = longer.team().clinician("ot-1").workHours().pattern();
    assertThat(changed.hoursPerWeek()).isEqualTo(Hours.of(40));
    assertThat(changed.daysPerWeek()).isEqualByComparingTo("4.5");
    assertThat(changed.workingDays()).isEqualTo(schoolYear.workingDays());
    assertThat(changed.weeksPerYear()).isEqualByComparingTo("40");
    assertThat(changed.workingPeriod()).isEqualTo(schoolYear.workingPeriod());
    assertThat(longer.with(PlanParameter.hoursPerWeek("ot-1"), BigDecimal.valueOf(36)))
        .isEqualTo(plan);
    assertThatThrownBy(() -> schoolYear.withHoursPerWeek(Hours.of(169)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Invalid value for hoursPerWeek ");
  }

  @Test
  void hoursPerWeekChangeTheWorkingDayAndThePattern() {
    CaseloadPlan plan = plan();
    PlanParameter hours = PlanParameter.hoursPerWeek("ot-1");
    assertThat(plan.get(hours)).isEqualByComparingTo("37.5");
    assertThat(hours.unit()).isEqualTo("h/week");
    // 168 / 1.0 FTE: the pattern's own rule, x <= 168, is the tighter
    assertThat(hours.rangeIn(plan).upperEndpoint()).isEqualByComparingTo("168");
    // ot-2 at 0.2 FTE could have up to 168 / 0.2 = 840 h, but a pattern has at most 168
    assertThat(PlanParameter.hoursPerWeek("ot-2").rangeIn(plan).upperEndpoint())
        .isEqualByComparingTo("168");
    CaseloadPlan longer = plan.with(hours, BigDecimal.valueOf(40));
    // 40 x 52 = 2080 paid; 30 days of 8h = 240h leave; worked 1840, admin 184, client care 1656
    assertThat(TeamTime.of(longer.team()).member("ot-1").perYear().clientCareHours())
        .isEqualTo(Hours.of(1656));
    assertThat(longer.team().clinician("ot-1").workHours().pattern().workingDays())
        .isEqualTo(plan.team().clinician("ot-1").workHours().pattern().workingDays());
  }

  @Test
  void activityMinutesChangeOnlyThatActivityAndSayWhereTheValueComesFrom() {
    CaseloadPlan plan = plan();
    PlanParameter minutes = PlanParameter.activityMinutes(LOW, ActivityKind.ASSESSMENT, OT);
    assertThat(minutes).hasToString("minutes[1/assessment/OT]");
    assertThat(plan.get(minutes)).isEqualByComparingTo("90");
    CaseloadPlan changed = plan.with(minutes, BigDecimal.valueOf(120));
    assertThat(changed.team()).isEqualTo(plan.team());
    assertThat(changed.name()).isEqualTo(plan.name());
    ServiceDemand before = plan.demand();
    ServiceDemand after = changed.demand();
    assertThat(after.weeksPerYear()).isEqualByComparingTo(before.weeksPerYear());
    assertThat(after.scale()).isEqualTo(before.scale());
    assertThat(level(after, 1)).isEqualTo(level(before, 1));
    assertThat(level(after, 0).volume()).isEqualTo(level(before, 0).volume());
    assertThat(level(after, 0).profile().episodeWeeks())
        .isEqualTo(level(before, 0).profile().episodeWeeks());
    List<InterventionActivity> a = level(after, 0).profile().activities();
    List<InterventionActivity> b = level(before, 0).profile().activities();
    assertThat(a).hasSize(3);
    assertThat(a.get(0).minutes())
        .isEqualTo(Figure.ofJudgment(120, PlanParameter.SCENARIO_VALUE))
        .hasToString("120 [judgment: \"scenario value\"]");
    assertThat(a.get(0).withMinutes(b.get(0).minutes())).isEqualTo(b.get(0));
    assertThat(a.subList(1, 3)).isEqualTo(b.subList(1, 3));
    // 2h + 4.5h + 2h = 8.5h per episode; 120 x 8.5 = 1020h; 1020 + 1152 = 2172h
    assertThat(PlanResult.of(changed).match(OT).demandHoursByLevel().get(LOW)).isEqualTo(Hours.of(1020));
    assertThat(PlanResult.of(changed).match(OT).demandHoursByLevel().get(MODERATE)).isEqualTo(Hours.of(1152));
    assertThat(PlanResult.of(changed).demandHours()).isEqualTo(Hours.of(2172));
    assertThat(PlanResult.of(changed).match(OT).supplyHours()).isEqualTo(PlanResult.of(plan).match(OT).supplyHours());
    // the value it has: the same plan, provenance kept
    assertThat(plan.with(minutes, new BigDecimal("90.0"))).isSameAs(plan);
  }

  @Test
  void activityParametersRejectAnUnknownLevelOrKindOrAnInvalidValue() {
    assertThatThrownBy(
            () ->
                plan()
                    .get(PlanParameter.activityMinutes(HIGH, ActivityKind.ASSESSMENT, OT)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "Invalid value for parameter (valid values a parameter of plan Community OT 2026,"
                + " such as minutes[1/assessment/OT], minutes[1/individual-intervention/OT],")
        .hasMessageEndingWith("): minutes[3/assessment/OT] (min)");
    assertThatThrownBy(
            () ->
                plan()
                    .with(
                        PlanParameter.activityMinutes(LOW, ActivityKind.ASSESSMENT, OT),
                        BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for minutes[1/assessment/OT] (valid values x > 0): 0");
    assertThatThrownBy(
            () -> plan().with(PlanParameter.groupSize(MODERATE, OT), new BigDecimal("2.5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid value for groupSize[2/group-intervention/OT]"
                + " (valid values a whole number x >= 2): 2.5");
  }

  @Test
  void frequencyAndGroupSize() {
    CaseloadPlan plan = plan();
    PlanParameter times =
        PlanParameter.timesPerWeek(MODERATE, ActivityKind.INDIVIDUAL_INTERVENTION, OT);
    PlanParameter weeks =
        PlanParameter.frequencyWeeks(MODERATE, ActivityKind.INDIVIDUAL_INTERVENTION, OT);
    PlanParameter size = PlanParameter.groupSize(MODERATE, OT);
    assertThat(plan.get(times)).isEqualByComparingTo("2");
    assertThat(plan.get(weeks)).isEqualByComparingTo("8");
    assertThat(plan.get(size)).isEqualByComparingTo("4");
    assertThat(size.unit()).isEqualTo("clients");
    // individual 60 min x 3/week x 8 weeks = 24h (was 16h): 32h an episode; 48 x 32 = 1536h
    CaseloadPlan thrice = plan.with(times, BigDecimal.valueOf(3));
    assertThat(PlanResult.of(thrice).match(OT).demandHoursByLevel().get(MODERATE)).isEqualTo(Hours.of(1536));
    InterventionActivity individual = level(thrice.demand(), 1).profile().activities().get(1);
    assertThat(individual.frequencyProvenance())
        .isEqualTo(Provenance.ofJudgment(PlanParameter.SCENARIO_VALUE));
    // group of 8 instead of 4: 1h of group time an episode instead of 2; 23h x 48 = 1104h
    CaseloadPlan bigger = plan.with(size, BigDecimal.valueOf(8));
    assertThat(PlanResult.of(bigger).match(OT).demandHoursByLevel().get(MODERATE)).isEqualTo(Hours.of(1104));
    // a frequency given per episode has no weekly parameters
    assertThatThrownBy(
            () -> plan.get(PlanParameter.timesPerWeek(LOW, ActivityKind.INDIRECT, OT)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("): timesPerWeek[1/indirect/OT] (times/week)");
    assertThat(plan.get(PlanParameter.timesPerEpisode(LOW, ActivityKind.INDIRECT, OT)))
        .isEqualByComparingTo("4");
  }

  @Test
  void volumeChangesOnlyThatLevel() {
    CaseloadPlan plan = plan();
    CaseloadPlan fewer = plan.with(PlanParameter.concurrentCaseload(MODERATE), BigDecimal.valueOf(6));
    assertThat(fewer.team()).isEqualTo(plan.team());
    assertThat(level(fewer.demand(), 0)).isEqualTo(level(plan.demand(), 0));
    assertThat(level(fewer.demand(), 1).profile()).isEqualTo(level(plan.demand(), 1).profile());
    assertThat(level(fewer.demand(), 1).volume()).isEqualTo(Volume.ofConcurrent(6));
    // 6 x 52 / 13 = 24 episodes x 24h = 576h; 960 + 576 = 1536h
    assertThat(InterventionTime.of(fewer.demand()).episodesPerYearByLevel().get(MODERATE)).isEqualByComparingTo(Fraction.parse("24"));
    assertThat(PlanResult.of(fewer).demandHours()).isEqualTo(Hours.of(1536));
    // 1536 / 1552.5 = 0.9894 FTE
    assertThat(PlanResult.of(fewer).match(OT).fteRequired()).isEqualTo(Fte.of(quotient("1536", "1552.5")));
  }

  @Test
  void volumeRejectsAnotherMeasureOrNoClientsAtAll() {
    // level 2 is given as a concurrent caseload, not in episodes per year
    assertThatThrownBy(() -> plan().get(PlanParameter.episodesPerYear(MODERATE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid value for parameter (valid values a parameter of plan Community OT 2026,"
                + " such as episodesPerYear[1]): episodesPerYear[2] (episodes/year)");
    CaseloadPlan noLow = plan().with(PlanParameter.episodesPerYear(LOW), BigDecimal.ZERO);
    assertThat(PlanResult.of(noLow).demandHours()).isEqualTo(Hours.of(1152));
    assertThatThrownBy(
            () -> noLow.with(PlanParameter.concurrentCaseload(MODERATE), BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for volume (valid values at least one client in total): 0");
  }

  @Test
  void episodeWeeksAndWeeksPerYearMoveLittlesLaw() {
    CaseloadPlan plan = plan();
    // 12 concurrent x 52 / 26 weeks = 24 episodes x 24h = 576h; 960 + 576 = 1536h
    CaseloadPlan longer = plan.with(PlanParameter.episodeWeeks(MODERATE), BigDecimal.valueOf(26));
    assertThat(PlanResult.of(longer).demandHours()).isEqualTo(Hours.of(1536));
    assertThat(level(longer.demand(), 1).profile().episodeWeeks().provenance())
        .isEqualTo(Provenance.ofJudgment(PlanParameter.SCENARIO_VALUE));
    // 12 x 39 / 13 = 36 episodes x 24h = 864h; 960 + 864 = 1824h
    CaseloadPlan school = plan.with(PlanParameter.weeksPerYear(), BigDecimal.valueOf(39));
    assertThat(PlanResult.of(school).demandHours()).isEqualTo(Hours.of(1824));
    assertThatThrownBy(() -> plan.with(PlanParameter.weeksPerYear(), BigDecimal.valueOf(54)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for weeksPerYear (valid values 0 < x <= 53): 54");
  }

  @Test
  void leaveAndNonClientLines() {
    CaseloadPlan plan = plan();
    PlanParameter vacation = PlanParameter.leaveDays(LeaveType.VACATION);
    PlanParameter admin = PlanParameter.nonClientShare(NonClientCategory.ADMINISTRATION);
    assertThat(plan.get(vacation)).isEqualByComparingTo("20");
    assertThat(vacation.unit()).isEqualTo("days/year");
    assertThat(plan.get(admin)).isEqualByComparingTo("10");
    assertThat(admin.unit()).isEqualTo("%");
    // ot-1: leave 25 x 7.5 = 187.5h, worked 1762.5h, admin 10% => 1586.25h of client care
    CaseloadPlan shorter = plan.with(vacation, BigDecimal.valueOf(15));
    assertThat(TeamTime.of(shorter.team()).member("ot-1").perYear().clientCareHours())
        .isEqualTo(Hours.of("1586.25"));
    // ot-1: worked 1725h, admin 5% = 86.25h => 1638.75h
    CaseloadPlan lighter = plan.with(admin, BigDecimal.valueOf(5));
    assertThat(TeamTime.of(lighter.team()).member("ot-1").perYear().clientCareHours())
        .isEqualTo(Hours.of("1638.75"));
    assertThatThrownBy(() -> plan.with(admin, BigDecimal.valueOf(100)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for nonClientShare[Administration] (valid values 0 <= x < 100): 100");
  }

  @Test
  void parametersOfThePlanInOrder() {
    assertThat(plan().parameters())
        .extracting(PlanParameter::name)
        .containsExactly(
            "fte[ot-1]",
            "hoursPerWeek[ot-1]",
            "fte[ot-2]",
            "hoursPerWeek[ot-2]",
            "leaveDays[Vacation]",
            "leaveDays[Statutory holidays]",
            "nonClientShare[Administration]",
            "episodeWeeks[1]",
            "minutes[1/assessment/OT]",
            "timesPerEpisode[1/assessment/OT]",
            "minutes[1/individual-intervention/OT]",
            "timesPerWeek[1/individual-intervention/OT]",
            "frequencyWeeks[1/individual-intervention/OT]",
            "minutes[1/indirect/OT]",
            "timesPerEpisode[1/indirect/OT]",
            "episodesPerYear[1]",
            "episodeWeeks[2]",
            "minutes[2/assessment/OT]",
            "timesPerEpisode[2/assessment/OT]",
            "minutes[2/individual-intervention/OT]",
            "timesPerWeek[2/individual-intervention/OT]",
            "frequencyWeeks[2/individual-intervention/OT]",
            "minutes[2/group-intervention/OT]",
            "timesPerWeek[2/group-intervention/OT]",
            "frequencyWeeks[2/group-intervention/OT]",
            "groupSize[2/group-intervention/OT]",
            "minutes[2/indirect/OT]",
            "timesPerEpisode[2/indirect/OT]",
            "concurrent[2]",
            "weeksPerYear");
    assertThat(plan().parameters().get(0).isSupply()).isTrue();
    assertThat(plan().parameters().get(7).isDemand()).isTrue();
  }

  @Test
  void twoActivitiesOfOneAddressAreIndexedAndHolidayDatesHaveNoParameter() {
    CaseloadPlan plan = plan();
    InterventionActivity review =
        PlanExamples.activity(ActivityKind.ASSESSMENT, OT, 30, Frequency.ONCE);
    InterventionProfile low = level(plan.demand(), 0).profile();
    List<InterventionActivity> activities = new java.util.ArrayList<>(low.activities());
    activities.add(review);
    CaseloadPlan twice =
        plan.withDemand(
                plan.demand()
                    .withLevel(
                        LevelDemand.of(
                            low.withActivities(activities), level(plan.demand(), 0).volume())))
            .withTeam(
                plan.team()
                    .withLeave(
                        List.of(
                            plan.team().leave().get(0),
                            Leave.ofHolidays(List.of(java.time.LocalDate.of(2026, 7, 1))))));
    List<String> names =
        twice.parameters().stream().map(PlanParameter::name).collect(java.util.stream.Collectors.toList());
    assertThat(names)
        .contains("minutes[1/assessment/OT#1]", "minutes[1/assessment/OT#2]")
        .doesNotContain("minutes[1/assessment/OT]", "leaveDays[Statutory holidays]");
    PlanParameter second =
        PlanParameter.activityMinutes(LOW, ActivityKind.ASSESSMENT, OT).withIndex(2);
    assertThat(twice.get(second)).isEqualByComparingTo("30");
    // 45 minutes instead of 30: 0.25h more an episode, 120 x 0.25 = 30h more
    assertThat(PlanResult.of(twice.with(second, BigDecimal.valueOf(45))).demandHours())
        .isEqualTo(PlanResult.of(twice).demandHours().plus(Hours.of(30)));
    assertThatThrownBy(
            () -> twice.get(PlanParameter.activityMinutes(LOW, ActivityKind.ASSESSMENT, OT)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minutes[1/assessment/OT#1]")
        .hasMessageContaining("minutes[1/assessment/OT#2]");
  }
}
