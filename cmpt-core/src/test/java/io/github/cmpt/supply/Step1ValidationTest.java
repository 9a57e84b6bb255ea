package io.github.cmpt.supply;

import io.github.cmpt.vocabulary.Role;
import io.github.cmpt.vocabulary.LeaveType;
import io.github.cmpt.vocabulary.NonClientCategory;
import static io.github.cmpt.supply.ClinicianTimeTest.STANDARD;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import io.github.cmpt.time.PeriodicHours;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Every validation rule of Step 1 names the field, the rule and the value. */
class Step1ValidationTest {

  private static void rejects(ThrowingCallable call, String... fragments) {
    var a = assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class);
    for (String f : fragments) {
      a.hasMessageContaining(f);
    }
  }

  private static Clinician.Builder ot(Fte fte) {
    return ot("ot-1", fte);
  }

  private static Clinician.Builder ot(String id, Fte fte) {
    return Clinician.builder()
        .id(id)
        .role(Role.OCCUPATIONAL_THERAPIST)
        .workHours(WorkHours.of(STANDARD, fte));
  }

  @Test
  void contract() {
    rejects(
        () ->
            WorkHours.builder()
                .hoursPerWeek(Hours.of(170))
                .weeksPerYear(BigDecimal.valueOf(52))
                .fte(Fte.ONE)
                .build(),
        "Invalid value for hoursPerWeek (valid values 0 < x <= 168): 170");
    rejects(
        () ->
            WorkHours.builder()
                .hoursPerWeek(Hours.of(40))
                .workingDaysPerWeek(0)
                .weeksPerYear(BigDecimal.valueOf(52))
                .fte(Fte.ONE)
                .build(),
        "Invalid value for workingDaysPerWeek (valid values 1 <= x <= 7): 0");
    rejects(
        () ->
            WorkHours.builder()
                .hoursPerWeek(Hours.of(40))
                .workingDays(java.util.Set.of())
                .weeksPerYear(BigDecimal.valueOf(52))
                .fte(Fte.ONE)
                .build(),
        "Invalid value for workingDays");
    rejects(
        () -> WorkHours.of(STANDARD, Fte.ZERO), "Invalid value for fte (valid values x > 0): 0");
    rejects(() -> WorkHours.of(STANDARD, Fte.of("-0.5")), "fte", "-0.5");
    rejects(() -> WorkHours.of(STANDARD, Fte.of("4.5")), "fte", "hoursPerWeek x fte <= 168", "4.5");
    rejects(
        () -> WorkHours.builder().hoursPerWeek(Hours.of(40)).fte(Fte.ONE).build(),
        "Invalid value for weeksPerYear (valid values required): missing");
  }

  @Test
  void negativeLeave() {
    rejects(
        () -> Leave.ofDays(LeaveType.VACATION, -1),
        "Invalid value for leave days (Vacation) (valid values 0 <= x <= 366): -1");
    rejects(
        () -> Leave.ofHours(LeaveType.SICK, Hours.of("-7.5")),
        "Invalid value for leave hours (Sick leave) (valid values x >= 0): -7.5");
    rejects(
        () ->
            Leave.ofHolidays(
                year -> java.util.Set.of(LocalDate.of(2025, 12, 25)), Year.of(2026)),
        "holiday date",
        "2025-12-25");
  }

  @Test
  void nonClientShareAndAmounts() {
    rejects(
        () ->
            NonClientActivity.ofShare(NonClientCategory.ADMINISTRATION, Percentage.ofPercent(100)),
        "Invalid value for share (Administration) (valid values 0% <= x < 100%): 100%");
    rejects(
        () -> NonClientActivity.ofShare(NonClientCategory.RESEARCH, Percentage.ofPercent(-5)),
        "share (Research)",
        "-5%");
    rejects(
        () ->
            NonClientActivity.of(
                NonClientCategory.MEETINGS, PeriodicHours.ofWeekly(Hours.of(-2))),
        "Invalid value for amount (Meetings) (valid values x >= 0): -2h/week");
    rejects(
        () -> NonClientActivity.of(NonClientCategory.MEETINGS, PeriodicHours.ofDaily(Hours.of(25))),
        "amount (Meetings)",
        "x <= 24h/day",
        "25h/day");
    rejects(
        () ->
            NonClientActivity.of(NonClientCategory.MEETINGS, PeriodicHours.ofWeekly(Hours.of(169))),
        "amount (Meetings)",
        "169h/week");
    rejects(
        () ->
            NonClientActivity.of(NonClientCategory.MEETINGS, PeriodicHours.ofWeekly(Hours.of(2)))
                .withClinicians(List.of()),
        "clinicianIds",
        "none");
  }

  @Test
  void sharesAddingUpToOneHundredPercent() {
    rejects(
        () -> ClinicianTime.of(ot(Fte.ONE)
                .addActivity(
                    NonClientActivity.ofShare(
                        NonClientCategory.ADMINISTRATION, Percentage.ofPercent(60)))
                .addActivity(
                    NonClientActivity.ofShare(NonClientCategory.RESEARCH, Percentage.ofPercent(40)))
                .build()),
        "Invalid value for non-client shares of clinician ot-1 (valid values total < 100%): 100%");
  }

  @Test
  void leaveBeyondPaidHours() {
    // 0.1 FTE: 195 h paid; 30 absolute days of 7.5 h are 225 h
    rejects(
        () -> ClinicianTime.of(ot(Fte.of("0.1")).addLeave(Leave.ofDays(LeaveType.SICK, 30).withProrated(false)).build()),
        "leave of clinician ot-1",
        "leave 225h",
        "exceeds paid hours 195h by 30h");
  }

  @Test
  void leaveAndNonClientBeyondPaidHours() {
    // 1950 paid - 150 leave = 1800 worked; 1900 h of research a year is 100 h too many
    rejects(
        () -> ClinicianTime.of(ot(Fte.ONE)
                .addLeave(Leave.ofDays(LeaveType.VACATION, 20))
                .addActivity(
                    NonClientActivity.of(
                        NonClientCategory.RESEARCH, PeriodicHours.ofYearly(Hours.of(1900))))
                .build()),
        "non-client time of clinician ot-1",
        "leave 150h + non-client 1900h",
        "= 2050h exceeds paid hours 1950h by 100h");
  }

  @Test
  void dailyAmountLongerThanTheWorkingDay() {
    rejects(
        () -> ClinicianTime.of(ot(Fte.ONE)
                .addActivity(
                    NonClientActivity.of(
                        NonClientCategory.ADMINISTRATION, PeriodicHours.ofDaily(Hours.of(8))))
                .build()),
        "amount (Administration)",
        "at most the working day of 7.5h",
        "8h/day");
  }

  @Test
  void clinicianAndTeamStructure() {
    rejects(() -> ot(" ", Fte.ONE).build(), "Invalid value for id (valid values non-blank)");
    rejects(
        () ->
            ot(Fte.ONE)
                .addActivity(
                    NonClientActivity.of(
                            NonClientCategory.RESEARCH, PeriodicHours.ofYearly(Hours.of(10)))
                        .withClinicians(List.of("pt-2")))
                .build(),
        "activities of clinician ot-1",
        "[pt-2]");
    rejects(() -> Team.builder().name("Empty").build(), "clinicians", "at least one clinician");
    rejects(
        () ->
            Team.builder()
                .name("Twins")
                .addClinician(ot(Fte.ONE).build())
                .addClinician(ot(Fte.of("0.5")).build())
                .build(),
        "Invalid value for clinicians (valid values unique identifiers): duplicate ot-1");
    rejects(
        () ->
            Team.builder()
                .name("Rehab")
                .addClinician(ot(Fte.ONE).build())
                .addActivity(
                    NonClientActivity.of(
                            NonClientCategory.RESEARCH, PeriodicHours.ofYearly(Hours.of(10)))
                        .withClinicians(List.of("pt-7")))
                .build(),
        "activities",
        "names pt-7");
  }

  @Test
  void teamLeaveThatDoesNotFitAMemberNamesThatMember() {
    Clinician small = ot("ot-small", Fte.of("0.1")).build();
    rejects(
        () -> TeamTime.of(Team.builder()
                .name("Rehab")
                .addClinician(ot(Fte.ONE).build())
                .addClinician(small)
                .addLeave(Leave.ofHours(LeaveType.OTHER, Hours.of(200)).withProrated(false))
                .build()),
        "clinician ot-small",
        "leave 200h",
        "exceeds paid hours 195h by 5h");
  }
}
