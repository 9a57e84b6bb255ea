package io.github.cmpt.examples.javadoc;

import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.demand.ComplexityScale;
import io.github.cmpt.demand.Figure;
import io.github.cmpt.demand.Frequency;
import io.github.cmpt.demand.InterventionActivity;
import io.github.cmpt.demand.InterventionProfile;
import io.github.cmpt.demand.Provenance;
import io.github.cmpt.demand.ServiceDemand;
import io.github.cmpt.demand.Volume;
import io.github.cmpt.estimate.ActivityRecord;
import io.github.cmpt.estimate.EstimationRules;
import io.github.cmpt.plan.CaseloadPlan;
import io.github.cmpt.supply.Clinician;
import io.github.cmpt.supply.HolidayCalendar;
import io.github.cmpt.supply.Leave;
import io.github.cmpt.vocabulary.LeaveType;
import io.github.cmpt.supply.NonClientActivity;
import io.github.cmpt.vocabulary.NonClientCategory;
import io.github.cmpt.vocabulary.Role;
import io.github.cmpt.supply.Team;
import io.github.cmpt.supply.WorkHours;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import io.github.cmpt.time.PeriodicHours;
import io.github.cmpt.time.WorkPattern;
import io.github.cmpt.wisn.ActivityStandard;
import io.github.cmpt.wisn.CategoryAllowance;
import io.github.cmpt.wisn.HealthServiceActivity;
import io.github.cmpt.wisn.IndividualAllowance;
import io.github.cmpt.wisn.WisnInput;
import io.github.cmpt.wisn.WorkingTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/**
 * The values the Javadoc examples take as given (a work pattern, a team, a scale, profiles, a
 * demand, a plan, records, WISN input), each built with as little as the example needs.
 *
 * <p>The figures are illustrations, not norms.
 */
final class Fixtures {

  private Fixtures() {}

  // ---------------------------------------------------------------------------------------------
  // Step 1

  /**
   * Returns a 37.5-hour, Monday-to-Friday week paid 52 weeks a year: 7.5 hours a day, 1950 hours
   * a year.
   *
   * @return the pattern
   */
  static WorkPattern pattern() {
    return WorkPattern.of(Hours.of("37.5"), 5, new BigDecimal("52"));
  }

