package io.github.cmpt.horizon;

import static io.github.cmpt.horizon.HorizonFixtures.MONDAY;
import static io.github.cmpt.horizon.HorizonFixtures.OT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.cmpt.plan.Capacity;
import io.github.cmpt.plan.CaseloadPlan;
import io.github.cmpt.plan.PlanParameter;
import io.github.cmpt.plan.PlanResult;
import io.github.cmpt.supply.ClinicianTime;
import io.github.cmpt.time.Fraction;
import io.github.cmpt.time.Hours;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.vocabulary.Role;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The laws of a projection, over generated plans and horizons. */
class ProjectionPropertiesTest {

  @Test
  void clientsAreConservedInEveryPeriodAndLevel() {
    qt().withExamples(40)
        .forAll(HorizonFixtures.horizonPlans())
        .checkAssert(
            input -> {
              Projection p = Projection.of(input);
              for (ComplexityLevel level : p.levels()) {
                Fraction waiting = input.initialWaiting().getOrDefault(level, Fraction.ZERO);
                Fraction caseload = input.initialCaseload().getOrDefault(level, Fraction.ZERO);
                for (Projection.LevelPeriod r : p.level(level)) {
                  // carried from period to period
                  assertThat(r.waitingAtStart()).isEqualTo(waiting);
                  assertThat(r.caseloadAtStart()).isEqualTo(caseload);
                  assertThat(r.waitingAtStart().plus(r.arrivals()))
                      .isEqualTo(r.starts().plus(r.waitingAtEnd()));
                  assertThat(r.caseloadAtStart().plus(r.starts()))
                      .isEqualTo(r.discharges().plus(r.caseloadAtEnd()));
                  for (Fraction f :
                      new Fraction[] {r.starts(), r.waitingAtEnd(), r.discharges(), r.caseloadAtEnd()}) {
                    assertThat(f.signum()).isNotNegative();
                  }
                  waiting = r.waitingAtEnd();
                  caseload = r.caseloadAtEnd();
                }
              }
              for (Role role : p.roles()) {
                for (Projection.RolePeriod r : p.role(role)) {
                  assertThat(r.usedHours()).isLessThanOrEqualTo(r.clientCareHours());
                  assertThat(r.usedHours().isNegative()).isFalse();
                }
              }
            });
  }

  /**
   * Arrivals at the annual plan's capacity, evenly over 52 weeks, with the caseload the plan
   * carries and no list at the start: no one ever waits, the caseload stays at the plan's
   * concurrent caseload, and the year's starts and client-care hours are the annual plan's.
   */
  @Test
  void arrivalsAtCapacityKeepASteadyStateWhoseYearIsTheAnnualPlan() {
    qt().withExamples(25)
        .forAll(HorizonFixtures.plans())
        .checkAssert(
            plan -> {
              PlanResult annual = PlanResult.of(plan);
              Capacity capacity = annual.capacity();
              HorizonPlan.Builder b =
                  HorizonPlan.builder().plan(plan).horizon(Horizon.ofWeeks(MONDAY, 52));
              for (Map.Entry<ComplexityLevel, Fraction> e :
                  capacity.episodesPerYearByLevel().entrySet()) {
                b.putArrival(e.getKey(), Arrivals.ofWeekly(e.getValue().dividedBy(52)));
                b.putInitialCaseload(
                    e.getKey(), capacity.concurrentCaseloadByLevel().get(e.getKey()));
              }
              Projection p = Projection.of(b.build());
              for (ComplexityLevel level : p.levels()) {
                Fraction starts = Fraction.ZERO;
                for (Projection.LevelPeriod r : p.level(level)) {
                  assertThat(r.waitingAtEnd()).isEqualTo(Fraction.ZERO);
                  assertThat(r.caseloadAtEnd())
                      .isEqualTo(capacity.concurrentCaseloadByLevel().get(level));
                  starts = starts.plus(r.starts());
                }
                assertThat(starts).isEqualTo(capacity.episodesPerYearByLevel().get(level));
              }
              for (Role role : p.roles()) {
                Hours year = Hours.ZERO;
                for (Projection.RolePeriod r : p.role(role)) {
                  year = year.plus(r.clientCareHours());
                }
                assertThat(year).isEqualTo(annual.match(role).supplyHours());
              }
            });
  }

  @Test
  void moreStaffNeverLengthensTheList() {
    qt().withExamples(30)
        .forAll(HorizonFixtures.horizonPlans(), integers().between(1, 6))
        .checkAssert(
            (input, tenths) -> {
              CaseloadPlan plan = input.plan();
              PlanParameter fte = PlanParameter.fte("ot-1");
              BigDecimal more = plan.get(fte).add(BigDecimal.valueOf(tenths, 1));
              HorizonPlan bigger = input.withPlan(plan.with(fte, more));
              assertListNoLonger(Projection.of(bigger), Projection.of(input));
            });
  }

  @Test
  void moreArrivalsNeverShortenTheList() {
    qt().withExamples(30)
        .forAll(HorizonFixtures.horizonPlans(), integers().between(1, 20))
        .checkAssert(
            (input, extra) -> {
              ComplexityLevel level = input.plan().demand().levels().get(0).level();
              Fraction base =
                  Projection.of(input).level(level, 0).arrivals(); // the level's rate in period 0
              java.util.List<Fraction> series = new java.util.ArrayList<>();
              Projection before = Projection.of(input);
              for (Projection.LevelPeriod r : before.level(level)) {
                series.add(r.arrivals().plus(Fraction.of(r.period() % 3 == 0 ? extra : 0)));
              }
              assertThat(base.signum()).isNotNegative();
              Map<ComplexityLevel, Arrivals> arrivals =
                  new java.util.LinkedHashMap<>(input.arrivals());
              arrivals.put(level, Arrivals.ofSeries(series));
              HorizonPlan busier = input.withArrivals(arrivals);
              assertListNoLonger(before, Projection.of(busier));
            });
  }

