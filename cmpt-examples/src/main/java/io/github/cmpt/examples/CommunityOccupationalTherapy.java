package io.github.cmpt.examples;

import io.github.cmpt.demand.InterventionTime;
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
import io.github.cmpt.horizon.Absence;
import io.github.cmpt.horizon.Arrivals;
import io.github.cmpt.horizon.Goal;
import io.github.cmpt.horizon.Horizon;
import io.github.cmpt.horizon.HorizonPlan;
import io.github.cmpt.horizon.ProjectionComparison;
import io.github.cmpt.horizon.ServiceOrder;
import io.github.cmpt.horizon.StaffingNeed;
import io.github.cmpt.plan.CaseloadPlan;
import io.github.cmpt.plan.PlanChange;
import io.github.cmpt.plan.PlanParameter;
import io.github.cmpt.plan.Scenario;
import io.github.cmpt.plan.ScenarioComparison;
import io.github.cmpt.plan.Sweep;
import io.github.cmpt.report.Worksheet;
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
import io.github.cmpt.time.Fraction;
import io.github.cmpt.time.Percentage;
import io.github.cmpt.time.PeriodicHours;
import io.github.cmpt.time.WorkPattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A community occupational therapy program planned with the CMPT: four occupational therapists
 * (3.4 FTE) and two OT assistants (1.4 FTE) seeing clients at home for a British Columbia health
 * authority in 2026, with a waitlist to clear.
 *
 * <p>What makes it a community program: every visit needs client-related travel, which is part of
 * the time an episode needs; assistants deliver and fit equipment and follow up; the four-level
 * scale runs from a single equipment need to palliative care; and the statutory holidays are those
 * of British Columbia in 2026, read from a holiday calendar.
 *
 * <p>The waitlist is projected week by week ({@link #horizonPlan()}, {@link #projection()}): the
 * year's referrals arrive with a seasonal profile (fewer in summer), each clinician's vacation falls
 * on its dates (a summer peak), the statutory holidays on theirs, and the 80 clients waiting at the
 * start are served first come first served after the palliative referrals, which go first. Side by
 * side with the two part-time therapists working full time ({@link #fullTime()}), and with the
 * therapist time it takes to clear the list by the end of June ({@link #staffingNeed()}). The
 * annual view is kept too: clearing the list within the year adds each waitlisted client to its
 * level's episodes per year ({@link #withWaitlist()}, {@link #toClearWaitlist()}).
 *
 * <p>Every figure is an illustration chosen to look realistic, not a norm or a benchmark; the
 * comments say where each would come from in a real service.
 *
 * <pre>{@code
 * CaseloadPlan plan = CommunityOccupationalTherapy.plan();
 * System.out.print(ScenarioComparison.of(plan, CommunityOccupationalTherapy.withWaitlist(),
 *     CommunityOccupationalTherapy.toClearWaitlist()).toTable().toText());
 * }</pre>
 */
public final class CommunityOccupationalTherapy {

  /** The name of the plan. */
  public static final String NAME = "Cedar Valley community OT 2026";

  /** The name of the plan that clears the waitlist within the year. */
  public static final String WITH_WAITLIST = "Cedar Valley + waitlist";

  /** The name of the plan that clears the waitlist with more therapist time. */
  public static final String TO_CLEAR_WAITLIST = "Cedar Valley + waitlist + 0.6 FTE OT";

  private static final Provenance CARE_STANDARD =
      Provenance.ofJudgment("program standard 2026");

  // Clients waiting at the start of the year, by level code; very high (palliative) referrals are
  // never waitlisted, they are seen within days.
  private static final Map<String, Integer> WAITLIST = waitlistByLevel();

  private CommunityOccupationalTherapy() {}

  /**
   * Returns the plan of the year's new referrals: the team (Step 1), the clients and the time they
   * need (Step 2), matched in Step 3.
   *
   * @return the plan
   */
  public static CaseloadPlan plan() {
    return CaseloadPlan.builder().name(NAME).team(team()).demand(demand()).build();
  }

  /**
   * Returns the clients waiting at the start of the year, by level code: 40 low, 30 moderate and
   * 10 high; very high (palliative) referrals are not waitlisted.
   *
   * @return an unmodifiable map from level code to clients, in level order
   */
  public static Map<String, Integer> waitlist() {
    return WAITLIST;
  }

  private static Map<String, Integer> waitlistByLevel() {
    Map<String, Integer> clients = new LinkedHashMap<>();
    clients.put("1", 40);
    clients.put("2", 30);
    clients.put("3", 10);
    return Collections.unmodifiableMap(clients);
  }

  /**
   * Returns the scenario of a year that also clears the waitlist: each waitlisted client is one
   * more episode of its level in the year, such as {@code episodesPerYear[1] + 40}.
   *
   * @return the scenario
   */
  public static Scenario withWaitlist() {
    return Scenario.of(WITH_WAITLIST, waitlistChanges());
  }

  /**
   * Returns the scenario of a year that clears the waitlist with the two part-time therapists
   * working full time for the year: the waitlist's episodes, and ot-3 from 0.6 and ot-4 from 0.8 to
   * 1.0 FTE, 0.6 FTE more.
   *
   * @return the scenario
   */
  public static Scenario toClearWaitlist() {
    List<PlanChange> changes = new ArrayList<>(waitlistChanges());
    changes.add(PlanChange.set(PlanParameter.fte("ot-3"), BigDecimal.ONE));
    changes.add(PlanChange.set(PlanParameter.fte("ot-4"), BigDecimal.ONE));
    return Scenario.of(TO_CLEAR_WAITLIST, changes);
  }

  private static List<PlanChange> waitlistChanges() {
    List<PlanChange> changes = new ArrayList<>();
    for (ComplexityLevel level : demand().scale().orElseThrow().levels()) {
      Integer waiting = WAITLIST.get(level.code());
      if (waiting != null) {
        changes.add(
            PlanChange.add(PlanParameter.episodesPerYear(level), BigDecimal.valueOf(waiting)));
      }
    }
    return changes;
  }

  /**
   * Returns the plan of a year that also clears the waitlist: {@link #withWaitlist()} applied to
   * {@link #plan()}, named {@value #WITH_WAITLIST}.
   *
   * @return the plan with the waitlist
   */
  public static CaseloadPlan planWithWaitlist() {
    return withWaitlist().applyTo(plan()).withName(WITH_WAITLIST);
  }

  /**
   * Returns the plan with the waitlist in which the two part-time therapists work full time for
   * the year: {@link #toClearWaitlist()} applied to {@link #plan()}, named
   * {@value #TO_CLEAR_WAITLIST}.
   *
   * @return the plan with the waitlist and more therapist time
   */
  public static CaseloadPlan planToClearWaitlist() {
    return toClearWaitlist().applyTo(plan()).withName(TO_CLEAR_WAITLIST);
  }

  /**
   * Returns the what-if: this year's referrals, the same year with the waitlist, and the year with
   * the waitlist and 0.6 FTE more therapist time, side by side; and, with the waitlist, ot-3's FTE
   * from 0.6 to 1.0.
   *
   * @return a worksheet of the scenario comparison and the sweep
   */
  public static Worksheet whatIf() {
    CaseloadPlan plan = plan();
    return Worksheet.of(
        "What-if - clearing the waitlist of " + NAME,
        List.of(
            ScenarioComparison.of(plan, withWaitlist(), toClearWaitlist()).toTable(),
            Sweep.of(
                    planWithWaitlist(),
                    PlanParameter.fte("ot-3"),
                    List.of(new BigDecimal("0.6"), new BigDecimal("0.8"), BigDecimal.ONE))
                .toTable()));
  }

  /**
   * Returns the scenario of the two part-time therapists working full time: ot-3 from 0.6 and
   * ot-4 from 0.8 to 1.0 FTE, 0.6 FTE more.
   *
   * @return the scenario
   */
  public static Scenario fullTime() {
    return Scenario.of(
        "ot-3 and ot-4 full time",
        PlanChange.set(PlanParameter.fte("ot-3"), BigDecimal.ONE),
        PlanChange.set(PlanParameter.fte("ot-4"), BigDecimal.ONE));
  }

  /** The first day of the projection: Monday 29 December 2025, so that its 52 weeks hold 2026's holidays. */
  public static final LocalDate START = LocalDate.of(2025, 12, 29);

  /**
   * Returns the plan projected over the 52 weeks from {@link #START}: the year's referrals of each
   * level ({@link #demand()}) shared over the months (9% in January to March, October and November,
   * 8.5% in April, May and September, 8% in June and December, 7% in July and 6.5% in August), the
   * waitlist of {@link #waitlist()} and the caseload the plan carries at the start, each
   * clinician's vacation on its dates, and the palliative level served first.
   *
   * @return the plan over the horizon
   */
  public static HorizonPlan horizonPlan() {
    CaseloadPlan plan = plan();
    InterventionTime need = InterventionTime.of(plan.demand());
    List<Percentage> shares = new ArrayList<>();
    for (String share :
        List.of("9", "9", "9", "8.5", "8.5", "8", "7", "6.5", "8.5", "9", "9", "8")) {
      shares.add(Percentage.ofPercent(new BigDecimal(share)));
    }
    HorizonPlan.Builder b =
        HorizonPlan.builder().plan(plan).horizon(Horizon.ofWeeks(START, 52));
    for (ComplexityLevel level : plan.demand().scale().orElseThrow().levels()) {
      b.putArrival(
          level, Arrivals.ofSeasonal(need.episodesPerYearByLevel().get(level), shares));
      b.putInitialCaseload(level, need.concurrentCaseloadByLevel().get(level));
      Integer waiting = WAITLIST.get(level.code());
      if (waiting != null) {
        b.putInitialWaiting(level, Fraction.of(waiting));
      }
    }
    // each clinician's vacation days of Step 1, on weekdays that are not holidays
    b.addAbsence(vacation("ot-1", "2026-07-13", "2026-07-31"))
        .addAbsence(vacation("ot-1", "2026-12-07", "2026-12-18"))
        .addAbsence(vacation("ot-2", "2026-08-10", "2026-08-28"))
        .addAbsence(vacation("ot-2", "2026-03-16", "2026-03-20"))
        .addAbsence(vacation("ot-3", "2026-08-17", "2026-09-04"))
        .addAbsence(vacation("ot-3", "2026-04-06", "2026-04-10"))
        .addAbsence(vacation("ot-4", "2026-07-06", "2026-07-24"))
        .addAbsence(vacation("ota-1", "2026-06-08", "2026-06-26"))
        .addAbsence(vacation("ota-2", "2026-08-10", "2026-08-28"));
    return b.order(ServiceOrder.priority(List.of(plan.demand().scale().orElseThrow().level("4"))))
        .build();
  }

  private static Absence vacation(String id, String first, String last) {
    return Absence.of(id, LeaveType.VACATION, LocalDate.parse(first), LocalDate.parse(last));
  }

  /**
   * Returns the therapist and assistant time to add from 2 March 2026 to clear the list by the end
   * of June.
   *
   * @return the need
   */
  public static StaffingNeed staffingNeed() {
    return StaffingNeed.of(
        horizonPlan(), LocalDate.of(2026, 3, 2), Goal.clearBy(LocalDate.of(2026, 6, 29)));
  }

  /**
   * Returns the projection as a worksheet: the plan and {@link #fullTime()} side by side, week by
   * week, the period table of the plan, and what it takes to clear the list by the end of June.
   *
   * @return the worksheet
   */
  public static Worksheet projection() {
    HorizonPlan input = horizonPlan();
    ProjectionComparison comparison = ProjectionComparison.of(input, fullTime());
    return Worksheet.of(
        "Projection - the waitlist of " + NAME + ", week by week",
        List.of(
            comparison.toTable(),
            comparison.projection(NAME).toTable(),
            staffingNeed().toTable()));
  }

  /**
   * Returns the team: Step 1.
   *
   * @return the team
   */
  public static Team team() {
    // 37.5 hours a week, Monday to Friday, 52 weeks a year.
    WorkPattern week = WorkPattern.of(Hours.of("37.5"), 5, 52);

    Clinician senior =
        Clinician.builder()
            .id("ot-1")
            .name("Senior OT, complex and palliative clients")
            .role(Role.OCCUPATIONAL_THERAPIST)
            .workHours(WorkHours.of(week, Fte.ONE))
            .addLeave(Leave.ofDays(LeaveType.VACATION, 25))
            // one student placement a year
            .addActivity(
                NonClientActivity.of(
                        NonClientCategory.TEACHING_AND_SUPERVISION,
                        PeriodicHours.ofYearly(Hours.of(80)))
                    .withClinicians(List.of("ot-1")))
            .build();
    Clinician fullTime =
        Clinician.builder()
            .id("ot-2")
            .role(Role.OCCUPATIONAL_THERAPIST)
            .workHours(WorkHours.of(week, Fte.ONE))
            .addLeave(Leave.ofDays(LeaveType.VACATION, 20))
            .build();
    Clinician partTime =
        Clinician.builder()
            .id("ot-3")
            .role(Role.OCCUPATIONAL_THERAPIST)
            .workHours(WorkHours.of(week, Fte.of("0.6")))
            .addLeave(Leave.ofDays(LeaveType.VACATION, 20))
            .build();
    Clinician newGraduate =
        Clinician.builder()
            .id("ot-4")
            .name("OT, first year")
            .role(Role.OCCUPATIONAL_THERAPIST)
            .workHours(WorkHours.of(week, Fte.of("0.8")))
            .addLeave(Leave.ofDays(LeaveType.VACATION, 15))
            .build();
    Clinician equipment =
        Clinician.builder()
            .id("ota-1")
            .name("OTA, equipment")
            .role(Role.OT_ASSISTANT)
            .workHours(WorkHours.of(week, Fte.ONE))
            .addLeave(Leave.ofDays(LeaveType.VACATION, 15))
            .build();
    Clinician followUp =
        Clinician.builder()
            .id("ota-2")
            .name("OTA, follow-up")
            .role(Role.OT_ASSISTANT)
            .workHours(WorkHours.of(week, Fte.of("0.4")))
            .addLeave(Leave.ofDays(LeaveType.VACATION, 15))
            .build();

    return Team.builder()
        .name("Cedar Valley Home and Community Care occupational therapy (BC, 2026)")
        .addClinicians(senior, fullTime, partTime, newGraduate, equipment, followUp)
        // British Columbia's eleven statutory holidays of 2026, all on weekdays
        .addLeave(Leave.ofHolidays(ProvincialHolidays.of("BC").withSubstituteDays(), Year.of(2026)))
        .addLeave(Leave.ofDays(LeaveType.SICK, 10))
        // non-client time for everyone: administration (scheduling, equipment loans, statistics),
        // the weekly team meeting, travel between the office and the field that is not tied to a
        // client (vehicle pick-up, equipment depot), and in-services
        .addActivity(
            NonClientActivity.ofShare(NonClientCategory.ADMINISTRATION, Percentage.ofPercent(10)))
        .addActivity(
            NonClientActivity.of(
                NonClientCategory.MEETINGS, PeriodicHours.ofWeekly(Hours.of("1.5"))))
        .addActivity(
            NonClientActivity.of(
                NonClientCategory.NON_CLIENT_TRAVEL, PeriodicHours.ofWeekly(Hours.of(1))))
        .addActivity(
            NonClientActivity.of(
                NonClientCategory.PROFESSIONAL_DEVELOPMENT, PeriodicHours.ofYearly(Hours.of(15))))
        .build();
  }

  /**
   * Returns the clients and the time they need: Step 2.
   *
   * @return the demand of the year's new referrals, without the waitlist
   */
  public static ServiceDemand demand() {
    ComplexityScale scale =
        ComplexityScale.ofFourLevels(
            "One need, such as bathroom equipment or a walker; client or family can follow"
                + " through",
            "Two or more functional needs or a home-safety concern; follow-up visits",
            "Progressive or complex condition, caregiver strain, major equipment such as a"
                + " hospital bed, lift or wheelchair",
            "Palliative or rapidly changing needs, safety risk, several agencies to coordinate");

    // The return trip of a home visit: the median of last year's trip logs, 45 minutes in a
    // district that mixes town and rural roads. Every visit, by a therapist or an assistant, has one.
    Figure trip = Figure.ofRecords(new BigDecimal("45"), 1180, "median");

    InterventionProfile low =
        InterventionProfile.builder()
            .level(scale.level("1"))
            .episodeWeeks(Figure.ofJudgment(4, "equipment delivered within a month"))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.ASSESSMENT,
                    Role.OCCUPATIONAL_THERAPIST,
                    Figure.ofJudgment(90, "home visit with equipment recommendation"),
                    Frequency.ONCE,
                    CARE_STANDARD))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.CLIENT_TRAVEL,
                    Role.OCCUPATIONAL_THERAPIST,
                    trip,
                    Frequency.ONCE,
                    CARE_STANDARD))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.INDIRECT,
                    Role.OCCUPATIONAL_THERAPIST,
                    Figure.ofJudgment(45, "report and equipment order"),
                    Frequency.ONCE,
                    CARE_STANDARD))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.INDIVIDUAL_INTERVENTION,
                    Role.OT_ASSISTANT,
                    Figure.ofJudgment(60, "equipment delivery, fitting and training"),
                    Frequency.ONCE,
                    CARE_STANDARD))
            .addActivity(InterventionActivity.of(
                    ActivityKind.CLIENT_TRAVEL,
                    Role.OT_ASSISTANT,
                    trip,
                    Frequency.ONCE,
                    CARE_STANDARD))
            .build();

    InterventionProfile moderate =
        InterventionProfile.builder()
            .level(scale.level("2"))
            .episodeWeeks(Figure.ofRecords(new BigDecimal("8"), 146, "median"))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.ASSESSMENT,
                    Role.OCCUPATIONAL_THERAPIST,
                    Figure.ofRecords(new BigDecimal("120"), 146, "median"),
                    Frequency.ONCE,
                    CARE_STANDARD))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.INDIVIDUAL_INTERVENTION,
                    Role.OCCUPATIONAL_THERAPIST,
                    Figure.ofJudgment(60, "home visit"),
                    Frequency.ofPerEpisode(2),
                    CARE_STANDARD))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.CLIENT_TRAVEL,
                    Role.OCCUPATIONAL_THERAPIST,
                    trip,
                    Frequency.ofPerEpisode(3),
                    CARE_STANDARD))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.INDIRECT,
                    Role.OCCUPATIONAL_THERAPIST,
                    Figure.ofJudgment(30, "notes, orders, funding applications"),
                    Frequency.ofPerEpisode(4),
                    CARE_STANDARD))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.CONSULTATION,
                    Role.OCCUPATIONAL_THERAPIST,
                    Figure.ofJudgment(30, "family and case manager"),
                    Frequency.ofPerEpisode(2),
                    CARE_STANDARD))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.INDIVIDUAL_INTERVENTION,
                    Role.OT_ASSISTANT,
                    Figure.ofJudgment(60, "equipment and follow-up visit"),
                    Frequency.ofPerEpisode(2),
                    CARE_STANDARD))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.CLIENT_TRAVEL,
                    Role.OT_ASSISTANT,
                    trip,
                    Frequency.ofPerEpisode(2),
                    CARE_STANDARD))
            .build();

    // Level 3: a therapist's visit every other week for twelve weeks (six visits) after the
    // assessment visit, so seven trips.
    InterventionProfile high =
        InterventionProfile.builder()
            .level(scale.level("3"))
            .episodeWeeks(Figure.ofJudgment(12, "team consensus"))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.ASSESSMENT,
                    Role.OCCUPATIONAL_THERAPIST,
                    Figure.ofJudgment(150, "home and caregiver assessment"),
                    Frequency.ONCE,
                    CARE_STANDARD))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.INDIVIDUAL_INTERVENTION,
                    Role.OCCUPATIONAL_THERAPIST,
                    Figure.ofJudgment(60, "home visit"),
                    Frequency.ofPerWeek(new BigDecimal("0.5"), new BigDecimal("12")),
                    CARE_STANDARD))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.CLIENT_TRAVEL,
                    Role.OCCUPATIONAL_THERAPIST,
                    trip,
                    Frequency.ofPerEpisode(7),
                    CARE_STANDARD))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.INDIRECT,
                    Role.OCCUPATIONAL_THERAPIST,
                    Figure.ofJudgment(45, "notes, orders, funding applications"),
                    Frequency.ofPerEpisode(6),
                    CARE_STANDARD))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.CONSULTATION,
                    Role.OCCUPATIONAL_THERAPIST,
                    Figure.ofJudgment(45, "family, case manager, vendor"),
                    Frequency.ofPerEpisode(3),
                    CARE_STANDARD))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.INDIVIDUAL_INTERVENTION,
                    Role.OT_ASSISTANT,
                    Figure.ofJudgment(60, "equipment set-up and caregiver training"),
                    Frequency.ofPerEpisode(4),
                    CARE_STANDARD))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.CLIENT_TRAVEL,
                    Role.OT_ASSISTANT,
                    trip,
                    Frequency.ofPerEpisode(4),
                    CARE_STANDARD))
            .build();

    // Level 4: a weekly visit for sixteen weeks after the assessment visit, so seventeen trips.
    InterventionProfile veryHigh =
        InterventionProfile.builder()
            .level(scale.level("4"))
            .episodeWeeks(Figure.ofJudgment(16, "team consensus"))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.ASSESSMENT,
                    Role.OCCUPATIONAL_THERAPIST,
                    Figure.ofJudgment(180, "home, caregiver and safety assessment"),
                    Frequency.ONCE,
                    CARE_STANDARD))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.INDIVIDUAL_INTERVENTION,
                    Role.OCCUPATIONAL_THERAPIST,
                    Figure.ofJudgment(60, "home visit"),
                    Frequency.ofPerWeek(1, 16),
                    CARE_STANDARD))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.CLIENT_TRAVEL,
                    Role.OCCUPATIONAL_THERAPIST,
                    trip,
                    Frequency.ofPerEpisode(17),
                    CARE_STANDARD))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.INDIRECT,
                    Role.OCCUPATIONAL_THERAPIST,
                    Figure.ofJudgment(60, "notes, orders, funding applications"),
                    Frequency.ofPerEpisode(10),
                    CARE_STANDARD))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.CONSULTATION,
                    Role.OCCUPATIONAL_THERAPIST,
                    Figure.ofJudgment(60, "family, palliative team, agencies"),
                    Frequency.ofPerEpisode(6),
                    CARE_STANDARD))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.DISCHARGE_PLANNING,
                    Role.OCCUPATIONAL_THERAPIST,
                    Figure.ofJudgment(60, "transition to another service"),
                    Frequency.ONCE,
                    CARE_STANDARD))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.INDIVIDUAL_INTERVENTION,
                    Role.OT_ASSISTANT,
                    Figure.ofJudgment(60, "equipment set-up and caregiver training"),
                    Frequency.ofPerEpisode(4),
                    CARE_STANDARD))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.CLIENT_TRAVEL,
                    Role.OT_ASSISTANT,
                    trip,
                    Frequency.ofPerEpisode(4),
                    CARE_STANDARD))
            .build();

    // New referrals expected in 2026, from last year's intake.
    return ServiceDemand.builder()
        .weeksPerYear(52)
        .scale(scale)
        .addLevel(low, Volume.ofEpisodesPerYear(240))
        .addLevel(moderate, Volume.ofEpisodesPerYear(170))
        .addLevel(high, Volume.ofEpisodesPerYear(65))
        .addLevel(veryHigh, Volume.ofEpisodesPerYear(22))
        .build();
  }
}
