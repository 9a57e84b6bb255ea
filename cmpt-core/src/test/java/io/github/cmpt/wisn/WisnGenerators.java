package io.github.cmpt.wisn;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import io.github.cmpt.time.PeriodicHours;
import java.math.BigDecimal;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Generators of valid WISN inputs. Working days are 200 to 366, each kind of leave 0 to 30 days in
 * half days, 4 to 12 hours a day; each category allowance takes at most 20% of working time and
 * there are at most four, so that their total stays below 100%.
 */
final class WisnGenerators {

  private WisnGenerators() {}

  static Gen<WorkingTime> workingTimes() {
    Gen<BigDecimal> leave = integers().between(0, 60).map(halves -> half(halves));
    return integers()
        .between(200, 366)
        .zip(
            lists().of(leave).ofSize(4),
            integers().between(16, 48),
            integers().between(1, 7),
            (days, l, quarters, perWeek) ->
                WorkingTime.builder()
                    .workingDaysPerYear(days)
                    .publicHolidays(l.get(0))
                    .annualLeave(l.get(1))
                    .sickLeave(l.get(2))
                    .otherLeave(l.get(3))
                    .hoursPerDay(Hours.of(half(quarters)).dividedBy(2))
                    .workingDaysPerWeek(perWeek)
                    .build());
  }

  private static BigDecimal half(long n) {
    return BigDecimal.valueOf(n * 5, 1);
  }

  static Gen<ActivityStandard> standards() {
    return integers()
        .between(0, 1)
        .zip(
            integers().between(1, 240),
            (kind, n) ->
                kind == 0
                    ? ActivityStandard.ofUnitTime(Hours.ofMinutes(n))
                    : ActivityStandard.ofRate(BigDecimal.valueOf(n, 1)));
  }

  static Gen<BigDecimal> workloads() {
    return integers().between(0, 1_000_000).map(n -> BigDecimal.valueOf(n, 1));
  }

  static Gen<HealthServiceActivity> activities() {
    return standards()
        .zip(
            workloads(),
            (standard, workload) ->
                HealthServiceActivity.builder()
                    .name("Activity")
                    .standard(standard)
                    .annualWorkload(workload)
                    .build());
  }

  /** A category allowance of at most 20% of any generated working time. */
  static Gen<CategoryAllowance> categoryAllowances() {
    return integers()
        .between(0, 4)
        .zip(
            integers().between(0, 200),
            (kind, n) -> {
              switch (kind) {
                case 0: // 0% to 20%
                  return CategoryAllowance.ofShare(
                      "Share", Percentage.ofPercent(BigDecimal.valueOf(n, 1)));
                case 1: // up to 0.8h of a day of at least 4h
                  return CategoryAllowance.of(
                      "Daily", PeriodicHours.ofDaily(Hours.ofMinutes(n * 48L / 200)));
                case 2: // up to 0.8h of a week of at least 4h
                  return CategoryAllowance.of(
                      "Weekly", PeriodicHours.ofWeekly(Hours.ofMinutes(n * 48L / 200)));
                case 3: // up to 5h a month, 60h of at least 320h a year
                  return CategoryAllowance.of(
                      "Monthly", PeriodicHours.ofMonthly(Hours.of(BigDecimal.valueOf(n * 25L, 3))));
                default: // up to 64h of at least 320h a year
                  return CategoryAllowance.of(
                      "Yearly", PeriodicHours.ofYearly(Hours.of(BigDecimal.valueOf(n * 32L, 2))));
              }
            });
  }

  static Gen<IndividualAllowance> individualAllowances() {
    return integers()
        .between(0, 500)
        .zip(
            integers().between(1, 5),
            (hours, staff) ->
                IndividualAllowance.builder()
                    .name("Individual")
                    .hoursPerYear(Hours.of(hours))
                    .staff(staff)
                    .build());
  }

  static Gen<Fte> staff() {
    return integers().between(0, 5000).map(n -> Fte.of(BigDecimal.valueOf(n, 1)));
  }

  static Gen<WisnInput> inputs() {
    return workingTimes()
        .zip(
            lists().of(activities()).ofSizeBetween(1, 5),
            lists().of(categoryAllowances()).ofSizeBetween(0, 4),
            lists().of(individualAllowances()).ofSizeBetween(0, 3),
            staff(),
            WisnGenerators::input);
  }

  static WisnInput input(
      WorkingTime time,
      List<HealthServiceActivity> activities,
      List<CategoryAllowance> categoryAllowances,
      List<IndividualAllowance> individualAllowances,
      Fte staff) {
    return WisnInput.builder()
        .staffCategory("Staff")
        .workingTime(time)
        .addAllHealthServiceActivities(activities)
        .addAllCategoryAllowances(categoryAllowances)
        .addAllIndividualAllowances(individualAllowances)
        .currentStaff(staff)
        .build();
  }
}
