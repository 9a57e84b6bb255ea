package io.github.cmpt.plan;

import static org.quicktheories.generators.SourceDSL.integers;

import io.github.cmpt.demand.ComplexityScale;
import io.github.cmpt.demand.Figure;
import io.github.cmpt.demand.Frequency;
import io.github.cmpt.demand.InterventionActivity;
import io.github.cmpt.demand.InterventionProfile;
import io.github.cmpt.demand.LevelDemand;
import io.github.cmpt.demand.Provenance;
import io.github.cmpt.demand.ServiceDemand;
import io.github.cmpt.demand.Volume;
import io.github.cmpt.supply.Clinician;
import io.github.cmpt.supply.Leave;
import io.github.cmpt.supply.NonClientActivity;
import io.github.cmpt.supply.Team;
import io.github.cmpt.supply.TeamTime;
import io.github.cmpt.supply.WorkHours;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import io.github.cmpt.time.Period;
import io.github.cmpt.time.PeriodicHours;
import io.github.cmpt.time.WorkPattern;
import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.vocabulary.LeaveType;
import io.github.cmpt.vocabulary.NonClientCategory;
import io.github.cmpt.vocabulary.Role;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generators of valid Step 3 input: a team with one or two clinician roles (OT, and sometimes PT)
 * and an assistant role (OTA or TA), and a demand of 1 to 4 levels whose activities are performed
 * by the team's roles, so that every role the clients need has client-care time.
 *
 * <p>Teams come in two kinds. With {@link Lines#PRORATED} every leave line is prorated and every
 * non-client activity is a share of worked time, so each member's client-care hours are exactly
 * proportional to their FTE. With {@link Lines#ANY} leave may be absolute and activities may be
 * amounts per day, week, month or year; their sizes are bounded so that the lines (and one more
 * activity of {@link #activities(Lines)}) always fit in the smallest contract.
 */
final class PlanGenerators {

  private PlanGenerators() {}

  /** Which Step 1 lines a generated team has. */
  enum Lines {
    /** Prorated leave and shares of worked time only: client-care hours scale with FTE. */
    PRORATED,
    /** Any leave and non-client activity, within bounds that always fit. */
    ANY
  }

  /** Hundredths of a unit between the bounds, as an exact decimal. */
  static Gen<BigDecimal> decimals(int minHundredths, int maxHundredths) {
    return integers().between(minHundredths, maxHundredths).map(i -> BigDecimal.valueOf(i, 2));
  }

  private static <T> T pick(RandomnessSource rs, List<T> values) {
    return values.get(integers().between(0, values.size() - 1).generate(rs));
  }

  private static int between(RandomnessSource rs, int min, int max) {
    return integers().between(min, max).generate(rs);
  }

  /** Full-time patterns of 30 to 45 hours, 3 to 6 days, 40 to 52.2 weeks. */
  static Gen<WorkPattern> patterns() {
    return decimals(3000, 4500)
        .zip(
            integers().between(3, 6),
            decimals(4000, 5220),
            (h, d, w) -> WorkPattern.of(Hours.of(h), d, w));
  }

  private static final List<LeaveType> LEAVE_TYPES =
      List.of(
          LeaveType.VACATION,
          LeaveType.STATUTORY_HOLIDAYS,
          LeaveType.SICK,
          LeaveType.of("Bereavement"));

  /**
   * Leave lines. Prorated: up to 15 days or 60 hours a year. Any: up to 5 days or 40 hours, prorated
   * or absolute, so that three lines take at most 225h (5 days of 15h), under half of the smallest
   * paid year (30h x 40 weeks x 0.4 FTE = 480h).
   */
  static Gen<Leave> leaves(Lines lines) {
    boolean prorated = lines == Lines.PRORATED;
    return rs -> {
      LeaveType type = pick(rs, LEAVE_TYPES);
      boolean days = between(rs, 0, 1) == 0;
      BigDecimal amount =
          days
              ? decimals(0, prorated ? 1500 : 500).generate(rs)
              : decimals(0, prorated ? 6000 : 4000).generate(rs);
      Leave l = days ? Leave.ofDays(type, amount) : Leave.ofHours(type, Hours.of(amount));
      return prorated ? l : l.withProrated(between(rs, 0, 1) == 0);
    };
  }

  private static final List<NonClientCategory> CATEGORIES =
      List.of(
          NonClientCategory.ADMINISTRATION,
          NonClientCategory.MEETINGS,
          NonClientCategory.PROFESSIONAL_DEVELOPMENT,
          NonClientCategory.of("Union business"));

  /**
   * Non-client activities. Prorated: a share of up to 15%. Any: a share of up to 10%, or up to
   * 0.5h a day, 2h a week, 2h a month or 20h a year: four of them take at most 40% of the worked
   * time left by the leave of {@link #leaves(Lines)}.
   */
  static Gen<NonClientActivity> activities(Lines lines) {
    return rs -> {
      NonClientCategory category = pick(rs, CATEGORIES);
      int form = lines == Lines.PRORATED ? 0 : between(rs, 0, 4);
      switch (form) {
        case 0:
          return NonClientActivity.ofShare(
              category,
              Percentage.ofPercent(
                  decimals(0, lines == Lines.PRORATED ? 1500 : 1000).generate(rs)));
        case 1:
          return NonClientActivity.of(
              category, PeriodicHours.ofDaily(Hours.of(decimals(0, 50).generate(rs))));
        case 2:
          return NonClientActivity.of(
              category, PeriodicHours.ofWeekly(Hours.of(decimals(0, 200).generate(rs))));
        case 3:
          return NonClientActivity.of(
              category, PeriodicHours.ofMonthly(Hours.of(decimals(0, 200).generate(rs))));
        default:
          return NonClientActivity.of(
              category, PeriodicHours.of(Hours.of(decimals(0, 2000).generate(rs)), Period.YEAR));
      }
    };
  }

  private static Clinician clinician(
      RandomnessSource rs, String id, Role role, Lines lines, Gen<Fte> ftes) {
    Clinician.Builder b =
        Clinician.builder()
            .id(id)
            .role(role)
            .workHours(WorkHours.of(patterns().generate(rs), ftes.generate(rs)));
    for (int i = between(rs, 0, 2); i > 0; i--) {
      b.addLeave(leaves(lines).generate(rs));
    }
    for (int i = between(rs, 0, 2); i > 0; i--) {
      b.addActivity(activities(lines).generate(rs));
    }
    return b.build();
  }

  /** The FTE of the members of {@link Lines#ANY} teams: 0.4 to 1.2. */
  static Gen<Fte> ftes() {
    return decimals(40, 120).map(Fte::of);
  }

  /**
   * Teams of OT (one or two, or exactly one), sometimes PT (the same), and an assistant, OTA or TA
   * (the same), in that order, with ids such as {@code ot-1}; with up to one leave line and one
   * activity for everyone.
   *
   * @param lines which lines the team has
   * @param ftes the FTE of each member
   * @param oneOfEachRole whether each role has exactly one member
   */
  static Gen<Team> teams(Lines lines, Gen<Fte> ftes, boolean oneOfEachRole) {
    return rs -> {
      List<Clinician> members = new ArrayList<>();
      int max = oneOfEachRole ? 1 : 2;
      int ots = between(rs, 1, max);
      for (int i = 1; i <= ots; i++) {
        members.add(clinician(rs, "ot-" + i, Role.OCCUPATIONAL_THERAPIST, lines, ftes));
      }
      if (between(rs, 0, 1) == 1) {
        int pts = between(rs, 1, max);
        for (int i = 1; i <= pts; i++) {
          members.add(clinician(rs, "pt-" + i, Role.PHYSIOTHERAPIST, lines, ftes));
        }
      }
      Role assistant = pick(rs, List.of(Role.OT_ASSISTANT, Role.THERAPY_ASSISTANT));
      int assistants = between(rs, 1, max);
      String prefix = assistant.code().toLowerCase(Locale.ROOT) + "-";
      for (int i = 1; i <= assistants; i++) {
        members.add(clinician(rs, prefix + i, assistant, lines, ftes));
      }
      Team.Builder t = Team.builder().name("Generated").addAllClinicians(members);
      if (between(rs, 0, 1) == 1) {
        t.addLeave(leaves(lines).generate(rs));
      }
      if (between(rs, 0, 1) == 1) {
        t.addActivity(activities(lines).generate(rs));
      }
      return t.build();
    };
  }

  static final ComplexityScale SCALE = ComplexityScale.ofFourLevels();

  private static final List<BigDecimal> SERVICE_WEEKS =
      List.of(
          BigDecimal.valueOf(52),
          BigDecimal.valueOf(48),
          BigDecimal.valueOf(40),
          new BigDecimal("52.143"));

  /**
   * An activity: any standard kind (a group of 2 to 8 for a group intervention), performed by one
   * of the roles, of 5 to 90 minutes, once, 0.5 to 6 times an episode, or 1 to 2 times a week for 1
   * to 10 weeks.
   */
  static Gen<InterventionActivity> interventionActivities(List<Role> roles) {
    return rs -> {
      ActivityKind kind = pick(rs, ActivityKind.standardKinds());
      Frequency frequency;
      switch (between(rs, 0, 2)) {
        case 0:
          frequency = Frequency.ONCE;
          break;
        case 1:
          frequency = Frequency.ofPerEpisode(BigDecimal.valueOf(5L * between(rs, 1, 12), 1));
          break;
        default:
          frequency = Frequency.ofPerWeek(between(rs, 1, 2), between(rs, 1, 10));
      }
      InterventionActivity.Builder b =
          InterventionActivity.builder()
              .kind(kind)
              .role(pick(rs, roles))
              .minutes(Figure.ofJudgment(5L * between(rs, 1, 18), "generated"))
              .frequency(frequency)
              .frequencyProvenance(Provenance.ofJudgment("generated"));
      if (kind.equals(ActivityKind.GROUP_INTERVENTION)) {
        b.groupSize(between(rs, 2, 8));
      }
      return b.build();
    };
  }

  /**
   * Demands of 1 to 4 levels of the four-level scale (with or without the scale), each of 1 to 4
   * activities performed by the given roles and an episode of 2 to 26 weeks, with 0 to 25 clients
   * at one time or 0 to 120 episodes a year (at least one client at the least complex level), over
   * a year of 40, 48, 52 or 52.143 weeks.
   */
  static Gen<ServiceDemand> demands(List<Role> roles) {
    return rs -> {
      ServiceDemand.Builder d =
          ServiceDemand.builder().weeksPerYear(pick(rs, SERVICE_WEEKS));
      if (between(rs, 0, 1) == 1) {
        d.scale(SCALE);
      }
      int mask = between(rs, 1, 15);
      boolean first = true;
      for (int i = 0; i < 4; i++) {
        if ((mask & (1 << i)) == 0) {
          continue;
        }
        InterventionProfile.Builder p =
            InterventionProfile.builder()
                .level(SCALE.levels().get(i))
                .episodeWeeks(Figure.ofJudgment(between(rs, 2, 26), "generated"));
        for (int a = between(rs, 1, 4); a > 0; a--) {
          p.addActivity(interventionActivities(roles).generate(rs));
        }
        int min = first ? 1 : 0;
        Volume volume =
            between(rs, 0, 1) == 0
                ? Volume.ofConcurrent(between(rs, min, 25))
                : Volume.ofEpisodesPerYear(between(rs, min, 120));
        d.addLevel(p.build(), volume);
        first = false;
      }
      return d.build();
    };
  }

  /** Plans of a generated team and a demand for its roles. */
  static Gen<CaseloadPlan> plans(Gen<Team> teams) {
    Gen<CaseloadPlan> plans =
        rs -> {
          Team team = teams.generate(rs);
          List<Role> roles = TeamTime.of(team).roles();
          return CaseloadPlan.builder()
              .name("Generated")
              .team(team)
              .demand(demands(roles).generate(rs))
              .build();
        };
    return plans.describedAs(PlanGenerators::describe);
  }

  /** Plans of a team with any lines, one or two members of each role, FTE 0.4 to 1.2. */
  static Gen<CaseloadPlan> plans() {
    return plans(teams(Lines.ANY, ftes(), false));
  }

  /**
   * Whether each member could work the FTE its role requires: {@code hoursPerWeek x FTE <= 168}
   * (for teams of one member per role).
   */
  static boolean fitsContracts(CaseloadPlan plan) {
    for (Clinician c : plan.team().clinicians()) {
      BigDecimal week =
          c.workHours()
              .pattern()
              .hoursPerWeek()
              .toBigDecimal()
              .multiply(PlanResult.of(plan).match(c.role()).fteRequired().toBigDecimal());
      if (week.compareTo(BigDecimal.valueOf(168)) > 0) {
        return false;
      }
    }
    return true;
  }

  /** The roles of the plan's team that are support personnel. */
  static List<Role> assistants(CaseloadPlan plan) {
    Set<Role> out = new LinkedHashSet<>();
    for (Clinician c : plan.team().clinicians()) {
      if (c.role().isSupport()) {
        out.add(c.role());
      }
    }
    return List.copyOf(out);
  }

  /** A copy of the demand in which one level has another profile. */
  static ServiceDemand withProfile(ServiceDemand demand, InterventionProfile profile) {
    List<LevelDemand> levels = new ArrayList<>();
    for (LevelDemand d : demand.levels()) {
      levels.add(d.level().equals(profile.level()) ? LevelDemand.of(profile, d.volume()) : d);
    }
    return ServiceDemand.builder()
        .weeksPerYear(demand.weeksPerYear())
        .scale(demand.scale())
        .addAllLevels(levels)
        .build();
  }

  /** A copy of the team with another activity for everyone. */
  static Team withActivity(Team team, NonClientActivity activity) {
    return Team.builder()
        .name(team.name())
        .addAllClinicians(team.clinicians())
        .addAllLeave(team.leave())
        .addAllActivities(team.activities())
        .addActivity(activity)
        .build();
  }

  /** The level at an index of the demand, counted modulo the number of levels. */
  static ComplexityLevel level(CaseloadPlan plan, int index) {
    List<LevelDemand> levels = plan.demand().levels();
    return levels.get(index % levels.size()).level();
  }

  /** Every input of a plan, for the report of a failing example. */
  static String describe(CaseloadPlan plan) {
    StringBuilder sb = new StringBuilder(plan.toString()).append('\n');
    Team team = plan.team();
    sb.append("  team leave ").append(team.leave()).append(", activities ")
        .append(team.activities()).append('\n');
    for (Clinician c : team.clinicians()) {
      sb.append("  ").append(c.id()).append(' ').append(c.role()).append(' ')
          .append(c.workHours()).append(" leave ").append(c.leave()).append(" activities ")
          .append(c.activities()).append('\n');
    }
    ServiceDemand demand = plan.demand();
    sb.append("  ").append(demand).append('\n');
    for (LevelDemand d : demand.levels()) {
      sb.append("  ").append(d).append(", ")
          .append(d.profile().episodeWeeks().value().toPlainString()).append(" weeks: ")
          .append(
              d.profile().activities().stream()
                  .map(InterventionActivity::toString)
                  .collect(Collectors.joining("; ")))
          .append('\n');
    }
    return sb.toString();
  }
}
