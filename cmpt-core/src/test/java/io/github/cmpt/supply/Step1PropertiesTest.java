package io.github.cmpt.supply;

import static io.github.cmpt.supply.Step1Generators.activities;
import static io.github.cmpt.supply.Step1Generators.activityLists;
import static io.github.cmpt.supply.Step1Generators.contracts;
import static io.github.cmpt.supply.Step1Generators.decimals;
import static io.github.cmpt.supply.Step1Generators.leaveLists;
import static io.github.cmpt.supply.Step1Generators.leaves;
import static io.github.cmpt.supply.Step1Generators.teams;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Period;
import io.github.cmpt.vocabulary.Role;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The laws of Step 1, checked over generated contracts, leave, activities and teams. */
class Step1PropertiesTest {

  private static Clinician clinician(
      WorkHours contract, List<Leave> leave, List<NonClientActivity> activities) {
    return Clinician.builder()
        .id("c")
        .role(Role.OCCUPATIONAL_THERAPIST)
        .workHours(contract)
        .addAllLeave(leave)
        .addAllActivities(activities)
        .build();
  }

  private static void assertConserved(TimeBreakdown b) {
    Hours leave = Hours.sum(b.leave().values());
    Hours nonClient = Hours.sum(b.nonClient().values());
    assertThat(leave.plus(nonClient).plus(b.clientCareHours())).isEqualTo(b.paidHours());
    assertThat(b.paidHours().minus(leave)).isEqualTo(b.workedHours());
    assertThat(b.clientCareHours().isNegative()).isFalse();
  }

  @Test
  void paidIsLeavePlusNonClientPlusClientCareExactlyInEveryPeriod() {
    qt().forAll(contracts(), leaveLists(), activityLists())
        .checkAssert(
            (contract, leave, activities) -> {
              ClinicianTime time = ClinicianTime.of(clinician(contract, leave, activities));
              for (Period p : Period.values()) {
                assertConserved(time.in(p));
              }
              assertThat(time.perYear().paidHours()).isEqualTo(contract.paidHoursPerYear());
            });
  }

  @Test
  void teamLinesAddUpForEveryMemberRoleTotalAndPerFte() {
    qt().withExamples(200)
        .forAll(teams())
        .checkAssert(
            team -> {
              TeamTime time = TeamTime.of(team);
              for (Period p : List.of(Period.YEAR, Period.MONTH, Period.WEEK)) {
                time.members().forEach(m -> assertConserved(m.in(p)));
                time.byRole(p).values().forEach(Step1PropertiesTest::assertConserved);
                assertConserved(time.total(p));
                assertConserved(time.perFte(p));
                assertThat(time.perFte(p).fte()).isEqualTo(Fte.ONE);
              }
            });
  }

  @Test
  void moreLeaveNeverGivesMoreClientCare() {
    qt().forAll(contracts(), leaveLists(), activityLists(), leaves())
        .checkAssert(
            (contract, leave, activities, extra) -> {
              Hours before =
                  ClinicianTime.of(clinician(contract, leave, activities)).perYear().clientCareHours();
              List<Leave> more = new ArrayList<>(leave);
              more.add(extra);
              Hours after =
                  ClinicianTime.of(clinician(contract, more, activities)).perYear().clientCareHours();
              assertThat(after).isLessThanOrEqualTo(before);
            });
  }

  @Test
  void moreNonClientTimeNeverGivesMoreClientCare() {
    qt().forAll(contracts(), leaveLists(), activityLists(), activities())
        .checkAssert(
            (contract, leave, activities, extra) -> {
              Hours before =
                  ClinicianTime.of(clinician(contract, leave, activities)).perYear().clientCareHours();
              List<NonClientActivity> more = new ArrayList<>(activities);
              more.add(extra);
              Hours after =
                  ClinicianTime.of(clinician(contract, leave, more)).perYear().clientCareHours();
              assertThat(after).isLessThanOrEqualTo(before);
            });
  }

