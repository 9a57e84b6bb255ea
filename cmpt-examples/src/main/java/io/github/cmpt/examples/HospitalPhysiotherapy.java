package io.github.cmpt.examples;

import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.demand.ComplexityScale;
import io.github.cmpt.demand.Figure;
import io.github.cmpt.demand.Frequency;
import io.github.cmpt.demand.InterventionActivity;
import io.github.cmpt.demand.InterventionProfile;
import io.github.cmpt.demand.Provenance;
import io.github.cmpt.demand.ServiceDemand;
import io.github.cmpt.demand.Volume;
import io.github.cmpt.plan.CaseloadPlan;
import io.github.cmpt.supply.Clinician;
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
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;

/**
 * A hospital inpatient physiotherapy team planned with the CMPT: four physiotherapists (3.8 FTE)
 * and two physiotherapist assistants (1.5 FTE) on the medicine and surgery wards of an Ontario
 * hospital in 2026.
 *
 * <p>What makes it an inpatient service: short episodes (one to three weeks, the length of stay) at
 * high intensity (daily sessions, including weekends for the most complex patients); demand given
 * as episodes per year (the admissions referred to physiotherapy); and weekend coverage by staff on
 * a Wednesday-to-Sunday rotation, whose statutory holidays are lieu days rather than the dates of a
 * calendar.
 *
 * <p>Every figure is an illustration chosen to look realistic, not a norm or a benchmark; the
 * comments say where each would come from in a real service.
 *
 * <pre>{@code
 * CaseloadPlan plan = HospitalPhysiotherapy.plan();
 * plan.match(Role.PHYSIOTHERAPIST).gapFte();
 * System.out.print(PlanReport.of(plan).toText());
 * }</pre>
 */
public final class HospitalPhysiotherapy {

  /** The name of the plan. */
  public static final String NAME = "Riverview General inpatient physiotherapy 2026";

  private static final Provenance CARE_PATHWAY =
      Provenance.ofJudgment("ward care pathway 2026");

  private HospitalPhysiotherapy() {}

  /**
   * Returns the plan: the team (Step 1), the admissions and the time they need (Step 2), matched in
   * Step 3.
   *
   * @return the plan
   */
  public static CaseloadPlan plan() {
    return CaseloadPlan.builder().name(NAME).team(team()).demand(demand()).build();
  }

