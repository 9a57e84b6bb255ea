package io.github.cmpt.supply;

import io.github.cmpt.time.Fraction;
import static io.github.cmpt.supply.ClinicianTimeTest.STANDARD;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import io.github.cmpt.time.Period;
import io.github.cmpt.time.PeriodicHours;
import io.github.cmpt.time.WorkPattern;
import io.github.cmpt.vocabulary.LeaveType;
import io.github.cmpt.vocabulary.NonClientCategory;
import io.github.cmpt.vocabulary.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Equality and text of the Step 1 value types. */
class Step1ValuesTest {

  @Test
  void leaveEquality() {
    new EqualsTester()
        .addEqualityGroup(
            Leave.ofDays(LeaveType.VACATION, 20),
            Leave.ofDays(LeaveType.VACATION, new BigDecimal("20.0")),
            Leave.ofDays(LeaveType.of("vacation"), 20))
        .addEqualityGroup(Leave.ofDays(LeaveType.VACATION, 20).withProrated(false))
        .addEqualityGroup(Leave.ofDays(LeaveType.SICK, 20))
        .addEqualityGroup(Leave.ofHours(LeaveType.VACATION, Hours.of(20)))
        .addEqualityGroup(
            Leave.ofHolidays(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 1))),
            Leave.ofHolidays(
                HolidayCalendar.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 1, 1)),
                Year.of(2026)))
        .testEquals();
  }

  @Test
  void leaveText() {
    assertThat(Leave.ofDays(LeaveType.VACATION, 20)).hasToString("Vacation 20 days/year");
    assertThat(Leave.ofHours(LeaveType.EDUCATION, Hours.of("22.5")).withProrated(false))
        .hasToString("Education leave 22.5h/year (absolute)");
    assertThat(Leave.ofHolidays(List.of(LocalDate.of(2026, 1, 1))))
        .hasToString("Statutory holidays 1 dates");
    assertThat(LeaveType.of("Union business")).hasToString("Union business");
    assertThat(LeaveType.of(" sick leave ")).isSameAs(LeaveType.SICK);
  }

  @Test
  void holidayCalendarOfDatesKeepsTheYearAsked() {
    HolidayCalendar calendar =
        HolidayCalendar.of(LocalDate.of(2025, 12, 25), LocalDate.of(2026, 1, 1));
    assertThat(calendar.holidays(Year.of(2026))).containsExactly(LocalDate.of(2026, 1, 1));
    assertThat(Leave.ofHolidays(calendar, Year.of(2025)).dates())
        .containsExactly(LocalDate.of(2025, 12, 25));
  }

  @Test
  void nonClientActivityEqualityAndText() {
    NonClientActivity meetings =
        NonClientActivity.of(NonClientCategory.MEETINGS, PeriodicHours.ofWeekly(Hours.of(2)));
    new EqualsTester()
        .addEqualityGroup(
            meetings,
            NonClientActivity.of(
                NonClientCategory.of("meetings"), PeriodicHours.ofWeekly(Hours.of("2.00"))))
        .addEqualityGroup(
            NonClientActivity.of(NonClientCategory.MEETINGS, PeriodicHours.ofMonthly(Hours.of(2))))
        .addEqualityGroup(meetings.withClinicians(List.of("ot-1")))
        .addEqualityGroup(
            NonClientActivity.ofShare(NonClientCategory.MEETINGS, Percentage.ofPercent(2)))
        .testEquals();
    assertThat(meetings).hasToString("Meetings 2h/week");
    assertThat(
            NonClientActivity.ofShare(NonClientCategory.RESEARCH, Percentage.ofPercent("7.5"))
                .withClinicians(List.of("pt-2", "ot-1")))
        .hasToString("Research 7.5% [ot-1, pt-2]");
    assertThat(meetings.appliesTo("anyone")).isTrue();
    assertThat(meetings.withClinicians(List.of("ot-1")).appliesTo("pt-1")).isFalse();
  }

  @Test
  void contractEqualityAndText() {
    WorkHours a = WorkHours.of(STANDARD, Fte.of("0.8"));
    WorkHours b =
        WorkHours.builder()
            .hoursPerWeek(Hours.of("37.50"))
            .workingDaysPerWeek(5)
            .weeksPerYear(new BigDecimal("52.0"))
            .fte(Fte.of("0.80"))
            .build();
    new EqualsTester()
        .addEqualityGroup(a, b)
        .addEqualityGroup(a.withFte(Fte.ONE))
        .addEqualityGroup(
            WorkHours.of(WorkPattern.of(Hours.of(40), 5, new BigDecimal("52")), Fte.of("0.8")))
        .testEquals();
    assertThat(a).hasToString("0.8 FTE of 37.5h/week, 5 days/week (MON,TUE,WED,THU,FRI), 52 weeks/year");
    assertThat(a.paidHoursPerYear()).isEqualTo(Hours.of(1560));
  }

  @Test
  void clinicianAndTeamEqualityAndText() {
    Clinician a = ClinicianTimeTest.partTimeOt();
    Clinician b = ClinicianTimeTest.partTimeOt();
    Clinician c =
        Clinician.builder()
            .id("ot-1")
            .role(Role.OCCUPATIONAL_THERAPIST)
            .workHours(WorkHours.of(STANDARD, Fte.ONE))
            .build();
    new EqualsTester().addEqualityGroup(a, b).addEqualityGroup(c).testEquals();
    assertThat(a).hasToString("Clinician[ot-1 OT 0.8 FTE]");
    Team team = Team.builder().name("Rehab").addClinicians(a).build();
    new EqualsTester()
        .addEqualityGroup(team, Team.builder().name("Rehab").addClinicians(b).build())
        .addEqualityGroup(Team.builder().name("Rehab").addClinicians(c).build())
        .testEquals();
    assertThat(team).hasToString("Team[Rehab, 1 clinicians]");
  }

  @Test
  void timeBreakdownEqualityPlusAndText() {
    TimeBreakdown x =
        TimeBreakdown.of(
            Period.YEAR,
            Fte.ONE,
            Hours.of(1950),
            Map.of(LeaveType.VACATION, Hours.of(150)),
            Map.of(NonClientCategory.MEETINGS, Hours.of(96)));
    TimeBreakdown y =
        TimeBreakdown.of(
            Period.YEAR,
            Fte.of("1.0"),
            Hours.of("1950.0"),
            Map.of(LeaveType.VACATION, Hours.of("150.00")),
            Map.of(NonClientCategory.MEETINGS, Hours.of(96)));
    new EqualsTester()
        .addEqualityGroup(x, y)
        .addEqualityGroup(x.perFte().scaled(Period.MONTH, Fraction.of(BigDecimal.valueOf(12)), Fte.ONE))
        .addEqualityGroup(x.plus(x))
        .testEquals();
    assertThat(x)
        .hasToString(
            "TimeBreakdown[year, 1 FTE: paid 1950h, leave 150h, non-client 96h,"
                + " client-care 1704h (87.4%)]");
    TimeBreakdown twice = x.plus(y);
    assertThat(twice.fte()).isEqualTo(Fte.of(2 + ""));
    assertThat(twice.clientCareHours()).isEqualTo(Hours.of(3408));
    assertThat(twice.perFte()).isEqualTo(x);
  }

  @Test
  void breakdownsOfDifferentPeriodsDoNotAdd() {
    ClinicianTime time = ClinicianTime.of(ClinicianTimeTest.partTimeOt());
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> time.perYear().plus(time.perMonth()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for period (valid values the same period, year): month");
  }
}
