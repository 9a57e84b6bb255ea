package io.github.cmpt.uncertainty;

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
import io.github.cmpt.supply.NonClientActivity;
import io.github.cmpt.supply.Team;
import io.github.cmpt.supply.WorkHours;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import io.github.cmpt.time.WorkPattern;
import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.vocabulary.LeaveType;
import io.github.cmpt.vocabulary.NonClientCategory;
import io.github.cmpt.vocabulary.Role;
import java.math.BigDecimal;

/**
 * A small community OT plan worked out by hand (the same as the plan tests' example):
 * <pre>
 * OT: ot-1 1.0 FTE and ot-2 0.2 FTE on 37.5 h/week, 52 weeks, 30 days of prorated leave, 10%
 *     administration: client-care 1863h, per 1.0 FTE 1552.5h, 1.2 FTE available
 * 1 Low:      8h per episode, 120 episodes/year  -> 960h
 * 2 Moderate: 24h per episode, 12 concurrent x 52 / 13 = 48 episodes/year -> 1152h
 * FTE required = (8 x episodesPerYear[1] + 1152) / 1552.5 = 2112 / 1552.5
 * </pre>
 */
final class Fixtures {

  private Fixtures() {}

  static final ComplexityScale SCALE = ComplexityScale.ofThreeLevels();
  static final ComplexityLevel LOW = SCALE.level("1");
  static final ComplexityLevel MODERATE = SCALE.level("2");
  static final Role OT = Role.OCCUPATIONAL_THERAPIST;
  static final WorkPattern STANDARD = WorkPattern.of(Hours.of("37.5"), 5, new BigDecimal("52"));

  static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static Clinician ot(String id, String fte) {
    return Clinician.builder().id(id).role(OT).workHours(WorkHours.of(STANDARD, Fte.of(fte)))
        .build();
  }

  private static InterventionActivity activity(ActivityKind kind, long minutes, Frequency f) {
    return InterventionActivity.builder()
        .kind(kind)
        .role(OT)
        .minutes(Figure.ofJudgment(minutes, "team estimate"))
        .frequency(f)
        .frequencyProvenance(Provenance.ofJudgment("team estimate"))
        .build();
  }

  static CaseloadPlan plan() {
    Team team =
        Team.builder()
            .name("Community OT")
            .addLeave(Leave.ofDays(LeaveType.VACATION, 20))
            .addLeave(Leave.ofDays(LeaveType.STATUTORY_HOLIDAYS, 10))
            .addActivity(
                NonClientActivity.ofShare(
                    NonClientCategory.ADMINISTRATION, Percentage.ofPercent(10)))
            .addClinician(ot("ot-1", "1.0"))
            .addClinician(ot("ot-2", "0.2"))
            .build();
    InterventionProfile low =
        InterventionProfile.builder()
            .level(LOW)
            .episodeWeeks(Figure.ofJudgment(8, "team estimate"))
            .addActivity(activity(ActivityKind.ASSESSMENT, 90, Frequency.ONCE))
            .addActivity(
                activity(ActivityKind.INDIVIDUAL_INTERVENTION, 45, Frequency.ofPerWeek(1, 6)))
            .addActivity(activity(ActivityKind.INDIRECT, 30, Frequency.ofPerEpisode(4)))
            .build();
    InterventionProfile moderate =
        InterventionProfile.builder()
            .level(MODERATE)
            .episodeWeeks(Figure.ofJudgment(13, "team estimate"))
            .addActivity(activity(ActivityKind.ASSESSMENT, 120, Frequency.ONCE))
            .addActivity(
                activity(ActivityKind.INDIVIDUAL_INTERVENTION, 60, Frequency.ofPerWeek(2, 8)))
            .addActivity(
                InterventionActivity.builder()
                    .kind(ActivityKind.GROUP_INTERVENTION)
                    .role(OT)
                    .minutes(Figure.ofJudgment(60, "team estimate"))
                    .frequency(Frequency.ofPerWeek(1, 8))
                    .frequencyProvenance(Provenance.ofJudgment("program design"))
                    .groupSize(4)
                    .build())
            .addActivity(activity(ActivityKind.INDIRECT, 30, Frequency.ofPerEpisode(8)))
            .build();
    ServiceDemand demand =
        ServiceDemand.builder()
            .weeksPerYear(52)
            .scale(SCALE)
            .addLevel(low, Volume.ofEpisodesPerYear(120))
            .addLevel(moderate, Volume.ofConcurrent(12))
            .build();
    return CaseloadPlan.builder().name("Community OT").team(team).demand(demand).build();
  }
}