  /**
   * Returns the team: Step 1.
   *
   * @return the team
   */
  public static Team team() {
    // Full-time is 37.5 hours a week, 52 weeks a year, in 7.5-hour days: Monday to Friday for most
    // staff, Wednesday to Sunday for the weekend rotation.
    WorkPattern weekdays = WorkPattern.of(Hours.of("37.5"), 5, 52);
    WorkPattern weekendRotation =
        WorkPattern.of(
            Hours.of("37.5"),
            EnumSet.of(
                DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY,
                DayOfWeek.SATURDAY,
                DayOfWeek.SUNDAY),
            new BigDecimal("52"));
    // Weekday staff are off on Ontario's statutory holidays of 2026 (Boxing Day, a Saturday, on
    // Monday 28 December): nine weekdays.
    Leave holidays =
        Leave.ofHolidays(ProvincialHolidays.of("ON").withSubstituteDays(), Year.of(2026));
    // Staff on the rotation work on holidays and take a lieu day for each of the nine: a calendar's
    // dates would count only the holidays on their working days (four of nine in 2026).
    Leave lieuDays = Leave.ofDays(LeaveType.STATUTORY_HOLIDAYS, 9);

    Clinician surgery =
        Clinician.builder()
            .id("pt-1")
            .name("PT, surgery")
            .role(Role.PHYSIOTHERAPIST)
            .workHours(WorkHours.of(weekdays, Fte.ONE))
            .addLeave(holidays)
            .addLeave(Leave.ofDays(LeaveType.VACATION, 20))
            .build();
    Clinician lead =
        Clinician.builder()
            .id("pt-2")
            .name("PT, clinical lead")
            .role(Role.PHYSIOTHERAPIST)
            .workHours(WorkHours.of(weekdays, Fte.ONE))
            .addLeave(holidays)
            .addLeave(Leave.ofDays(LeaveType.VACATION, 25))
            // two student placements a year
            .addActivity(
                NonClientActivity.of(
                        NonClientCategory.TEACHING_AND_SUPERVISION,
                        PeriodicHours.ofYearly(Hours.of(150)))
                    .withClinicians(List.of("pt-2")))
            .build();
    Clinician medicine =
        Clinician.builder()
            .id("pt-3")
            .name("PT, medicine")
            .role(Role.PHYSIOTHERAPIST)
            .workHours(WorkHours.of(weekdays, Fte.of("0.8")))
            .addLeave(holidays)
            .addLeave(Leave.ofDays(LeaveType.VACATION, 20))
            .build();
    Clinician weekendPt =
        Clinician.builder()
            .id("pt-4")
            .name("PT, weekend rotation")
            .role(Role.PHYSIOTHERAPIST)
            .workHours(WorkHours.of(weekendRotation, Fte.ONE))
            .addLeave(lieuDays)
            .addLeave(Leave.ofDays(LeaveType.VACATION, 15))
            .build();
    Clinician assistant =
        Clinician.builder()
            .id("pta-1")
            .role(Role.PT_ASSISTANT)
            .workHours(WorkHours.of(weekdays, Fte.ONE))
            .addLeave(holidays)
            .addLeave(Leave.ofDays(LeaveType.VACATION, 15))
            .build();
    Clinician weekendAssistant =
        Clinician.builder()
            .id("pta-2")
            .name("PTA, weekend rotation")
            .role(Role.PT_ASSISTANT)
            .workHours(WorkHours.of(weekendRotation, Fte.of("0.5")))
            .addLeave(lieuDays)
            .addLeave(Leave.ofDays(LeaveType.VACATION, 15))
            .build();

    return Team.builder()
        .name("Riverview General Hospital inpatient physiotherapy (Ontario, 2026)")
        .addClinicians(surgery, lead, medicine, weekendPt, assistant, weekendAssistant)
        .addLeave(Leave.ofDays(LeaveType.SICK, 9))
        // non-client time for everyone: administration (workload statistics, e-mail), the weekly
        // department meeting, and in-services
        .addActivity(
            NonClientActivity.ofShare(NonClientCategory.ADMINISTRATION, Percentage.ofPercent(8)))
        .addActivity(
            NonClientActivity.of(NonClientCategory.MEETINGS, PeriodicHours.ofWeekly(Hours.of(1))))
        .addActivity(
            NonClientActivity.of(
                NonClientCategory.PROFESSIONAL_DEVELOPMENT, PeriodicHours.ofYearly(Hours.of(15))))
        .build();
  }

