package io.github.cmpt.wisn;

import static io.github.cmpt.wisn.WisnPublishedExampleTest.exampleTime;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import io.github.cmpt.time.PeriodicHours;
import java.math.BigDecimal;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every validation rule of the WISN inputs names the field, the rule and the value. */
class WisnValidationTest {

  private static void rejects(ThrowingCallable call, String message) {
    assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  private static WorkingTime.Builder time() {
    return time(260);
  }

  private static WorkingTime.Builder time(long workingDays) {
    return WorkingTime.builder()
        .workingDaysPerYear(workingDays)
        .publicHolidays(13)
        .annualLeave(18)
        .sickLeave(12)
        .otherLeave(5)
        .hoursPerDay(Hours.of(8));
  }

  private static HealthServiceActivity activity() {
    return HealthServiceActivity.builder()
        .name("Consultation")
        .standard(ActivityStandard.ofUnitTime(Hours.of(1)))
        .annualWorkload(1000)
        .build();
  }

  private static WisnInput.Builder input() {
    return input("Nurse", Fte.ONE);
  }

  private static WisnInput.Builder input(String staffCategory, Fte currentStaff) {
    return WisnInput.builder()
        .staffCategory(staffCategory)
        .workingTime(exampleTime())
        .addHealthServiceActivity(activity())
        .currentStaff(currentStaff);
  }

  @ParameterizedTest
  @CsvSource({
    "workingDaysPerYear, 0, 'Invalid value for workingDaysPerYear (valid values 0 < x <= 366): 0'",
    "workingDaysPerYear, 367, 'Invalid value for workingDaysPerYear (valid values 0 < x <= 366): 367'",
    "publicHolidays, -1, 'Invalid value for publicHolidays (valid values x >= 0): -1'",
    "annualLeave, -0.5, 'Invalid value for annualLeave (valid values x >= 0): -0.5'",
    "sickLeave, -2, 'Invalid value for sickLeave (valid values x >= 0): -2'",
    "otherLeave, -3, 'Invalid value for otherLeave (valid values x >= 0): -3'",
  })
  void daysOutOfRange(String field, String value, String message) {
    WorkingTime.Builder b = WorkingTime.builder().hoursPerDay(Hours.of(8));
    BigDecimal v = new BigDecimal(value);
    BigDecimal zero = BigDecimal.ZERO;
    b.workingDaysPerYear(field.equals("workingDaysPerYear") ? v : BigDecimal.valueOf(260))
        .publicHolidays(field.equals("publicHolidays") ? v : zero)
        .annualLeave(field.equals("annualLeave") ? v : zero)
        .sickLeave(field.equals("sickLeave") ? v : zero)
        .otherLeave(field.equals("otherLeave") ? v : zero);
    rejects(b::build, message);
  }

  @Test
  void leaveExceedingWorkingDays() {
    rejects(
        () -> time(48).build(),
        "Invalid value for leave (valid values publicHolidays + annualLeave + sickLeave"
            + " + otherLeave < workingDaysPerYear = 48): 48");
    rejects(
        () -> time(40).build(),
        "Invalid value for leave (valid values publicHolidays + annualLeave + sickLeave"
            + " + otherLeave < workingDaysPerYear = 40): 48");
  }

  @Test
  void hoursPerDayAndDaysPerWeek() {
    rejects(
        () -> WorkingTime.builder().workingDaysPerYear(260).publicHolidays(0).annualLeave(0)
            .sickLeave(0).otherLeave(0).hoursPerDay(Hours.ZERO).build(),
        "Invalid value for hoursPerDay (valid values 0 < x <= 24): 0");
    rejects(
        () -> WorkingTime.builder().workingDaysPerYear(260).publicHolidays(0).annualLeave(0)
            .sickLeave(0).otherLeave(0).hoursPerDay(Hours.of(25)).build(),
        "Invalid value for hoursPerDay (valid values 0 < x <= 24): 25");
    rejects(
        () -> time().workingDaysPerWeek(8).build(),
        "Invalid value for workingDaysPerWeek (valid values 1 <= x <= 7): 8");
    rejects(
        () -> time().workingDaysPerWeek(0).build(),
        "Invalid value for workingDaysPerWeek (valid values 1 <= x <= 7): 0");
  }

  @Test
  void missingFieldIsNamed() {
    assertThatThrownBy(() -> WorkingTime.builder().workingDaysPerYear(260).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hoursPerDay");
  }

  @Test
  void activityStandards() {
    rejects(
        () -> ActivityStandard.ofUnitTime(Hours.ZERO),
        "Invalid value for timePerUnit (valid values x > 0): 0h");
    rejects(
        () -> ActivityStandard.ofRate(new BigDecimal("-3")),
        "Invalid value for unitsPerHour (valid values x > 0): -3");
    rejects(
        () -> ActivityStandard.parse("3 per hour"),
        "Invalid value for activityStandard (valid values a time per unit such as 0.5h/unit"
            + " or a rate such as 3/h): \"3 per hour\"");
    rejects(
        () -> ActivityStandard.parse("x/h"),
        "Invalid value for unitsPerHour (valid values a decimal number): \"x\"");
    assertThatThrownBy(() -> ActivityStandard.ofUnitTime(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("timePerUnit");
  }

  @Test
  void healthServiceActivities() {
    rejects(
        () -> HealthServiceActivity.builder()
            .name("Consultation")
            .standard(ActivityStandard.ofUnitTime(Hours.of(1)))
            .annualWorkload(-1)
            .build(),
        "Invalid value for annualWorkload (Consultation) (valid values x >= 0): -1");
    rejects(
        () -> HealthServiceActivity.builder()
            .name(" ")
            .standard(ActivityStandard.ofUnitTime(Hours.of(1)))
            .annualWorkload(1)
            .build(),
        "Invalid value for name (valid values non-blank): \" \"");
  }

  @Test
  void categoryAllowances() {
    rejects(
        () -> CategoryAllowance.ofShare("Meetings", Percentage.ONE_HUNDRED),
        "Invalid value for share (Meetings) (valid values 0% <= x < 100%): 100%");
    rejects(
        () -> CategoryAllowance.ofShare("Meetings", Percentage.ofPercent(-1)),
        "Invalid value for share (Meetings) (valid values 0% <= x < 100%): -1%");
    rejects(
        () -> CategoryAllowance.of("Handover", PeriodicHours.ofDaily(Hours.of(-1))),
        "Invalid value for amount (Handover) (valid values x >= 0): -1h/day");
    rejects(
        () -> CategoryAllowance.of("Handover", PeriodicHours.ofDaily(Hours.of(25))),
        "Invalid value for amount (Handover) (valid values x <= 24h/day): 25h/day");
    rejects(
        () -> CategoryAllowance.of("Rounds", PeriodicHours.ofWeekly(Hours.of(169))),
        "Invalid value for amount (Rounds) (valid values x <= 168h/week): 169h/week");
    rejects(
        () -> CategoryAllowance.ofShare("", Percentage.ZERO),
        "Invalid value for name (valid values non-blank): \"\"");
  }

  @Test
  void totalCategoryAllowanceOfOneHundredPercentOrMore() {
    rejects(
        () -> input()
            .addCategoryAllowance(CategoryAllowance.ofShare("Meetings", Percentage.ofPercent(60)))
            .addCategoryAllowance(
                CategoryAllowance.of("Handover", PeriodicHours.ofDaily(Hours.of(4))))
            .build(),
        "Invalid value for categoryAllowances (valid values total < 100% of working time): 110%"
            + " (Meetings 60% = 60%, Handover 4h/day = 50%)");
    rejects(
        () -> input()
            .addCategoryAllowance(CategoryAllowance.of("Handover", PeriodicHours.ofDaily(Hours.of(8))))
            .build(),
        "Invalid value for categoryAllowances (valid values total < 100% of working time): 100%"
            + " (Handover 8h/day = 100%)");
  }

  @Test
  void individualAllowances() {
    rejects(
        () -> IndividualAllowance.builder().name("Teaching").hoursPerYear(Hours.of(-5)).staff(1)
            .build(),
        "Invalid value for hoursPerYear (Teaching) (valid values x >= 0): -5h");
    rejects(
        () -> IndividualAllowance.builder().name("Teaching").hoursPerYear(Hours.of(5)).staff(0)
            .build(),
        "Invalid value for staff (Teaching) (valid values x >= 1): 0");
  }

  @Test
  void inputs() {
    rejects(
        () -> input("Nurse", Fte.of("-1")).build(),
        "Invalid value for currentStaff (valid values x >= 0): -1 FTE");
    rejects(
        () -> WisnInput.builder().staffCategory("Nurse").workingTime(exampleTime())
            .currentStaff(Fte.ONE).build(),
        "Invalid value for healthServiceActivities (valid values at least one activity): none");
    rejects(
        () -> input("", Fte.ONE).build(),
        "Invalid value for staffCategory (valid values non-blank): \"\"");
    rejects(
        () -> input().build().withCurrentStaff(Fte.of("-0.5")),
        "Invalid value for currentStaff (valid values x >= 0): -0.5 FTE");
  }
}
