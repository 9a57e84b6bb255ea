package io.github.cmpt.examples;

import io.github.cmpt.supply.Clinician;
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
import java.time.Year;
import java.util.List;

/**
 * Step 1 of the CMPT for a community rehabilitation team in Ontario, 2026: five occupational
 * therapists and physiotherapists, full- and part-time, with the province's statutory holidays as
 * dates, team-wide and individual non-client activities. Prints the Step 1 worksheet.
 *
 * <p>The figures are illustrations, not norms. Run with
 * {@code mvn -q -B -DskipTests package exec:java} (see the README), or pass {@code markdown} or
 * {@code csv} as the first argument for those forms.
 */
public final class CommunityRehabStep1 {

  private CommunityRehabStep1() {}

  /**
   * Builds the team.
   *
   * @return the team
   */
  public static Team team() {
    // A 37.5-hour, Monday-to-Friday week; 52 weeks paid a year.
    WorkPattern week = WorkPattern.of(Hours.of("37.5"), 5, 52);

    Clinician otLead =
        Clinician.builder()
            .id("ot-1")
            .name("Amira (OT, clinical lead)")
            .role(Role.OCCUPATIONAL_THERAPIST)
            .workHours(WorkHours.of(week, Fte.ONE))
            .addLeave(Leave.ofDays(LeaveType.VACATION, 25))
            .addActivity(
                NonClientActivity.of(
                    NonClientCategory.PROGRAM_DEVELOPMENT, PeriodicHours.ofWeekly(Hours.of(3))))
            .build();
    Clinician otPartTime =
        Clinician.builder()
            .id("ot-2")
            .role(Role.OCCUPATIONAL_THERAPIST)
            .workHours(WorkHours.of(week, Fte.of("0.6")))
            .addLeave(Leave.ofDays(LeaveType.VACATION, 20))
            .build();
    Clinician otNew =
        Clinician.builder()
            .id("ot-3")
            .role(Role.OCCUPATIONAL_THERAPIST)
            .workHours(WorkHours.of(week, Fte.of("0.8")))
            .addLeave(Leave.ofDays(LeaveType.VACATION, 15))
            // a 2-day course, paid in full whatever the FTE
            .addLeave(Leave.ofDays(LeaveType.EDUCATION, 2).withProrated(false))
            .build();
    Clinician ptSenior =
        Clinician.builder()
            .id("pt-1")
            .role(Role.PHYSIOTHERAPIST)
            .workHours(WorkHours.of(week, Fte.ONE))
            .addLeave(Leave.ofDays(LeaveType.VACATION, 25))
            .build();
    Clinician ptPartTime =
        Clinician.builder()
            .id("pt-2")
            .role(Role.PHYSIOTHERAPIST)
            .workHours(WorkHours.of(week, Fte.of("0.5")))
            .addLeave(Leave.ofDays(LeaveType.VACATION, 20))
            .build();

    return Team.builder()
        .name("Riverside Community Rehabilitation (Ontario, 2026)")
        .addClinicians(otLead, otPartTime, otNew, ptSenior, ptPartTime)
        // leave every member has, prorated by FTE: Ontario's nine statutory holidays of 2026, with
        // Boxing Day (a Saturday) observed on Monday 28 December
        .addLeave(Leave.ofHolidays(ProvincialHolidays.of("ON").withSubstituteDays(), Year.of(2026)))
        .addLeave(Leave.ofDays(LeaveType.SICK, 8))
        // non-client time for everyone
        .addActivity(
            NonClientActivity.ofShare(NonClientCategory.ADMINISTRATION, Percentage.ofPercent(8)))
        .addActivity(
            NonClientActivity.of(
                NonClientCategory.MEETINGS, PeriodicHours.ofWeekly(Hours.of("1.5"))))
        .addActivity(
            NonClientActivity.of(
                NonClientCategory.PROFESSIONAL_DEVELOPMENT, PeriodicHours.ofYearly(Hours.of(15))))
        // for named clinicians only
        .addActivity(
            NonClientActivity.of(
                    NonClientCategory.TEACHING_AND_SUPERVISION,
                    PeriodicHours.ofYearly(Hours.of(120)))
                .withClinicians(List.of("ot-1", "pt-1")))
        .addActivity(
            NonClientActivity.of(
                    NonClientCategory.NON_CLIENT_TRAVEL, PeriodicHours.ofDaily(Hours.of("0.5")))
                .withClinicians(List.of("pt-2")))
        .build();
  }

  /**
   * Prints the Step 1 worksheet of the team, or writes it to a file.
   *
   * @param args optionally {@code text} (the default), {@code markdown}, {@code csv} or
   *     {@code tidy}, and {@code --out FILE} (see {@link ReportOutput})
   * @throws IllegalArgumentException when the arguments are not of this form
   */
  public static void main(String[] args) {
    var sheet = Step1Worksheet.of(TeamTime.of(team()));
    ReportOutput output = ReportOutput.parse(args);
    switch (output.form()) {
      case "markdown":
        output.write(sheet.toMarkdown());
        break;
      case "csv":
        output.write(sheet.toCsv());
        break;
      case "tidy":
        output.write(sheet.toLongCsv());
        break;
      default:
        output.write(sheet.toText());
        break;
    }
  }
}