  /**
   * Returns the admissions and the time they need: Step 2.
   *
   * @return the demand
   */
  public static ServiceDemand demand() {
    ComplexityScale scale =
        ComplexityScale.ofThreeLevels(
            "Walks with supervision or an aid; assessment, education and discharge advice",
            "Needs the help of one person to transfer or walk; daily therapy to go home",
            "Needs the help of two, after surgery or deconditioned; daily therapy including"
                + " weekends, complex discharge");

    // Level 1: about a week on the ward; the assistant runs a short walking programme.
    InterventionProfile low =
        InterventionProfile.builder()
            .level(scale.level("1"))
            .episodeWeeks(Figure.ofJudgment(1, "median stay of these patients, about a week"))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.ASSESSMENT,
                    Role.PHYSIOTHERAPIST,
                    Figure.ofJudgment(45, "mobility assessment"),
                    Frequency.ONCE,
                    CARE_PATHWAY))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.INDIVIDUAL_INTERVENTION,
                    Role.PT_ASSISTANT,
                    Figure.ofJudgment(20, "walking programme"),
                    Frequency.ofPerWeek(3, 1),
                    CARE_PATHWAY))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.INDIRECT,
                    Role.PHYSIOTHERAPIST,
                    Figure.ofJudgment(15, "charting"),
                    Frequency.ofPerEpisode(2),
                    CARE_PATHWAY))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.DISCHARGE_PLANNING,
                    Role.PHYSIOTHERAPIST,
                    Figure.ofJudgment(15, "discharge advice"),
                    Frequency.ONCE,
                    CARE_PATHWAY))
            .build();

    // Level 2: two weeks (the median stay in last year's discharge records), a PT session every
    // weekday and three sessions a week with the assistant.
    InterventionProfile moderate =
        InterventionProfile.builder()
            .level(scale.level("2"))
            .episodeWeeks(Figure.ofRecords(new BigDecimal("2"), 412, "median"))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.ASSESSMENT,
                    Role.PHYSIOTHERAPIST,
                    Figure.ofRecords(new BigDecimal("60"), 412, "median"),
                    Frequency.ONCE,
                    CARE_PATHWAY))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.INDIVIDUAL_INTERVENTION,
                    Role.PHYSIOTHERAPIST,
                    Figure.ofJudgment(30, "bedside or gym session"),
                    Frequency.ofPerWeek(5, 2),
                    CARE_PATHWAY))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.INDIVIDUAL_INTERVENTION,
                    Role.PT_ASSISTANT,
                    Figure.ofJudgment(30, "gait and transfer practice"),
                    Frequency.ofPerWeek(3, 2),
                    CARE_PATHWAY))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.INDIRECT,
                    Role.PHYSIOTHERAPIST,
                    Figure.ofJudgment(15, "charting"),
                    Frequency.ofPerWeek(5, 2),
                    CARE_PATHWAY))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.CONSULTATION,
                    Role.PHYSIOTHERAPIST,
                    Figure.ofJudgment(15, "rounds and family"),
                    Frequency.ofPerWeek(2, 2),
                    CARE_PATHWAY))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.DISCHARGE_PLANNING,
                    Role.PHYSIOTHERAPIST,
                    Figure.ofJudgment(30, "equipment and home exercise programme"),
                    Frequency.ONCE,
                    CARE_PATHWAY))
            .build();

    // Level 3: three weeks, daily therapy; the assistant covers the weekend sessions. The
    // assessment blends last year's median (70 min) with the team's judgment (90 min, a new
    // falls-risk screen) at a weight of 25%: 0.75 x 70 + 0.25 x 90 = 75 min.
    InterventionProfile high =
        InterventionProfile.builder()
            .level(scale.level("3"))
            .episodeWeeks(Figure.ofJudgment(3, "median stay of these patients, about three weeks"))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.ASSESSMENT,
                    Role.PHYSIOTHERAPIST,
                    Figure.ofRecords(new BigDecimal("70"), 64, "median")
                        .blendedWith(
                            new BigDecimal("90"), new BigDecimal("0.25"), "new falls-risk screen"),
                    Frequency.ONCE,
                    CARE_PATHWAY))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.INDIVIDUAL_INTERVENTION,
                    Role.PHYSIOTHERAPIST,
                    Figure.ofJudgment(45, "two-person mobility session"),
                    Frequency.ofPerWeek(5, 3),
                    CARE_PATHWAY))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.INDIVIDUAL_INTERVENTION,
                    Role.PT_ASSISTANT,
                    Figure.ofJudgment(30, "exercise, weekends included"),
                    Frequency.ofPerWeek(4, 3),
                    CARE_PATHWAY))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.INDIRECT,
                    Role.PHYSIOTHERAPIST,
                    Figure.ofJudgment(15, "charting"),
                    Frequency.ofPerWeek(5, 3),
                    CARE_PATHWAY))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.CONSULTATION,
                    Role.PHYSIOTHERAPIST,
                    Figure.ofJudgment(30, "family meeting and team conference"),
                    Frequency.ofPerWeek(1, 3),
                    CARE_PATHWAY))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.DISCHARGE_PLANNING,
                    Role.PHYSIOTHERAPIST,
                    Figure.ofJudgment(60, "equipment, home assessment referral"),
                    Frequency.ONCE,
                    CARE_PATHWAY))
            .build();

    // Admissions referred to physiotherapy in a year, from the referral log.
    return ServiceDemand.builder()
        .weeksPerYear(52)
        .scale(scale)
        .addLevel(low, Volume.ofEpisodesPerYear(360))
        .addLevel(moderate, Volume.ofEpisodesPerYear(300))
        .addLevel(high, Volume.ofEpisodesPerYear(120))
        .build();
  }
}
