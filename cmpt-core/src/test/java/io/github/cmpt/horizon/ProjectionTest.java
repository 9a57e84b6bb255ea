package io.github.cmpt.horizon;

import static io.github.cmpt.horizon.HorizonFixtures.LOW;
import static io.github.cmpt.horizon.HorizonFixtures.MODERATE;
import static io.github.cmpt.horizon.HorizonFixtures.MONDAY;
import static io.github.cmpt.horizon.HorizonFixtures.OT;
import static io.github.cmpt.horizon.HorizonFixtures.OTA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.collect.Range;
import io.github.cmpt.plan.CaseloadPlan;
import io.github.cmpt.plan.PlanResult;
import io.github.cmpt.supply.HolidayCalendar;
import io.github.cmpt.supply.Leave;
import io.github.cmpt.time.Fraction;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import io.github.cmpt.vocabulary.LeaveType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectionTest {

  private static final Horizon YEAR = Horizon.ofWeeks(MONDAY, 52);

  @Test
  void horizonsCutDatesIntoWeeksAndCalendarMonths() {
    Horizon months = Horizon.ofMonths(YearMonth.of(2026, 1), 12);
    assertThat(months.days(1)).isEqualTo(28);
    assertThat(months.label(11)).isEqualTo("2026-12");
    assertThat(months.indexOf(LocalDate.of(2026, 3, 31))).isEqualTo(2);
    assertThat(YEAR.indexOf(MONDAY.plusDays(13))).isEqualTo(1);
    assertThat(YEAR.end()).isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(YEAR).hasToString("Horizon[52 weeks from 2026-01-05]");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Horizon.ofWeeks(MONDAY, 521))
        .withMessageContaining("weeks");
    assertThatIllegalArgumentException().isThrownBy(() -> YEAR.indexOf(LocalDate.of(2027, 1, 4)));
  }

  @Test
  void arrivalsAsARateASeasonalProfileOrASeries() {
    Horizon weeks = Horizon.ofWeeks(LocalDate.of(2026, 1, 26), 2); // Jan 26 - Feb 8
    assertThat(Arrivals.ofWeekly(Fraction.of(5)).in(weeks))
        .containsExactly(Fraction.of(5), Fraction.of(5));
    List<Percentage> shares = new ArrayList<>(Collections.nCopies(12, Percentage.ofPercent(5)));
    shares.set(0, Percentage.ofPercent(31)); // January 31%, February to December 5% each: 86%
    shares.set(1, Percentage.ofPercent(14));
    // 31 + 14 + 10 x 5.5 = 100
    for (int m = 2; m < 12; m++) {
      shares.set(m, Percentage.ofPercent(new java.math.BigDecimal("5.5")));
    }
    Arrivals seasonal = Arrivals.ofSeasonal(Fraction.of(100), shares);
    // week 1: six January days of 31 per 31 days, one February day of 14 per 28 days
    // week 2: seven February days
    assertThat(seasonal.in(weeks)).containsExactly(Fraction.of(13, 2), Fraction.of(7, 2));
    Horizon months = Horizon.ofMonths(YearMonth.of(2026, 1), 12);
    assertThat(seasonal.in(months).get(0)).isEqualTo(Fraction.of(31));
    assertThat(seasonal.in(months).get(5)).isEqualTo(Fraction.of(11, 2));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Arrivals.ofSeasonal(Fraction.of(100), shares.subList(0, 11)))
        .withMessageContaining("monthlyShares");
    shares.set(11, Percentage.ofPercent(6));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Arrivals.ofSeasonal(Fraction.of(100), shares))
        .withMessageContaining("100%");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Arrivals.ofSeries(List.of(Fraction.ONE)).in(weeks))
        .withMessageContaining("one value per period");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Arrivals.ofWeekly(Fraction.of(-1)))
        .withMessageContaining("perWeek");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Arrivals.ofWeekly(Fraction.of(1_000_000_000_000L)))
        .withMessageContaining("perWeek (valid values 0 <= x < 10^9)");
  }

  /**
   * The small plan's OT, worked out by hand: ot-1 1.0 FTE and ot-2 0.6 FTE on 37.5 h a week, 52
   * weeks, 20 days of vacation and 10% administration. ot-1: paid 1950h, leave 150h, worked 1800h,
   * client-care 1620h; ot-2: 972h. OT 2592h a year, 2592 / 260 = 9.96923... h a working day, 49.846
   * h a week. With a holiday line of one date as well, leave is 21 days: ot-1 client-care
   * (1950 - 157.5) x 0.9 = 1613.25h, ot-2 (1170 - 94.5) x 0.9 = 967.95h, 2581.2h over 259 ordinary
   * days a year.
   */
  @Test
  void aHolidayWeekLowersThatWeeksStartsAndNothingElse() {
    CaseloadPlan base = HorizonFixtures.smallPlan();
    LocalDate holiday = MONDAY.plusWeeks(10).plusDays(2); // a Wednesday
    CaseloadPlan plan =
        base.withTeam(
            base.team()
                .withLeave(
                    List.of(
                        Leave.ofDays(LeaveType.VACATION, 20), Leave.ofHolidays(List.of(holiday)))));
    HorizonPlan.Builder common =
        HorizonPlan.builder()
            .plan(plan)
            .horizon(Horizon.ofWeeks(MONDAY, 20))
            .putInitialWaiting(LOW, Fraction.of(200))
            .putInitialWaiting(MODERATE, Fraction.of(100));
    HorizonPlan onHoliday = common.holidays(HolidayCalendar.of(holiday)).build();
    HorizonPlan noHoliday =
        HorizonPlan.builder()
            .plan(plan)
            .horizon(Horizon.ofWeeks(MONDAY, 20))
            .putInitialWaiting(LOW, Fraction.of(200))
            .putInitialWaiting(MODERATE, Fraction.of(100))
            .holidays(HolidayCalendar.of(LocalDate.of(2025, 12, 25))) // outside the horizon
            .build();
    Projection with = Projection.of(onHoliday);
    Projection without = Projection.of(noHoliday);
    Fraction perDay = Fraction.of(25812, 2590);
    assertThat(without.role(OT, 10).clientCareHours()).isEqualTo(Hours.of(perDay.multipliedBy(5)));
    assertThat(with.role(OT, 10).clientCareHours()).isEqualTo(Hours.of(perDay.multipliedBy(4)));
    for (int j = 0; j < 20; j++) {
      if (j == 10) {
        assertThat(with.starts(j)).isLessThan(without.starts(j));
      } else {
        assertThat(with.role(OT, j).clientCareHours())
            .isEqualTo(without.role(OT, j).clientCareHours());
        assertThat(with.role(OTA, j).clientCareHours())
            .isEqualTo(without.role(OTA, j).clientCareHours());
        assertThat(with.starts(j)).as("week %d", j).isEqualTo(without.starts(j));
      }
    }
    assertThat(with.waitingAtEnd(12)).isGreaterThan(without.waitingAtEnd(12));
  }

  /**
   * One level, OT only, worked by hand: 4 h an episode (60 + 4 x 45 min), 4 weeks; OT 2592 h a
   * year is 2592 / 52 = 49.846... h a week, 12.4615... episodes a week (= 2592 / 208).
   */
  @Test
  void aListClearsWhenCapacityExceedsArrivalsAndLittlesLawGivesTheWait() {
    CaseloadPlan plan = HorizonFixtures.smallPlan();
    HorizonPlan input =
        HorizonPlan.builder()
            .plan(plan)
            .horizon(Horizon.ofWeeks(MONDAY, 12))
            .putArrival(LOW, Arrivals.ofWeekly(Fraction.of(6)))
            .putArrival(MODERATE, Arrivals.ofWeekly(Fraction.ZERO))
            .putInitialWaiting(LOW, Fraction.of(30))
            .build();
    Projection p = Projection.of(input);
    Fraction capacity = Fraction.of(2592, 208); // episodes a week
    Projection.LevelPeriod first = p.level(LOW, 0);
    assertThat(first.starts()).isEqualTo(capacity);
    assertThat(first.waitingAtEnd()).isEqualTo(Fraction.of(36).minus(capacity));
    // Little's law: waiting / starts per week
    assertThat(first.meanWaitWeeks()).contains(Fraction.of(36).minus(capacity).dividedBy(capacity));
    // 30 waiting, 6 a week more, 12.46 a week served: 30 / (capacity - 6) = 4.64 weeks, so clear in week 5
    assertThat(p.clearingPeriod()).contains(4);
    assertThat(p.clearance()).isEqualTo("2026-02-02");
    assertThat(p.level(LOW, 4).waitingAtEnd()).isEqualTo(Fraction.ZERO);
    assertThat(p.level(LOW, 4).meanWaitWeeks()).contains(Fraction.ZERO);
    // 2592 / 208 = 12.46 a week
    assertThat(first)
        .hasToString("LevelPeriod[0, level 1: waiting 30 + 6 - 12.5 = 23.5, caseload 0 + 12.5 - 0 = 12.5]");
    // discharges four weeks after the start
    assertThat(p.level(LOW, 3).discharges()).isEqualTo(Fraction.ZERO);
    assertThat(p.level(LOW, 4).discharges()).isEqualTo(capacity);
    // OT's caseload at the end of week 4 is the starts of weeks 1 to 4
    assertThat(p.role(OT, 3).caseload()).isEqualTo(capacity.multipliedBy(4));
    assertThat(p.role(OT, 3).fte()).isEqualTo(Fte.of("1.6"));
    assertThat(p.role(OT, 3).caseloadPerFte())
        .contains(capacity.multipliedBy(4).dividedBy(Fraction.of(8, 5)));
    // the service: caseload and waiting of both levels over the 2.1 FTE of the team (OT 1.6, OTA 0.5)
    Fraction caseload = p.level(LOW, 3).caseloadAtEnd().plus(p.level(MODERATE, 3).caseloadAtEnd());
    Fraction waiting = p.level(LOW, 3).waitingAtEnd().plus(p.level(MODERATE, 3).waitingAtEnd());
    assertThat(p.fte(3)).isEqualTo(Fte.of("2.1"));
    assertThat(p.caseloadPerFte(3)).contains(caseload.dividedBy(Fraction.of(21, 10)));
    assertThat(p.caseloadAndWaitingPerFte(3))
        .contains(caseload.plus(waiting).multipliedBy(Fraction.of(10, 21)));
    assertThat(p.toString()).isEqualTo(
        "Projection[Small OT 2026, Horizon[12 weeks from 2026-01-05]: waiting 30 -> 0, clears 2026-02-02]");
  }

  @Test
  void aListThatCannotClearSaysSo() {
    HorizonPlan input =
        HorizonPlan.builder()
            .plan(HorizonFixtures.smallPlan())
            .horizon(Horizon.ofWeeks(MONDAY, 8))
            .putArrival(LOW, Arrivals.ofWeekly(Fraction.of(20)))
            .build();
    Projection p = Projection.of(input);
    assertThat(p.clearingPeriod()).isEmpty();
    assertThat(p.clearance()).isEqualTo("does not clear within the horizon");
    assertThat(p.toTable().toText()).contains("does not clear within the horizon");
    assertThat(p.toTable().toCsv().lines().count()).isGreaterThan(8);
  }

  /**
   * A new hire from a date and a post that falls vacant: their client-care hours and FTE count
   * only on the days they are employed.
   */
  @Test
  void staffChangesStartOnTheirDates() {
    CaseloadPlan plan = HorizonFixtures.smallPlan();
    HorizonPlan input =
        HorizonPlan.builder()
            .plan(plan)
            .horizon(Horizon.ofWeeks(MONDAY, 10))
            .putEmployment("ot-2", Range.atLeast(MONDAY.plusWeeks(4).plusDays(3))) // a Thursday
            .build();
    Projection p = Projection.of(input);
    Fraction ot1PerDay = Fraction.of(1620, 260);
    Fraction ot2PerDay = Fraction.of(972, 260);
    assertThat(p.role(OT, 3).clientCareHours()).isEqualTo(Hours.of(ot1PerDay.multipliedBy(5)));
    assertThat(p.role(OT, 4).clientCareHours())
        .isEqualTo(Hours.of(ot1PerDay.multipliedBy(5).plus(ot2PerDay.multipliedBy(2))));
    assertThat(p.role(OT, 4).fte()).isEqualTo(Fte.of(Fraction.of(1).plus(Fraction.of(3, 5).multipliedBy(Fraction.of(4, 7)))));
    assertThat(p.role(OT, 5).fte()).isEqualTo(Fte.of("1.6"));
  }

  /** An absence places the vacation of its type: its days lose all client care, other days gain. */
  @Test
  void anAbsencePlacesLeaveInItsPeriods() {
    CaseloadPlan plan = HorizonFixtures.smallPlan();
    HorizonPlan input =
        HorizonPlan.builder()
            .plan(plan)
            .horizon(Horizon.ofWeeks(MONDAY, 10))
            .addAbsence(
                Absence.of("ot-1", LeaveType.VACATION, MONDAY.plusWeeks(2), MONDAY.plusWeeks(3).minusDays(3)))
            .build();
    Projection p = Projection.of(input);
    // ot-1: 1620h over 260 - 20 = 240 ordinary days; ot-2 unchanged, 972 / 260
    Fraction ot1 = Fraction.of(1620, 240);
    Fraction ot2 = Fraction.of(972, 260);
    assertThat(p.role(OT, 2).clientCareHours()).isEqualTo(Hours.of(ot2.multipliedBy(5)));
    assertThat(p.role(OT, 1).clientCareHours())
        .isEqualTo(Hours.of(ot1.plus(ot2).multipliedBy(5)));
  }

  @Test
  void priorityServesTheNamedLevelsFirst() {
    HorizonPlan fcfs =
        HorizonPlan.builder()
            .plan(HorizonFixtures.smallPlan())
            .horizon(Horizon.ofWeeks(MONDAY, 4))
            .putInitialWaiting(LOW, Fraction.of(100))
            .putInitialWaiting(MODERATE, Fraction.of(100))
            .build();
    Projection first = Projection.of(fcfs);
    Projection priority =
        Projection.of(fcfs.withOrder(ServiceOrder.priority(List.of(MODERATE))));
    // first come first served: the initial list starts in proportion, 1 : 1
    assertThat(first.level(LOW, 0).starts()).isEqualTo(first.level(MODERATE, 0).starts());
    // priority: moderate first, low only once moderate's list is empty
    assertThat(priority.level(LOW, 0).starts()).isEqualTo(Fraction.ZERO);
    assertThat(priority.level(MODERATE, 0).starts()).isGreaterThan(first.level(MODERATE, 0).starts());
    assertThat(ServiceOrder.priority(List.of(MODERATE, LOW))).hasToString("priority [2, 1]");
  }

  @Test
  void badInputIsRejectedByName() {
    CaseloadPlan plan = HorizonFixtures.smallPlan();
    HorizonPlan.Builder b = HorizonPlan.builder().plan(plan).horizon(YEAR);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> b.putInitialWaiting(HorizonFixtures.HIGH, Fraction.ONE).build())
        .withMessageContaining("initialWaiting");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                HorizonPlan.builder()
                    .plan(plan)
                    .horizon(YEAR)
                    .addAbsence(Absence.of("nobody", LeaveType.SICK, MONDAY, MONDAY))
                    .build())
        .withMessageContaining("absences");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                HorizonPlan.builder()
                    .plan(plan)
                    .horizon(YEAR)
                    .putInitialCaseload(LOW, Fraction.of(-1))
                    .build())
        .withMessageContaining("initialCaseload (1)");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Absence.of("ot-1", LeaveType.SICK, MONDAY, MONDAY.minusDays(1)))
        .withMessageContaining("last");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Projection.of(
                    HorizonPlan.builder().plan(plan).horizon(YEAR).build(),
                    PlanResult.of(plan.withName("other"))))
        .withMessageContaining("result");
  }

  /**
   * A school-year contract: 40 weeks on the dates of its working period, with a winter break
   * between its two ranges; the weeks of the break and of the summer have no client care.
   */
  @Test
  void aSchoolYearsBreaksHaveNoClientCare() {
    io.github.cmpt.time.WorkingPeriod schoolYear =
        io.github.cmpt.time.WorkingPeriod.of(
            List.of(
                Range.closed(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 6, 26)),
                Range.closed(LocalDate.of(2026, 9, 8), LocalDate.of(2026, 12, 18))));
    io.github.cmpt.time.WorkPattern pattern =
        io.github.cmpt.time.WorkPattern.of(Hours.of("37.5"), 5, 40).withWorkingPeriod(schoolYear);
    CaseloadPlan base = HorizonFixtures.smallPlan();
    io.github.cmpt.supply.Team team =
        io.github.cmpt.supply.Team.builder()
            .name("School")
            .addClinician(
                io.github.cmpt.supply.Clinician.builder()
                    .id("ot-1")
                    .role(OT)
                    .workHours(io.github.cmpt.supply.WorkHours.of(pattern, Fte.ONE))
                    .build())
            .addClinician(HorizonFixtures.clinician("ota-1", OTA, "0.5"))
            .build();
    Projection p =
        Projection.of(
            HorizonPlan.builder().plan(base.withTeam(team)).horizon(YEAR).build());
    // 37.5h x 40 weeks = 1500h paid and client-care, over 5 x 40 = 200 working days: 7.5h a day
    assertThat(p.role(OT, 0).clientCareHours()).isEqualTo(Hours.of("37.5"));
    assertThat(p.role(OT, 30).clientCareHours()).isEqualTo(Hours.ZERO); // August
    assertThat(p.role(OT, 50).clientCareHours()).isEqualTo(Hours.ZERO); // December 21-27
    assertThat(p.role(OT, 35).clientCareHours()).isEqualTo(Hours.of("30")); // from Tuesday Sep 8
  }
}
