package io.github.cmpt.examples.javadoc;

import com.google.common.collect.Range;
import io.github.cmpt.supply.Clinician;
import io.github.cmpt.supply.ClinicianTime;
import io.github.cmpt.supply.HolidayCalendar;
import io.github.cmpt.supply.Leave;
import io.github.cmpt.supply.NonClientActivity;
import io.github.cmpt.worksheet.Step1Worksheet;
import io.github.cmpt.supply.Team;
import io.github.cmpt.supply.TeamTime;
import io.github.cmpt.supply.WorkHours;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import io.github.cmpt.time.PeriodicHours;
import io.github.cmpt.time.WorkPattern;
import io.github.cmpt.vocabulary.LeaveType;
import io.github.cmpt.vocabulary.NonClientCategory;
import io.github.cmpt.vocabulary.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

/**
 * The examples of the Javadoc of package {@code io.github.cmpt.supply} (Step 1), compiled: each
 * method holds the code of one example and returns the value the example is about.
 */
public final class SupplyExamples {

  private SupplyExamples() {}

  /**
   * The example of {@link Clinician}: an occupational therapist at 0.8 FTE of a 37.5-hour week,
   * with 20 days of vacation and 40 hours of research a year.
   *
   * @return the clinician's client-care hours a year: 1560h paid - 120h of vacation - 40h of
   *     research = {@code 1400h}
   */
  public static Hours clinician() {
    WorkPattern pattern = Fixtures.pattern();
    Clinician ana =
        Clinician.builder()
            .id("ot-1")
            .role(Role.OCCUPATIONAL_THERAPIST)
            .workHours(WorkHours.of(pattern, Fte.of("0.8")))
            .addLeave(Leave.ofDays(LeaveType.VACATION, 20))
            .addActivity(
                NonClientActivity.of(
                    NonClientCategory.RESEARCH, PeriodicHours.ofYearly(Hours.of(40))))
            .build();
    return ClinicianTime.of(ana).perYear().clientCareHours();
  }

  /**
   * The example of {@link HolidayCalendar}: three holidays of 2026 as a fixed calendar, and the
   * leave they give in 2026.
   *
   * @return the leave of the three dates
   */
  public static Leave holidayCalendar() {
    HolidayCalendar ontario2026 =
        HolidayCalendar.of(
            List.of(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 16), LocalDate.of(2026, 4, 3)));
    Leave holidays = Leave.ofHolidays(ontario2026, Year.of(2026));
    return holidays;
  }

  /**
   * The example of {@link Leave}: 20 days of vacation, and a 15-hour conference that is not
   * prorated by FTE.
   *
   * @return the vacation, then the conference
   */
  public static List<Leave> leave() {
    Leave vacation = Leave.ofDays(LeaveType.VACATION, 20);
    Leave conference = Leave.ofHours(LeaveType.EDUCATION, Hours.of(15)).withProrated(false);
    return List.of(vacation, conference);
  }


  /**
   * The example of {@link NonClientActivity}: administration as a share of worked time, meetings
   * every week, and student supervision a year for one clinician.
   *
   * @return the administration, the meetings and the supervision
   */
  public static List<NonClientActivity> nonClientActivity() {
    NonClientActivity admin =
        NonClientActivity.ofShare(NonClientCategory.ADMINISTRATION, Percentage.ofPercent(10));
    NonClientActivity meetings =
        NonClientActivity.of(NonClientCategory.MEETINGS, PeriodicHours.ofWeekly(Hours.of(2)));
    NonClientActivity students =
        NonClientActivity.of(
                NonClientCategory.TEACHING_AND_SUPERVISION, PeriodicHours.ofYearly(Hours.of(80)))
            .withClinicians(List.of("ot-1"));
    return List.of(admin, meetings, students);
  }




  /**
   * The example of {@link Team}: two occupational therapists (0.8 and 0.6 FTE) with three holidays
   * and two hours of meetings a week for everyone.
   *
   * @return the team's time
   */
  public static TeamTime team() {
    Clinician ana = Fixtures.ana();
    Clinician ben = Fixtures.ben();
    HolidayCalendar calendar = Fixtures.calendar();
    Team team =
        Team.builder()
            .name("Community rehab")
            .addClinician(ana)
            .addClinician(ben)
            .addLeave(Leave.ofHolidays(calendar, Year.of(2026)))
            .addActivity(
                NonClientActivity.of(
                    NonClientCategory.MEETINGS, PeriodicHours.ofWeekly(Hours.of(2))))
            .build();
    TeamTime time = TeamTime.of(team);
    return time;
  }

  /**
   * The example of {@link WorkHours}: a contract of 0.8 FTE of a 37.5-hour week, 52 weeks a year.
   *
   * @return {@code 1560h}
   */
  public static Hours workHours() {
    WorkHours contract =
        WorkHours.builder()
            .hoursPerWeek(Hours.of("37.5"))
            .workingDaysPerWeek(5)
            .weeksPerYear(new BigDecimal("52"))
            .fte(Fte.of("0.8"))
            .build();
    return contract.paidHoursPerYear(); // 1560h
  }

  /**
   * The example of {@link Leave#ofHolidays(HolidayCalendar, Range)}: the holidays of a school year
   * from September to June, of a calendar of three dates.
   *
   * @return the line of the November and January holidays
   */
  public static Leave schoolHolidays() {
    HolidayCalendar calendar =
        HolidayCalendar.of(
            LocalDate.of(2026, 7, 1), LocalDate.of(2026, 11, 11), LocalDate.of(2027, 1, 1));
    Leave schoolHolidays = Leave.ofHolidays(
        calendar, Range.closed(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 30)));
    return schoolHolidays;
  }
}