  @Test
  void proratedLeaveScalesLinearlyWithFteAndAbsoluteLeaveDoesNot() {
    qt().forAll(contracts(), leaves(), decimals(1, 150))
        .checkAssert(
            (contract, leave, factor) -> {
              WorkHours scaled =
                  contract.withFte(contract.fte().multipliedBy(factor).rounded(4, java.math.RoundingMode.UNNECESSARY));
              Hours base = leave.hoursPerYear(contract);
              Hours other = leave.hoursPerYear(scaled);
              if (leave.isProrated()) {
                // line(f x k) x f = line(f) x f x k, exactly: both are products of the same factors
                assertThat(other.multipliedBy(contract.fte().toBigDecimal()))
                    .isEqualTo(base.multipliedBy(scaled.fte().toBigDecimal()));
              } else {
                assertThat(other).isEqualTo(base);
              }
            });
  }

  @Test
  void proratedLeaveIsTheFullTimeLineTimesFte() {
    qt().forAll(contracts(), leaves())
        .checkAssert(
            (contract, leave) -> {
              Hours fullTime = leave.hoursPerYear(contract.withFte(Fte.ONE));
              Hours actual = leave.hoursPerYear(contract);
              assertThat(actual)
                  .isEqualTo(
                      leave.isProrated()
                          ? fullTime.multipliedBy(contract.fte().toBigDecimal())
                          : fullTime);
            });
  }

  @Test
  void teamTotalsAreTheSumOfMembersInAnyOrder() {
    qt().withExamples(200)
        .forAll(teams(), longs().all())
        .checkAssert(
            (team, seed) -> {
              List<Clinician> shuffled = new ArrayList<>(team.clinicians());
              Collections.shuffle(shuffled, new Random(seed));
              Team reordered =
                  Team.builder()
                      .name(team.name())
                      .addAllClinicians(shuffled)
                      .addAllLeave(team.leave())
                      .addAllActivities(team.activities())
                      .build();
              for (Period p : List.of(Period.YEAR, Period.MONTH, Period.WEEK)) {
                TimeBreakdown total = TeamTime.of(team).total(p);
                assertThat(TeamTime.of(reordered).total(p)).isEqualTo(total);
                Hours clientCare = Hours.ZERO;
                for (ClinicianTime m : TeamTime.of(team).members()) {
                  clientCare = clientCare.plus(m.in(p).clientCareHours());
                }
                assertThat(total.clientCareHours()).isEqualTo(clientCare);
                assertThat(TeamTime.of(reordered).byRole(p))
                    .containsExactlyInAnyOrderEntriesOf(TeamTime.of(team).byRole(p));
              }
            });
  }

  @Test
  void weeklyAndMonthlyLinesAreTheYearlyLinesDividedByThePeriodsOfTheYear() {
    qt().forAll(contracts(), leaveLists(), activityLists())
        .checkAssert(
            (contract, leave, activities) -> {
              ClinicianTime time = ClinicianTime.of(clinician(contract, leave, activities));
              BigDecimal weeks = contract.pattern().weeksPerYear();
              BigDecimal months = contract.pattern().periodsPerYear(Period.MONTH).toBigDecimal();
              TimeBreakdown year = time.perYear();
              // paid and each line are exact quotients rounded to MATH_CONTEXT; multiplying back
              // recovers the yearly line to within 1e-30 relative
              assertClose(time.perWeek().paidHours().multipliedBy(weeks), year.paidHours());
              assertClose(time.perMonth().paidHours().multipliedBy(months), year.paidHours());
              assertClose(
                  time.perWeek().clientCareHours().multipliedBy(weeks), year.clientCareHours());
              assertClose(
                  time.perMonth().clientCareHours().multipliedBy(months), year.clientCareHours());
            });
  }

  private static void assertClose(Hours actual, Hours expected) {
    BigDecimal diff = actual.minus(expected).toBigDecimal().abs();
    BigDecimal scale = expected.toBigDecimal().abs().max(BigDecimal.ONE);
    assertThat(diff).isLessThanOrEqualTo(scale.movePointLeft(30));
  }
}
