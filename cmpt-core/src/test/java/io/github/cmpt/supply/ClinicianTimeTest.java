package io.github.cmpt.supply;

import io.github.cmpt.time.Fraction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples of Step 1 with hand-computed figures. */
class ClinicianTimeTest {

  static final WorkPattern STANDARD = WorkPattern.of(Hours.of("37.5"), 5, new BigDecimal("52"));

  /** Ontario's 2026 statutory holidays; Boxing Day falls on a Saturday. */
  static final HolidayCalendar ONTARIO_2026 =
      HolidayCalendar.of(
          LocalDate.of(2026, 1, 1),
          LocalDate.of(2026, 2, 16),
          LocalDate.of(2026, 4, 3),
          LocalDate.of(2026, 5, 18),
          LocalDate.of(2026, 7, 1),
          LocalDate.of(2026, 8, 3),
          LocalDate.of(2026, 9, 7),
          LocalDate.of(2026, 10, 12),
          LocalDate.of(2026, 12, 25),
          LocalDate.of(2026, 12, 26),
          LocalDate.of(2027, 1, 1));

  static Clinician partTimeOt() {
    return Clinician.builder()
        .id("ot-1")
        .role(Role.OCCUPATIONAL_THERAPIST)
        .workHours(WorkHours.of(STANDARD, Fte.of("0.8")))
        .addLeave(Leave.ofDays(LeaveType.VACATION, 20))
        .addLeave(Leave.ofHolidays(ONTARIO_2026, Year.of(2026)))
        .addLeave(Leave.ofHours(LeaveType.SICK, Hours.of(45)).withProrated(false))
        .addActivity(
            NonClientActivity.ofShare(NonClientCategory.ADMINISTRATION, Percentage.ofPercent(10)))
        .addActivity(
            NonClientActivity.of(NonClientCategory.MEETINGS, PeriodicHours.ofWeekly(Hours.of(2))))
        .addActivity(
            NonClientActivity.of(
                NonClientCategory.PROFESSIONAL_DEVELOPMENT, PeriodicHours.ofYearly(Hours.of(30))))
        .build();
  }

  @Test
  void partTimeClinicianByHand() {
    TimeBreakdown year = ClinicianTime.of(partTimeOt()).perYear();
    // 37.5 h x 52 weeks x 0.8 FTE
    assertThat(year.paidHours()).isEqualTo(Hours.of(1560));
    // 20 days x 7.5 h x 0.8
    assertThat(year.leave(LeaveType.VACATION)).isEqualTo(Hours.of(120));
    // 9 of the 10 dates of 2026 fall on a weekday (Dec 26 is a Saturday): 9 x 7.5 h x 0.8
    assertThat(year.leave(LeaveType.STATUTORY_HOLIDAYS)).isEqualTo(Hours.of(54));
    // absolute: the same whatever the FTE
    assertThat(year.leave(LeaveType.SICK)).isEqualTo(Hours.of(45));
    assertThat(year.totalLeave()).isEqualTo(Hours.of(219));
    assertThat(year.workedHours()).isEqualTo(Hours.of(1341));
    // 10% of worked
    assertThat(year.nonClient(NonClientCategory.ADMINISTRATION)).isEqualTo(Hours.of("134.1"));
    // 2 h x 1341 / 37.5 worked weeks
    assertThat(year.nonClient(NonClientCategory.MEETINGS)).isEqualTo(Hours.of("71.52"));
    assertThat(year.nonClient(NonClientCategory.PROFESSIONAL_DEVELOPMENT)).isEqualTo(Hours.of(30));
    assertThat(year.totalNonClient()).isEqualTo(Hours.of("235.62"));
    assertThat(year.clientCareHours()).isEqualTo(Hours.of("1105.38"));
    // 1105.38 / 1560 = 70.857692307...%
    assertThat(year.clientCareShare().rounded(4, RoundingMode.HALF_UP))
        .isEqualTo(Percentage.ofPercent("70.8577"));
  }

