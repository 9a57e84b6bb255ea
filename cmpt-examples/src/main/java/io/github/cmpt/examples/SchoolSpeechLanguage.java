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
import java.time.LocalDate;
import java.util.List;

/**
 * A school-based speech-language pathology service planned with the CMPT: three itinerant
 * speech-language pathologists (2.4 FTE) and a communication disorders assistant (0.6 FTE) serving
 * the schools of a British Columbia district over the 2026-27 school year.
 *
 * <p>What makes it a school service: the year is the school year (40 paid weeks, in the work pattern
 * and in the demand); many students are followed at low intensity through consultation with their
 * teachers; the moderate level is a block of group sessions, most of them run by the assistant
 * under the speech-language pathologist's direction; and the time clients need is matched role by
 * role, so the assistant's time can be the limit even when the clinicians have time to spare.
 *
 * <p>Every figure is an illustration chosen to look realistic, not a norm or a benchmark; the
 * comments say where each would come from in a real service.
 *
 * <pre>{@code
 * CaseloadPlan plan = SchoolSpeechLanguage.plan();
 * plan.match(Role.COMMUNICATION_DISORDERS_ASSISTANT).staffingRatio();
 * System.out.print(PlanReport.of(plan).toText());
 * }</pre>
 */
public final class SchoolSpeechLanguage {

  /** The name of the plan. */
  public static final String NAME = "Harbourview School District speech-language services 2026-27";

  private static final Provenance PROGRAM_DESIGN =
      Provenance.ofJudgment("district service model 2026");

  private SchoolSpeechLanguage() {}