  /**
   * Returns a calendar of three holidays of 2026 (New Year's Day, Family Day, Good Friday), all on
   * weekdays.
   *
   * @return the calendar
   */
  static HolidayCalendar calendar() {
    return HolidayCalendar.of(
        List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 16), LocalDate.of(2026, 4, 3)));
  }

  /**
   * Returns {@code ot-1}, an occupational therapist at 0.8 FTE with 20 days of vacation and 40
   * hours of research a year (the clinician of the {@link Clinician} example).
   *
   * @return the clinician
   */
  static Clinician ana() {
    return Clinician.builder()
        .id("ot-1")
        .role(Role.OCCUPATIONAL_THERAPIST)
        .workHours(WorkHours.of(pattern(), Fte.of("0.8")))
        .addLeave(Leave.ofDays(LeaveType.VACATION, 20))
        .addActivity(
            NonClientActivity.of(NonClientCategory.RESEARCH, PeriodicHours.ofYearly(Hours.of(40))))
        .build();
  }

  /**
   * Returns {@code ot-2}, an occupational therapist at 0.6 FTE with 20 days of vacation.
   *
   * @return the clinician
   */
  static Clinician ben() {
    return Clinician.builder()
        .id("ot-2")
        .role(Role.OCCUPATIONAL_THERAPIST)
        .workHours(WorkHours.of(pattern(), Fte.of("0.6")))
        .addLeave(Leave.ofDays(LeaveType.VACATION, 20))
        .build();
  }

  /**
   * Returns the team of the {@link Team} example: {@link #ana()} and {@link #ben()}, the
   * holidays of {@link #calendar()} and two hours of meetings a week.
   *
   * @return the team
   */
  static Team team() {
    return Team.builder()
        .name("Community rehab")
        .addClinician(ana())
        .addClinician(ben())
        .addLeave(Leave.ofHolidays(calendar(), Year.of(2026)))
        .addActivity(
            NonClientActivity.of(NonClientCategory.MEETINGS, PeriodicHours.ofWeekly(Hours.of(2))))
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Step 2

  /**
   * Returns the scale Low, Moderate, High with codes 1 to 3.
   *
   * @return the scale
   */
  static ComplexityScale scale() {
    return ComplexityScale.ofThreeLevels();
  }

  private static InterventionActivity activity(
      ActivityKind kind, Role role, long minutes, Frequency frequency) {
    return InterventionActivity.builder()
        .kind(kind)
        .role(role)
        .minutes(Figure.ofJudgment(minutes, "team consensus 2026"))
        .frequency(frequency)
        .frequencyProvenance(Provenance.ofJudgment("program design"))
        .build();
  }

  /**
   * Returns an assessment by an occupational therapist: 90 minutes, once an episode (1.5 hours).
   *
   * @return the activity
   */
  static InterventionActivity assessment() {
    return activity(ActivityKind.ASSESSMENT, Role.OCCUPATIONAL_THERAPIST, 90, Frequency.ONCE);
  }

  /**
   * Returns individual treatment by an OT assistant: 45 minutes once a week for 8 weeks (6
   * hours).
   *
   * @return the activity
   */
  static InterventionActivity treatment() {
    return activity(
        ActivityKind.INDIVIDUAL_INTERVENTION, Role.OT_ASSISTANT, 45, Frequency.ofPerWeek(1, 8));
  }

  /**
   * Returns the profile of level 1 (Low): the {@link #assessment()}, 6-week episodes; 1.5 hours
   * an episode.
   *
   * @return the profile
   */
  static InterventionProfile lowProfile() {
    return InterventionProfile.builder()
        .level(scale().level("1"))
        .episodeWeeks(Figure.ofRecords(new BigDecimal("6"), 42, "median"))
        .addActivity(assessment())
        .build();
  }

  /**
   * Returns the profile of level 2 (Moderate): the {@link #assessment()} and the {@link
   * #treatment()}, 8-week episodes; 7.5 hours an episode.
   *
   * @return the profile
   */
  static InterventionProfile moderateProfile() {
    return InterventionProfile.builder()
        .level(scale().level("2"))
        .episodeWeeks(Figure.ofRecords(new BigDecimal("8"), 42, "median"))
        .addActivity(assessment())
        .addActivity(treatment())
        .build();
  }

  /**
   * Returns the demand of the {@link ServiceDemand} example: 60 episodes a year of level 1 and 12
   * clients at a time of level 2 (78 episodes a year).
   *
   * @return the demand
   */
  static ServiceDemand demand() {
    return ServiceDemand.builder()
        .weeksPerYear(52)
        .scale(scale())
        .addLevel(lowProfile(), Volume.ofEpisodesPerYear(60))
        .addLevel(moderateProfile(), Volume.ofConcurrent(12))
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Step 3

  /**
   * Returns the demand of the {@link CaseloadPlan} example, for occupational therapists only:
   * level 1 (Low) needs a 90-minute assessment, 6-week episodes, 120 a year; level 2 (Moderate)
   * adds 45 minutes of treatment twice a week for 8 weeks, 10-week episodes, 15 clients at a time
   * (78 episodes a year).
   *
   * @return the demand
   */
  static ServiceDemand otDemand() {
    ComplexityScale scale = scale();
    InterventionActivity assessment =
        activity(ActivityKind.ASSESSMENT, Role.OCCUPATIONAL_THERAPIST, 90, Frequency.ONCE);
    InterventionProfile low =
        InterventionProfile.builder()
            .level(scale.level("1"))
            .episodeWeeks(Figure.ofJudgment(6, "team consensus 2026"))
            .addActivity(assessment)
            .build();
    InterventionProfile moderate =
        InterventionProfile.builder()
            .level(scale.level("2"))
            .episodeWeeks(Figure.ofJudgment(10, "team consensus 2026"))
            .addActivity(assessment)
            .addActivity(
                activity(
                    ActivityKind.INDIVIDUAL_INTERVENTION,
                    Role.OCCUPATIONAL_THERAPIST,
                    45,
                    Frequency.ofPerWeek(2, 8)))
            .build();
    return ServiceDemand.builder()
        .weeksPerYear(52)
        .scale(scale)
        .addLevel(low, Volume.ofEpisodesPerYear(120))
        .addLevel(moderate, Volume.ofConcurrent(15))
        .build();
  }

  /**
   * Returns the plan of the {@link CaseloadPlan} example: the team of the {@link Team} example
   * ({@code ot-1} at 0.8 FTE, {@code ot-2} at 0.6) and {@link #otDemand()}.
   *
   * @return the plan
   */
  static CaseloadPlan plan() {
    return CaseloadPlan.builder().name("Community OT 2026").team(team()).demand(otDemand()).build();
  }

  private static Clinician physiotherapist(String id) {
    // 1950h paid - 20 days of vacation and 4 of sick leave (180h) = 1770h worked;
    // - 20% administration (354h) - 80h of teaching = 1336h of client care
    return Clinician.builder()
        .id(id)
        .role(Role.PHYSIOTHERAPIST)
        .workHours(WorkHours.of(pattern(), Fte.ONE))
        .addLeave(Leave.ofDays(LeaveType.VACATION, 20))
        .addLeave(Leave.ofDays(LeaveType.SICK, 4))
        .addActivity(
            NonClientActivity.ofShare(NonClientCategory.ADMINISTRATION, Percentage.ofPercent(20)))
        .addActivity(
            NonClientActivity.of(
                NonClientCategory.TEACHING_AND_SUPERVISION, PeriodicHours.ofYearly(Hours.of(80))))
        .build();
  }

  /**
   * Returns the plan of the {@link io.github.cmpt.report.Explanation} example: two
   * physiotherapists at 1.0 FTE with 1336 client-care hours a year each, and 30 clients at a time
   * in 10-week episodes (156 a year) needing an hour of physiotherapy twice a week (20 hours an
   * episode), 3120 hours a year.
   *
   * @return the plan
   */
  static CaseloadPlan physiotherapyPlan() {
    ComplexityScale scale = scale();
    InterventionProfile moderate =
        InterventionProfile.builder()
            .level(scale.level("2"))
            .episodeWeeks(Figure.ofJudgment(10, "team consensus 2026"))
            .addActivity(
                activity(
                    ActivityKind.INDIVIDUAL_INTERVENTION,
                    Role.PHYSIOTHERAPIST,
                    60,
                    Frequency.ofPerWeek(2, 10)))
            .build();
    ServiceDemand demand =
        ServiceDemand.builder()
            .weeksPerYear(52)
            .scale(scale)
            .addLevel(moderate, Volume.ofConcurrent(30))
            .build();
    Team team =
        Team.builder()
            .name("Outpatient physiotherapy")
            .addClinician(physiotherapist("pt-1"))
            .addClinician(physiotherapist("pt-2"))
            .build();
    return CaseloadPlan.builder()
        .name("Outpatient PT 2026")
        .team(team)
        .demand(demand)
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Estimates

  /**
   * Returns level L, Low, rank 1.
   *
   * @return the level
   */
  static ComplexityLevel low() {
    return ComplexityLevel.of("L", "Low", 1);
  }

  /**
   * Returns level M, Moderate, rank 2 (the level of the {@link ComplexityLevel} example).
   *
   * @return the level
   */
  static ComplexityLevel moderate() {
    return ComplexityLevel.of(
        "M", "Moderate", 2, "Two or more goals; family needs support to carry over the program");
  }

  /**
   * Returns level H, High, rank 3.
   *
   * @return the level
   */
  static ComplexityLevel high() {
    return ComplexityLevel.of("H", "High", 3);
  }

  /**
   * Returns the scale of {@link #low()}, {@link #moderate()} and {@link #high()}.
   *
   * @return the scale
   */
  static ComplexityScale recordScale() {
    return ComplexityScale.of(low(), moderate(), high());
  }

  /**
   * Returns rules for the levels L, M, H and the fiscal year 2024-25 (the rules of the {@link
   * EstimationRules} example).
   *
   * @return the rules
   */
  static EstimationRules rules() {
    return EstimationRules.builder()
        .levels(List.of(low(), moderate(), high()))
        .window(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31))
        .build();
  }

  private static ActivityRecord record(
      String episode, ComplexityLevel level, ActivityKind kind, long minutes, LocalDate date) {
    return ActivityRecord.builder()
        .episode(episode)
        .level(level)
        .kind(kind)
        .role(Role.PHYSIOTHERAPIST)
        .minutes(minutes)
        .date(date)
        .build();
  }

  /**
   * Returns the records of four episodes of 2024-25 by a physiotherapist: three of level M, of
   * 105, 150 and 225 minutes (median 150), and one of level L of 45 minutes.
   *
   * @return the records, in no particular order
   */
  static List<ActivityRecord> records() {
    LocalDate day = LocalDate.of(2024, 9, 2);
    List<ActivityRecord> records = new ArrayList<>();
    records.add(record("E-1", moderate(), ActivityKind.ASSESSMENT, 60, day));
    records.add(
        record("E-1", moderate(), ActivityKind.INDIVIDUAL_INTERVENTION, 45, day.plusDays(7)));
    records.add(
        record("E-1", moderate(), ActivityKind.INDIVIDUAL_INTERVENTION, 45, day.plusDays(14)));
    records.add(record("E-2", moderate(), ActivityKind.ASSESSMENT, 60, day));
    records.add(
        record("E-2", moderate(), ActivityKind.INDIVIDUAL_INTERVENTION, 45, day.plusDays(7)));
    records.add(record("E-3", moderate(), ActivityKind.ASSESSMENT, 90, day));
    for (int week = 1; week <= 3; week++) {
      records.add(
          record(
              "E-3",
              moderate(),
              ActivityKind.INDIVIDUAL_INTERVENTION,
              45,
              day.plusDays(7L * week)));
    }
    records.add(record("E-4", low(), ActivityKind.ASSESSMENT, 45, day));
    return records;
  }

  // ---------------------------------------------------------------------------------------------
  // WISN

  /**
   * Returns the working time of the {@link WorkingTime} example: 260 working days less 13 public
   * holidays, 18 days of annual leave, 12 of sick leave and 5 of other leave, 8 hours a day (an
   * available working time of 1696 hours).
   *
   * @return the working time
   */
  static WorkingTime workingTime() {
    return WorkingTime.builder()
        .workingDaysPerYear(260)
        .publicHolidays(13)
        .annualLeave(18)
        .sickLeave(12)
        .otherLeave(5)
        .hoursPerDay(Hours.of(8))
        .build();
  }

  /**
   * Returns the activity of the {@link HealthServiceActivity} example: 1200 outpatient sessions of
   * 45 minutes a year.
   *
   * @return the activity
   */
  static HealthServiceActivity sessions() {
    return HealthServiceActivity.builder()
        .name("Outpatient session")
        .standard(ActivityStandard.ofUnitTime(Hours.ofMinutes(45)))
        .annualWorkload(new BigDecimal("1200"))
        .build();
  }

  /**
   * Returns the allowance of the {@link IndividualAllowance} example: 120 hours of teaching a year
   * for each of 2 staff.
   *
   * @return the allowance
   */
  static IndividualAllowance teaching() {
    return IndividualAllowance.builder()
        .name("Teaching students")
        .hoursPerYear(Hours.of(120))
        .staff(2)
        .build();
  }

  /**
   * Returns the input of the {@link WisnInput} example: {@link #workingTime()}, {@link
   * #sessions()}, meetings 5% of working time, {@link #teaching()}, and one member of staff.
   *
   * @return the input
   */
  static WisnInput input() {
    return WisnInput.builder()
        .staffCategory("Physiotherapist")
        .workingTime(workingTime())
        .addHealthServiceActivity(sessions())
        .addCategoryAllowance(CategoryAllowance.ofShare("Meetings", Percentage.ofPercent(5)))
        .addIndividualAllowance(teaching())
        .currentStaff(Fte.ONE)
        .build();
  }
}