  @Test
  void eachAppliedLineHasItsHoursInTheOrderOfTheLines() {
    Clinician ot = partTimeOt();
    Leave teamSick = Leave.ofDays(LeaveType.SICK, 5);
    NonClientActivity teamTravel =
        NonClientActivity.of(NonClientCategory.NON_CLIENT_TRAVEL, PeriodicHours.ofYearly(Hours.of(12)));
    Team team =
        Team.builder()
            .name("Rehab")
            .addClinicians(ot)
            .addLeave(teamSick)
            .addActivities(teamTravel)
            .build();
    ClinicianTime time = TeamTime.of(team).member("ot-1");
    // the team's lines first, then the member's own
    assertThat(time.leaveLines())
        .containsExactly(teamSick, ot.leave().get(0), ot.leave().get(1), ot.leave().get(2));
    // 5 days x 7.5 h x 0.8; 20 days x 7.5 h x 0.8; 9 weekdays x 7.5 h x 0.8; 45 h absolute
    assertThat(time.leaveLineHours())
        .containsExactly(Hours.of(30), Hours.of(120), Hours.of(54), Hours.of(45));
    // worked: 1560 - 249 = 1311; 10% of it; 2 h x 1311 / 37.5; 30 h; then the team's 12 h first
    assertThat(time.activities()).first().isEqualTo(teamTravel);
    assertThat(time.activityHours())
        .containsExactly(Hours.of(12), Hours.of("131.1"), Hours.of("69.92"), Hours.of(30));
    // two sick lines add up on one line of the breakdown
    assertThat(time.perYear().leave(LeaveType.SICK)).isEqualTo(Hours.of(75));
    assertThat(time.perYear().nonClient().keySet())
        .containsExactly(
            NonClientCategory.NON_CLIENT_TRAVEL,
            NonClientCategory.ADMINISTRATION,
            NonClientCategory.MEETINGS,
            NonClientCategory.PROFESSIONAL_DEVELOPMENT);
    assertThatThrownBy(() -> time.leaveLineHours().set(0, Hours.ZERO))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void perMonthAndPerWeekDivideTheYear() {
    ClinicianTime time = ClinicianTime.of(partTimeOt());
    assertThat(time.perMonth().paidHours()).isEqualTo(Hours.of(130));
    assertThat(time.perWeek().paidHours()).isEqualTo(Hours.of(30));
    // client-care per week is a remainder of rounded lines: equal to 1105.38 / 52 within the
    // documented tolerance of the 34th significant digit
    assertThat(time.perWeek().clientCareHours().rounded(25, RoundingMode.HALF_UP))
        .isEqualTo(Hours.of("1105.38").dividedBy(52).rounded(25, RoundingMode.HALF_UP));
    assertThat(time.perMonth().leave(LeaveType.VACATION)).isEqualTo(Hours.of(10));
  }

  /**
   * The available working time of the WISN example in DOMAIN.md, from the third-party WISN
   * implementation niranjanrimal25/wisn-core, tests/Unit/WisnCalculatorServiceTest.php: 260 working
   * days - 13 public holidays - 18 annual leave - 12 sick leave - 5 training days, at 8 h a day, is
   * 1696 h.
   */
  @Test
  void wisnAvailableWorkingTime() {
    WorkPattern pattern = WorkPattern.of(Hours.of(40), 5, new BigDecimal("52"));
    Clinician nurse =
        Clinician.builder()
            .id("wisn")
            .role(Role.PHYSIOTHERAPIST)
            .workHours(WorkHours.of(pattern, Fte.ONE))
            .addLeave(Leave.ofDays(LeaveType.STATUTORY_HOLIDAYS, 13))
            .addLeave(Leave.ofDays(LeaveType.VACATION, 18))
            .addLeave(Leave.ofDays(LeaveType.SICK, 12))
            .addLeave(Leave.ofDays(LeaveType.EDUCATION, 5))
            .build();
    TimeBreakdown year = ClinicianTime.of(nurse).perYear();
    assertThat(pattern.workingDaysPerYear()).isEqualByComparingTo("260");
    assertThat(year.paidHours()).isEqualTo(Hours.of(2080));
    assertThat(year.workedHours()).isEqualTo(Hours.of(1696));
    assertThat(year.clientCareHours()).isEqualTo(Hours.of(1696));
  }

  @Test
  void teamLeaveAndActivitiesApplyToMembersAndNamedActivitiesOnlyToThoseNamed() {
    Clinician pt =
        Clinician.builder()
            .id("pt-1")
            .role(Role.PHYSIOTHERAPIST)
            .workHours(WorkHours.of(STANDARD, Fte.ONE))
            .build();
    Clinician ot =
        Clinician.builder()
            .id("ot-1")
            .role(Role.OCCUPATIONAL_THERAPIST)
            .workHours(WorkHours.of(STANDARD, Fte.of("0.5")))
            .build();
    Team team =
        Team.builder()
            .name("Rehab")
            .addClinician(pt)
            .addClinician(ot)
            .addLeave(Leave.ofDays(LeaveType.VACATION, 20))
            .addActivity(
                NonClientActivity.of(
                        NonClientCategory.TEACHING_AND_SUPERVISION,
                        PeriodicHours.ofYearly(Hours.of(100)))
                    .withClinicians(List.of("pt-1")))
            .build();
    TeamTime time = TeamTime.of(team);
    assertThat(time.member("pt-1").perYear().leave(LeaveType.VACATION)).isEqualTo(Hours.of(150));
    assertThat(time.member("ot-1").perYear().leave(LeaveType.VACATION)).isEqualTo(Hours.of(75));
    assertThat(time.member("pt-1").perYear().totalNonClient()).isEqualTo(Hours.of(100));
    assertThat(time.member("ot-1").perYear().totalNonClient()).isEqualTo(Hours.ZERO);
    // team: 1950 + 975 paid, 225 leave, 100 non-client
    TimeBreakdown total = time.total(Period.YEAR);
    assertThat(total.paidHours()).isEqualTo(Hours.of(2925));
    assertThat(total.clientCareHours()).isEqualTo(Hours.of(2600));
    assertThat(total.fte()).isEqualTo(Fte.of("1.5"));
    // per 1.0 FTE: 2600 / 1.5
    assertThat(
            time.perFte(Period.YEAR)
                .clientCareHours()
                .rounded(25, RoundingMode.HALF_UP)
                .toBigDecimal())
        .isEqualByComparingTo("1733.3333333333333333333333333");
    assertThat(time.perFte(Role.PHYSIOTHERAPIST, Period.YEAR).clientCareHours())
        .isEqualTo(Hours.of(1700));
    assertThat(time.roles()).containsExactly(Role.PHYSIOTHERAPIST, Role.OCCUPATIONAL_THERAPIST);
    assertThatThrownBy(() -> time.member("slp-9"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("clinicianId")
        .hasMessageContaining("slp-9");
  }

  @Test
  void holidayDatesOnlyCountOnWorkingDays() {
    WorkPattern monToThu =
        WorkPattern.of(
            Hours.of(36),
            java.util.EnumSet.range(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.THURSDAY),
            new BigDecimal("52"));
    Leave holidays = Leave.ofHolidays(ONTARIO_2026, Year.of(2026));
    // of the ten 2026 dates, Jan 1 (Thu), Feb 16, May 18, Jul 1 (Wed), Aug 3, Sep 7, Oct 12 are
    // Monday to Thursday; Apr 3 and Dec 25 are Fridays, Dec 26 a Saturday
    assertThat(holidays.dates()).hasSize(10);
    assertThat(holidays.daysIn(monToThu)).isEqualByComparingTo(Fraction.parse("7"));
    assertThat(holidays.daysIn(STANDARD)).isEqualByComparingTo(Fraction.parse("9"));
    assertThat(holidays.hoursPerYear(WorkHours.of(monToThu, Fte.ONE))).isEqualTo(Hours.of(63));
  }
}
