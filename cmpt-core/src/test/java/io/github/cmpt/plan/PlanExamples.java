package io.github.cmpt.plan;

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
import io.github.cmpt.time.WorkPattern;
import java.math.BigDecimal;

/**
 * A small community OT service whose Step 3 figures are worked out by hand in
 * {@link CaseloadPlanExampleTest}.
 *
 * <p>Team "Community OT": two occupational therapists on 37.5 h/week, 5 days, 52 weeks, with 20 days
 * of vacation and 10 statutory holidays (prorated) and 10% of worked time for administration.
 * <pre>
 * ot-1, 1.0 FTE: paid 1950h, leave 30 x 7.5 = 225h, worked 1725h, admin 172.5h, client-care 1552.5h
 * ot-2, 0.2 FTE: paid  390h, leave 45h,               worked  345h, admin  34.5h, client-care  310.5h
 * OT:   1.2 FTE, client-care 1863h, per 1.0 FTE 1863 / 1.2 = 1552.5h
 * </pre>
 *
 * <p>Demand, 52 weeks per year, two levels of the three-level scale:
 * <pre>
 * 1 Low:      assessment 90 min once              1.5h
 *             individual 45 min 1/week x 6 weeks  4.5h
 *             indirect   30 min 4/episode         2h
 *             = 8h per episode, 8 weeks; 120 episodes/year          -> 960h
 * 2 Moderate: assessment 120 min once             2h
 *             individual 60 min 2/week x 8 weeks  16h
 *             group      60 min 1/week x 8 weeks, group of 4   2h
 *             indirect   30 min 8/episode         4h
 *             = 24h per episode, 13 weeks; 12 concurrent = 12 x 52 / 13 = 48 episodes/year -> 1152h
 * demand 2112h, 168 episodes/year
 * </pre>
 */
final class PlanExamples {

  private PlanExamples() {}

  static final WorkPattern STANDARD = WorkPattern.of(Hours.of("37.5"), 5, new BigDecimal("52"));

  static final ComplexityScale SCALE = ComplexityScale.ofThreeLevels();
  static final ComplexityLevel LOW = SCALE.level("1");
  static final ComplexityLevel MODERATE = SCALE.level("2");
  static final ComplexityLevel HIGH = SCALE.level("3");

  static final Role OT = Role.OCCUPATIONAL_THERAPIST;

  static Clinician ot(String id, String fte) {
    return Clinician.builder()
        .id(id)
        .role(OT)
        .workHours(WorkHours.of(STANDARD, Fte.of(fte)))
        .build();
  }

  static Team.Builder teamBuilder() {
    return Team.builder()
        .name("Community OT")
        .addLeave(Leave.ofDays(LeaveType.VACATION, 20))
        .addLeave(Leave.ofDays(LeaveType.STATUTORY_HOLIDAYS, 10))
        .addActivity(
            NonClientActivity.ofShare(NonClientCategory.ADMINISTRATION, Percentage.ofPercent(10)));
  }

  static Team team() {
    return teamBuilder().addClinician(ot("ot-1", "1.0")).addClinician(ot("ot-2", "0.2")).build();
  }

  static InterventionActivity activity(
      ActivityKind kind, Role role, long minutes, Frequency frequency) {
    return InterventionActivity.builder()
        .kind(kind)
        .role(role)
        .minutes(Figure.ofJudgment(minutes, "team estimate"))
        .frequency(frequency)
        .frequencyProvenance(Provenance.ofJudgment("team estimate"))
        .build();
  }

  static InterventionActivity group(Role role, long minutes, Frequency frequency, int size) {
    return InterventionActivity.builder()
        .kind(ActivityKind.GROUP_INTERVENTION)
        .role(role)
        .minutes(Figure.ofJudgment(minutes, "team estimate"))
        .frequency(frequency)
        .frequencyProvenance(Provenance.ofJudgment("program design"))
        .groupSize(size)
        .build();
  }

  static InterventionProfile low() {
    return InterventionProfile.builder()
        .level(LOW)
        .episodeWeeks(Figure.ofJudgment(8, "team estimate"))
        .addActivity(activity(ActivityKind.ASSESSMENT, OT, 90, Frequency.ONCE))
        .addActivity(
            activity(ActivityKind.INDIVIDUAL_INTERVENTION, OT, 45, Frequency.ofPerWeek(1, 6)))
        .addActivity(activity(ActivityKind.INDIRECT, OT, 30, Frequency.ofPerEpisode(4)))
        .build();
  }

  static InterventionProfile moderate() {
    return InterventionProfile.builder()
        .level(MODERATE)
        .episodeWeeks(Figure.ofJudgment(13, "team estimate"))
        .addActivity(activity(ActivityKind.ASSESSMENT, OT, 120, Frequency.ONCE))
        .addActivity(
            activity(ActivityKind.INDIVIDUAL_INTERVENTION, OT, 60, Frequency.ofPerWeek(2, 8)))
        .addActivity(group(OT, 60, Frequency.ofPerWeek(1, 8), 4))
        .addActivity(activity(ActivityKind.INDIRECT, OT, 30, Frequency.ofPerEpisode(8)))
        .build();
  }

  static ServiceDemand demand() {
    return ServiceDemand.builder()
        .weeksPerYear(52)
        .scale(SCALE)
        .addLevel(low(), Volume.ofEpisodesPerYear(120))
        .addLevel(moderate(), Volume.ofConcurrent(12))
        .build();
  }

  static CaseloadPlan plan() {
    return CaseloadPlan.builder().name("Community OT 2026").team(team()).demand(demand()).build();
  }
}
