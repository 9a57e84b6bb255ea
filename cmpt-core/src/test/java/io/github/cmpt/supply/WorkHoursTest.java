package io.github.cmpt.supply;

import io.github.cmpt.time.Period;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.collect.Range;
import io.github.cmpt.time.Fraction;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.WorkPattern;
import io.github.cmpt.time.WorkingPeriod;
import io.github.cmpt.vocabulary.LeaveType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkHoursTest {

  /**
   * A 4.5-day week (WISN's Kenyan example counts 4.5 working days) of 7.5 hours a day over 52
   * weeks, with 12 statutory holidays, 20 days of annual leave and 10 of sick leave.
   *
   * <pre>
   * hours per week   4.5 x 7.5          =   33.75h
   * working days     4.5 x 52           =  234 days
   * paid hours       33.75 x 52         = 1755h
   * leave            12 + 20 + 10       =   42 days x 7.5h = 315h (90h + 150h + 75h)
   * days worked      234 - 42           =  192 days
   * worked hours     1755 - 315         = 1440h = 192 x 7.5h
   * </pre>
   */
  @Test
  void aFourAndAHalfDayWeek() {
    WorkHours contract =
        WorkHours.builder()
            .hoursPerWeek(Hours.of("33.75"))
            .workingDaysPerWeek(new BigDecimal("4.5"))
            .weeksPerYear(new BigDecimal("52"))
            .fte(Fte.ONE)
            .build();
    WorkPattern pattern = contract.pattern();
    assertThat(pattern.hoursPerDay()).isEqualTo(Hours.of("7.5"));
    assertThat(pattern.workingDaysPerYear()).isEqualByComparingTo("234");
    assertThat(contract.paidHoursPerYear()).isEqualTo(Hours.of(1755));
    List<Leave> leave =
        List.of(
            Leave.ofDays(LeaveType.STATUTORY_HOLIDAYS, 12),
            Leave.ofDays(LeaveType.VACATION, 20),
            Leave.ofDays(LeaveType.SICK, 10));
    assertThat(leave.get(0).hoursPerYear(contract)).isEqualTo(Hours.of(90));
    assertThat(leave.get(1).hoursPerYear(contract)).isEqualTo(Hours.of(150));
    assertThat(leave.get(2).hoursPerYear(contract)).isEqualTo(Hours.of(75));
    BigDecimal leaveDays = BigDecimal.ZERO;
    Hours leaveHours = Hours.ZERO;
    for (Leave l : leave) {
      leaveDays = leaveDays.add(l.daysIn(pattern).toBigDecimal());
      leaveHours = leaveHours.plus(l.hoursPerYear(contract));
    }
    BigDecimal daysWorked = pattern.workingDaysPerYear().subtract(leaveDays);
    Hours worked = contract.paidHoursPerYear().minus(leaveHours);
    assertThat(daysWorked).isEqualByComparingTo("192");
    assertThat(worked).isEqualTo(Hours.of(1440));
    assertThat(pattern.hoursPerDay().multipliedBy(daysWorked)).isEqualTo(worked);
    // part-time: prorated lines scale with the FTE, 0.6 x 1440h = 864h
    WorkHours partTime = contract.withFte(Fte.of("0.6"));
    Hours partLeave = Hours.ZERO;
    for (Leave l : leave) {
      partLeave = partLeave.plus(l.hoursPerYear(partTime));
    }
    assertThat(partTime.paidHoursPerYear().minus(partLeave)).isEqualTo(Hours.of(864));
  }

  @Test
  void builderSetsTheWorkingPeriodAndTheDays() {
    WorkingPeriod schoolYear =
        WorkingPeriod.of(Range.closed(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 30)));
    WorkHours contract =
        WorkHours.builder()
            .hoursPerWeek(Hours.of("37.5"))
            .workingDaysPerWeek(5)
            .weeksPerYear(new BigDecimal("40"))
            .workingPeriod(schoolYear)
            .fte(Fte.of("0.8"))
            .build();
    assertThat(contract.pattern())
        .isEqualTo(WorkPattern.of(Hours.of("37.5"), 5, 40).withWorkingPeriod(schoolYear));
    assertThat(contract.pattern().periodsPerYear(Period.MONTH)).isEqualTo(Fraction.of(10));
    assertThat(contract.paidHoursPerYear()).isEqualTo(Hours.of(1200));
    // a whole number given as a decimal is the whole-day pattern
    WorkHours decimalDays =
        WorkHours.builder()
            .hoursPerWeek(Hours.of("37.5"))
            .workingDaysPerWeek(new BigDecimal("5.0"))
            .weeksPerYear(new BigDecimal("52"))
            .fte(Fte.ONE)
            .build();
    assertThat(decimalDays.pattern()).isEqualTo(WorkPattern.of(Hours.of("37.5"), 5, 52));
    assertThat(decimalDays.pattern().daysPerWeek()).isEqualByComparingTo("5");
  }

  @Test
  void builderChecksTheDaysWhenItBuilds() {
    WorkHours.Builder whole =
        WorkHours.builder()
            .hoursPerWeek(Hours.of(40))
            .weeksPerYear(BigDecimal.TEN)
            .fte(Fte.ONE)
            .workingDaysPerWeek(8);
    assertThatIllegalArgumentException()
        .isThrownBy(whole::build)
        .withMessage("Invalid value for workingDaysPerWeek (valid values 1 <= x <= 7): 8");
    WorkHours.Builder fractional =
        WorkHours.builder()
            .hoursPerWeek(Hours.of(40))
            .weeksPerYear(BigDecimal.TEN)
            .fte(Fte.ONE)
            .workingDaysPerWeek(new BigDecimal("7.5"));
    assertThatIllegalArgumentException()
        .isThrownBy(fractional::build)
        .withMessage("Invalid value for workingDaysPerWeek (valid values 0 < x <= 7): 7.5");
  }

  @Test
  void anFteOfAThirdIsExact() {
    WorkHours third =
        WorkHours.of(WorkPattern.of(Hours.of("37.5"), 5, 52), Fte.of(Fraction.of(1, 3)));
    assertThat(third.paidHoursPerYear()).isEqualTo(Hours.of(650));
    assertThat(Leave.ofDays(LeaveType.VACATION, 30).hoursPerYear(third)).isEqualTo(Hours.of(75));
  }
}