  /**
   * Returns the plan: the team (Step 1), the students and the time they need (Step 2), matched in
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
    // A school-year contract: 37.5 hours a week, Monday to Friday, 40 paid weeks (the instructional
    // weeks and the non-instructional days; summer, winter and spring breaks are not paid, so there
    // is no vacation line).
    WorkPattern schoolYear = WorkPattern.of(Hours.of("37.5"), 5, new BigDecimal("40"));

    Clinician lead =
        Clinician.builder()
            .id("slp-1")
            .name("Lead SLP, secondary schools")
            .role(Role.SPEECH_LANGUAGE_PATHOLOGIST)
            .workHours(WorkHours.of(schoolYear, Fte.ONE))
            // directs and supervises the assistant: 1 hour every worked week
            .addActivity(
                NonClientActivity.of(
                        NonClientCategory.TEACHING_AND_SUPERVISION,
                        PeriodicHours.ofWeekly(Hours.of(1)))
                    .withClinicians(List.of("slp-1")))
            .build();
    Clinician elementary =
        Clinician.builder()
            .id("slp-2")
            .role(Role.SPEECH_LANGUAGE_PATHOLOGIST)
            .workHours(WorkHours.of(schoolYear, Fte.of("0.8")))
            .build();
    Clinician earlyYears =
        Clinician.builder()
            .id("slp-3")
            .role(Role.SPEECH_LANGUAGE_PATHOLOGIST)
            .workHours(WorkHours.of(schoolYear, Fte.of("0.6")))
            .build();
    Clinician assistant =
        Clinician.builder()
            .id("cda-1")
            .role(Role.COMMUNICATION_DISORDERS_ASSISTANT)
            .workHours(WorkHours.of(schoolYear, Fte.of("0.6")))
            .build();

    return Team.builder()
        .name("Harbourview School District speech-language team (BC, 2026-27)")
        .addClinicians(lead, elementary, earlyYears, assistant)
        // The British Columbia statutory holidays that fall on school days in 2026-27 (the others
        // fall in the summer, winter or spring break, outside the 40 paid weeks): National Day for
        // Truth and Reconciliation, Thanksgiving, Remembrance Day, Family Day, Victoria Day.
        .addLeave(
            Leave.ofHolidays(
                List.of(
                    LocalDate.of(2026, 9, 30),
                    LocalDate.of(2026, 10, 12),
                    LocalDate.of(2026, 11, 11),
                    LocalDate.of(2027, 2, 15),
                    LocalDate.of(2027, 5, 24))))
        .addLeave(Leave.ofDays(LeaveType.SICK, 10))
        // non-client time for everyone: administration (scheduling, statistics, e-mail), the
        // school-based team meeting, travel between schools, and three district professional
        // development days a year
        .addActivity(
            NonClientActivity.ofShare(NonClientCategory.ADMINISTRATION, Percentage.ofPercent(10)))
        .addActivity(
            NonClientActivity.of(NonClientCategory.MEETINGS, PeriodicHours.ofWeekly(Hours.of(1))))
        .addActivity(
            NonClientActivity.of(
                NonClientCategory.NON_CLIENT_TRAVEL, PeriodicHours.ofWeekly(Hours.of("1.5"))))
        .addActivity(
            NonClientActivity.of(
                NonClientCategory.PROFESSIONAL_DEVELOPMENT,
                PeriodicHours.ofYearly(Hours.of("22.5"))))
        .build();
  }

  /**
   * Returns the students and the time they need: Step 2.
   *
   * @return the demand
   */
  public static ServiceDemand demand() {
    ComplexityScale scale =
        ComplexityScale.ofThreeLevels(
            "Mild speech or language needs; classroom strategies with the teacher suffice",
            "Moderate speech sound or language disorder; a block of small-group therapy",
            "Severe disorder, alternative and augmentative communication (AAC) or complex needs;"
                + " individual therapy all year");

    // Level 1, consultative: the student is followed all school year through the teacher.
    InterventionProfile consultative =
        InterventionProfile.builder()
            .level(scale.level("1"))
            .episodeWeeks(Figure.ofJudgment(40, "followed for the school year"))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.ASSESSMENT,
                    Role.SPEECH_LANGUAGE_PATHOLOGIST,
                    Figure.ofJudgment(60, "screening and file review"),
                    Frequency.ONCE,
                    PROGRAM_DESIGN))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.CONSULTATION,
                    Role.SPEECH_LANGUAGE_PATHOLOGIST,
                    Figure.ofJudgment(30, "teacher or parent consultation"),
                    Frequency.ofPerEpisode(6),
                    PROGRAM_DESIGN))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.INDIRECT,
                    Role.SPEECH_LANGUAGE_PATHOLOGIST,
                    Figure.ofJudgment(45, "classroom strategies and a progress note"),
                    Frequency.ofPerEpisode(2),
                    PROGRAM_DESIGN))
            .build();

    // Level 2, group block: 10 weeks of groups of four, once a week with the SLP and twice with the
    // assistant, in a 12-week episode (the median of last year's blocks).
    InterventionProfile groupBlock =
        InterventionProfile.builder()
            .level(scale.level("2"))
            .episodeWeeks(Figure.ofRecords(new BigDecimal("12"), 96, "median"))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.ASSESSMENT,
                    Role.SPEECH_LANGUAGE_PATHOLOGIST,
                    Figure.ofRecords(new BigDecimal("120"), 96, "median"),
                    Frequency.ONCE,
                    PROGRAM_DESIGN))
            .addActivity(
                InterventionActivity.ofGroup(
                    Role.SPEECH_LANGUAGE_PATHOLOGIST,
                    Figure.ofJudgment(30, "one school period"),
                    Frequency.ofPerWeek(1, 10),
                    PROGRAM_DESIGN,
                    4))
            .addActivity(
                InterventionActivity.ofGroup(
                    Role.COMMUNICATION_DISORDERS_ASSISTANT,
                    Figure.ofJudgment(30, "one school period"),
                    Frequency.ofPerWeek(2, 10),
                    PROGRAM_DESIGN,
                    4))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.CONSULTATION,
                    Role.SPEECH_LANGUAGE_PATHOLOGIST,
                    Figure.ofJudgment(30, "teacher and parent, start and end of the block"),
                    Frequency.ofPerEpisode(2),
                    PROGRAM_DESIGN))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.INDIRECT,
                    Role.SPEECH_LANGUAGE_PATHOLOGIST,
                    Figure.ofJudgment(60, "goals and the end-of-block report"),
                    Frequency.ONCE,
                    PROGRAM_DESIGN))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.INDIRECT,
                    Role.COMMUNICATION_DISORDERS_ASSISTANT,
                    Figure.ofJudgment(15, "session notes and materials"),
                    Frequency.ofPerWeek(1, 10),
                    PROGRAM_DESIGN))
            .build();

    // Level 3, intensive: individual therapy 30 weeks of the school year. The assessment blends
    // last year's median (150 min) half and half with the team's judgment (210 min) now that AAC
    // assessments include a device trial: 0.5 x 150 + 0.5 x 210 = 180 min.
    InterventionProfile intensive =
        InterventionProfile.builder()
            .level(scale.level("3"))
            .episodeWeeks(Figure.ofJudgment(40, "followed for the school year"))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.ASSESSMENT,
                    Role.SPEECH_LANGUAGE_PATHOLOGIST,
                    Figure.ofRecords(new BigDecimal("150"), 18, "median")
                        .blendedWith(
                            new BigDecimal("210"),
                            new BigDecimal("0.5"),
                            "AAC assessments now include a device trial"),
                    Frequency.ONCE,
                    PROGRAM_DESIGN))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.INDIVIDUAL_INTERVENTION,
                    Role.SPEECH_LANGUAGE_PATHOLOGIST,
                    Figure.ofJudgment(30, "one school period"),
                    Frequency.ofPerWeek(1, 30),
                    PROGRAM_DESIGN))
            .addActivity(
                InterventionActivity.ofGroup(
                    Role.COMMUNICATION_DISORDERS_ASSISTANT,
                    Figure.ofJudgment(30, "one school period"),
                    Frequency.ofPerWeek(1, 30),
                    PROGRAM_DESIGN,
                    3))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.CONSULTATION,
                    Role.SPEECH_LANGUAGE_PATHOLOGIST,
                    Figure.ofJudgment(45, "IEP and school-based team meetings"),
                    Frequency.ofPerEpisode(6),
                    PROGRAM_DESIGN))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.INDIRECT,
                    Role.SPEECH_LANGUAGE_PATHOLOGIST,
                    Figure.ofJudgment(60, "IEP goals, reports, AAC vocabulary"),
                    Frequency.ofPerEpisode(6),
                    PROGRAM_DESIGN))
            .addActivity(
                InterventionActivity.of(
                    ActivityKind.INDIRECT,
                    Role.COMMUNICATION_DISORDERS_ASSISTANT,
                    Figure.ofJudgment(10, "session notes and AAC materials"),
                    Frequency.ofPerWeek(1, 30),
                    PROGRAM_DESIGN))
            .build();

    // Students on the caseload at one time, from the district's October count.
    return ServiceDemand.builder()
        .weeksPerYear(40)
        .scale(scale)
        .addLevel(consultative, Volume.ofConcurrent(200))
        .addLevel(groupBlock, Volume.ofConcurrent(36))
        .addLevel(intensive, Volume.ofConcurrent(25))
        .build();
  }
}