  /** Every level's list in every period of {@code shorter} is at most that of {@code longer}. */
  private static void assertListNoLonger(Projection shorter, Projection longer) {
    for (ComplexityLevel level : shorter.levels()) {
      for (int j = 0; j < shorter.horizon().size(); j++) {
        assertThat(shorter.level(level, j).waitingAtEnd())
            .as("level %s, period %d", level.code(), j)
            .isLessThanOrEqualTo(longer.level(level, j).waitingAtEnd());
      }
    }
  }

  /** The supply of a year adds up to Step 1's client-care hours, holidays and absences included. */
  @Test
  void aYearOfPeriodsAddsUpToStep1WithHolidaysAndAbsences() {
    qt().withExamples(20)
        .forAll(HorizonFixtures.plans(), integers().between(0, 25))
        .checkAssert(
            (plan, week) -> {
              // two holidays on weekdays inside the 52 weeks; ot-1 takes the team's vacation days
              // as absences on whole weeks
              java.time.LocalDate h1 = MONDAY.plusWeeks(week).plusDays(2);
              java.time.LocalDate h2 = MONDAY.plusWeeks(week + 10).plusDays(4);
              CaseloadPlan withHolidays =
                  plan.withTeam(
                      plan.team()
                          .withLeave(
                              com.google.common.collect.ImmutableList.<io.github.cmpt.supply.Leave>builder()
                                  .addAll(plan.team().leave())
                                  .add(io.github.cmpt.supply.Leave.ofHolidays(java.util.List.of(h1, h2)))
                                  .build()));
              PlanResult annual = PlanResult.of(withHolidays);
              ClinicianTime ot1 = annual.supply().member("ot-1");
              BigDecimal days =
                  ot1.leaveLines().stream()
                      .filter(l -> l.type().equals(io.github.cmpt.vocabulary.LeaveType.VACATION))
                      .map(io.github.cmpt.supply.Leave::amount)
                      .reduce(BigDecimal.ZERO, BigDecimal::add);
              HorizonPlan.Builder b =
                  HorizonPlan.builder().plan(withHolidays).horizon(Horizon.ofWeeks(MONDAY, 52));
              int whole = days.intValueExact();
              java.time.LocalDate first = MONDAY.plusWeeks(40);
              int weeks = whole / 5;
              if (weeks > 0) {
                b.addAbsence(
                    Absence.of(
                        "ot-1",
                        io.github.cmpt.vocabulary.LeaveType.VACATION,
                        first,
                        first.plusWeeks(weeks).minusDays(3)));
              }
              if (whole % 5 > 0) {
                java.time.LocalDate rest = MONDAY.plusWeeks(45);
                b.addAbsence(
                    Absence.of(
                        "ot-1",
                        io.github.cmpt.vocabulary.LeaveType.VACATION,
                        rest,
                        rest.plusDays(whole % 5 - 1)));
              }
              Projection p = Projection.of(b.build());
              Hours year = Hours.ZERO;
              for (Projection.RolePeriod r : p.role(OT)) {
                year = year.plus(r.clientCareHours());
              }
              assertThat(year).isEqualTo(annual.match(OT).supplyHours());
            });
  }

  /**
   * With a list that never empties, a statutory holiday in one week takes that week's hours of a
   * day from every role and lowers that week's starts; every other week's hours and starts are
   * those of the same horizon without it.
   */
  @Test
  void aHolidayWeekLowersThatWeeksStartsAndNothingElse() {
    qt().withExamples(20)
        .forAll(HorizonFixtures.plans(), integers().between(0, 19), integers().between(0, 4))
        .checkAssert(
            (plan, week, day) -> {
              java.time.LocalDate holiday = MONDAY.plusWeeks(week).plusDays(day);
              CaseloadPlan withLine =
                  plan.withTeam(
                      plan.team()
                          .withLeave(
                              com.google.common.collect.ImmutableList.<io.github.cmpt.supply.Leave>builder()
                                  .addAll(plan.team().leave())
                                  .add(io.github.cmpt.supply.Leave.ofHolidays(java.util.List.of(holiday)))
                                  .build()));
              HorizonPlan.Builder b =
                  HorizonPlan.builder().plan(withLine).horizon(Horizon.ofWeeks(MONDAY, 20));
              for (io.github.cmpt.demand.LevelDemand d : plan.demand().levels()) {
                b.putInitialWaiting(d.level(), Fraction.of(100_000));
              }
              HorizonPlan on = b.holidays(io.github.cmpt.supply.HolidayCalendar.of(holiday)).build();
              HorizonPlan off =
                  on.withHolidays(
                      io.github.cmpt.supply.HolidayCalendar.of(java.time.LocalDate.of(2025, 12, 25)));
              Projection with = Projection.of(on);
              Projection without = Projection.of(off);
              for (int j = 0; j < 20; j++) {
                for (Role role : with.roles()) {
                  if (j == week) {
                    assertThat(with.role(role, j).clientCareHours())
                        .isLessThan(without.role(role, j).clientCareHours());
                  } else {
                    assertThat(with.role(role, j).clientCareHours())
                        .isEqualTo(without.role(role, j).clientCareHours());
                  }
                }
                if (j == week) {
                  assertThat(with.starts(j)).isLessThan(without.starts(j));
                } else {
                  for (ComplexityLevel level : with.levels()) {
                    assertThat(with.level(level, j).starts())
                        .isEqualTo(without.level(level, j).starts());
                  }
                }
              }
            });
  }
}
