package io.github.cmpt.plan;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import io.github.cmpt.demand.Figure;
import io.github.cmpt.demand.Frequency;
import io.github.cmpt.demand.InterventionActivity;
import io.github.cmpt.demand.InterventionProfile;
import io.github.cmpt.demand.LevelDemand;
import io.github.cmpt.demand.Provenance;
import io.github.cmpt.demand.ServiceDemand;
import io.github.cmpt.demand.Volume;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.plan.PlanParameter.Quantity;
import io.github.cmpt.supply.Clinician;
import io.github.cmpt.supply.Leave;
import io.github.cmpt.supply.NonClientActivity;
import io.github.cmpt.supply.Team;
import io.github.cmpt.supply.WorkHours;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import io.github.cmpt.time.PeriodicHours;
import io.github.cmpt.time.WorkPattern;
import io.github.cmpt.vocabulary.Term;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of one plan, each with its value, its range on the plan and the code that
 * replaces it: the one place that knows where each number of the inputs lives.
 */
final class ParameterSlots {

  private static final BigDecimal HOURS_IN_WEEK = BigDecimal.valueOf(168);

  /** Divisions for a bound, rounded down so that a value at the bound is always valid. */
  private static final MathContext BOUND = new MathContext(34, RoundingMode.FLOOR);

  /** Replaces the value of a slot; a null provenance means "the scenario's". */
  @FunctionalInterface
  interface Setter {
    CaseloadPlan set(BigDecimal value, @Nullable Provenance provenance);
  }

  /** One parameter of a plan: its value, range, provenance (for figures) and setter. */
  static final class Slot {
    private final CaseloadPlan plan;
    private final PlanParameter parameter;
    private final BigDecimal value;
    private final Range<BigDecimal> range;
    private final @Nullable Provenance provenance;
    private final Setter setter;

    Slot(
        CaseloadPlan plan,
        PlanParameter parameter,
        BigDecimal value,
        Range<BigDecimal> range,
        @Nullable Provenance provenance,
        Setter setter) {
      this.plan = plan;
      this.parameter = parameter;
      this.value = value;
      this.range = range;
      this.provenance = provenance;
      this.setter = setter;
    }

    BigDecimal value() {
      return value;
    }

    Range<BigDecimal> range() {
      return range;
    }

    @Nullable Provenance provenance() {
      return provenance;
    }

    /**
     * The plan with another value; with a null provenance a figure gets the scenario's, otherwise
     * the one given. Returns the plan itself when nothing changes.
     */
    CaseloadPlan set(BigDecimal newValue, @Nullable Provenance newProvenance) {
      boolean whole = parameter.quantity() == Quantity.GROUP_SIZE;
      Checks.check(
          range.contains(newValue) && (!whole || isWhole(newValue)),
          parameter.name(),
          PlanParameter.rule(range, whole),
          newValue);
      if (newValue.compareTo(value) == 0
          && (newProvenance == null || Objects.equals(newProvenance, provenance))) {
        return plan;
      }
      return setter.set(newValue, newProvenance);
    }
  }

  private final CaseloadPlan plan;
  private final Map<PlanParameter, Slot> slots = new LinkedHashMap<>();

  private ParameterSlots(CaseloadPlan plan) {
    this.plan = plan;
  }

  /** The slots of a plan, listed once and kept by the plan ({@link CaseloadPlan#slots()}). */
  static ParameterSlots of(CaseloadPlan plan) {
    return Checks.notNull(plan, "plan").slots();
  }

  /** Lists the slots of a plan: for {@link CaseloadPlan#slots()} only. */
  static ParameterSlots build(CaseloadPlan plan) {
    ParameterSlots s = new ParameterSlots(plan);
    s.supply();
    s.demand();
    return s;
  }

  ImmutableList<PlanParameter> parameters() {
    return ImmutableList.copyOf(slots.keySet());
  }

  Slot slot(PlanParameter parameter) {
    Checks.notNull(parameter, "parameter");
    Slot s = slots.get(parameter);
    if (s == null) {
      List<PlanParameter> same = new ArrayList<>();
      for (PlanParameter p : slots.keySet()) {
        if (p.quantity() == parameter.quantity()) {
          same.add(p);
        }
      }
      String has =
          same.isEmpty()
              ? "a parameter of plan " + plan.name() + ", which has no " + parameter.quantity().label
                  + " parameter but " + PlanParameter.names(parameters())
              : "a parameter of plan " + plan.name() + ", such as " + PlanParameter.names(same);
      throw new IllegalArgumentException(
          Checks.invalid("parameter", has, parameter.name() + " (" + parameter.unit() + ")"));
    }
    return s;
  }

  private void add(
      PlanParameter parameter,
      BigDecimal value,
      Range<BigDecimal> range,
      @Nullable Provenance provenance,
      Setter setter) {
    slots.put(parameter, new Slot(plan, parameter, value, range, provenance, setter));
  }

  private static boolean isWhole(BigDecimal value) {
    BigDecimal v = Checks.normal(value);
    return v.scale() <= 0 && v.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
  }

  private static Provenance scenario(@Nullable Provenance provenance) {
    return provenance != null ? provenance : Provenance.ofJudgment(PlanParameter.SCENARIO_VALUE);
  }

  private static <T> List<T> replaced(List<T> list, int position, T value) {
    List<T> out = new ArrayList<>(list);
    out.set(position, value);
    return out;
  }

  // --------------------------------------------------------------------------------------------
  // Supply: clinicians in team order; leave lines, the team's then each clinician's; non-client
  // lines, the team's then each clinician's.

  private void supply() {
    Team team = plan.team();
    for (Clinician c : team.clinicians()) {
      WorkHours contract = c.workHours();
      WorkPattern pattern = contract.pattern();
      BigDecimal hours = pattern.hoursPerWeek().toBigDecimal();
      BigDecimal fte = contract.fte().toBigDecimal();
      Function<Clinician, CaseloadPlan> replace = x -> plan.withTeam(team.withClinician(x));
      add(
          PlanParameter.fte(c.id()),
          fte,
          Range.openClosed(BigDecimal.ZERO, HOURS_IN_WEEK.divide(hours, BOUND)),
          null,
          (v, p) -> replace.apply(c.withFte(Fte.of(v))));
      add(
          PlanParameter.hoursPerWeek(c.id()),
          hours,
          Range.openClosed(BigDecimal.ZERO, HOURS_IN_WEEK.min(HOURS_IN_WEEK.divide(fte, BOUND))),
          null,
          (v, p) ->
              replace.apply(
                  c.withWorkHours(WorkHours.of(pattern.withHoursPerWeek(Hours.of(v)), contract.fte()))));
    }
    leave(null, team.leave(), list -> plan.withTeam(team.withLeave(list)));
    for (Clinician c : team.clinicians()) {
      leave(c.id(), c.leave(), list -> plan.withTeam(team.withClinician(c.withLeave(list))));
    }
    nonClient(null, team.activities(), list -> plan.withTeam(team.withActivities(list)));
    for (Clinician c : team.clinicians()) {
      nonClient(
          c.id(),
          c.activities(),
          list -> plan.withTeam(team.withClinician(c.withActivities(list))));
    }
  }

  /** Counts of the lines of each address, to tell whether an index is needed. */
  private static <K> Map<K, Integer> counts(List<K> keys) {
    Map<K, Integer> n = new HashMap<>();
    for (K k : keys) {
      n.merge(k, 1, Integer::sum);
    }
    return n;
  }

  private static <K> int next(Map<K, Integer> counts, Map<K, Integer> seen, K key) {
    int ordinal = seen.merge(key, 1, Integer::sum);
    return counts.get(key) > 1 ? ordinal : 0;
  }

  private record LineKey(Quantity quantity, Term term) {}

  private void leave(
      @Nullable String owner, List<Leave> lines, Function<List<Leave>, CaseloadPlan> replace) {
    List<@Nullable LineKey> keys = new ArrayList<>();
    for (Leave l : lines) {
      keys.add(
          l.measure() == Leave.Measure.DATES
              ? null
              : new LineKey(
                  l.measure() == Leave.Measure.DAYS ? Quantity.LEAVE_DAYS : Quantity.LEAVE_HOURS,
                  l.type()));
    }
    Map<@Nullable LineKey, Integer> counts = counts(keys);
    Map<@Nullable LineKey, Integer> seen = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      LineKey key = keys.get(i);
      if (key == null) {
        continue; // holiday dates are dates, not a number
      }
      Leave line = lines.get(i);
      boolean days = key.quantity() == Quantity.LEAVE_DAYS;
      PlanParameter p =
          owner == null
              ? (days
                  ? PlanParameter.leaveDays(line.type())
                  : PlanParameter.leaveHours(line.type()))
              : (days
                  ? PlanParameter.leaveDays(owner, line.type())
                  : PlanParameter.leaveHours(owner, line.type()));
      int position = i;
      add(
          p.indexed(next(counts, seen, key)),
          line.amount(),
          p.range(),
          null,
          (v, prov) -> {
            Leave changed =
                (days ? Leave.ofDays(line.type(), v) : Leave.ofHours(line.type(), Hours.of(v)))
                    .withProrated(line.isProrated());
            return replace.apply(replaced(lines, position, changed));
          });
    }
  }

  private void nonClient(
      @Nullable String owner,
      List<NonClientActivity> lines,
      Function<List<NonClientActivity>, CaseloadPlan> replace) {
    List<LineKey> keys = new ArrayList<>();
    for (NonClientActivity a : lines) {
      keys.add(
          new LineKey(
              a.share().isPresent() ? Quantity.NON_CLIENT_SHARE : Quantity.NON_CLIENT_HOURS,
              a.category()));
    }
    Map<LineKey, Integer> counts = counts(keys);
    Map<LineKey, Integer> seen = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      NonClientActivity line = lines.get(i);
      LineKey key = keys.get(i);
      int position = i;
      PlanParameter p;
      BigDecimal value;
      Function<BigDecimal, NonClientActivity> change;
      if (line.share().isPresent()) {
        p =
            owner == null
                ? PlanParameter.nonClientShare(line.category())
                : PlanParameter.nonClientShare(owner, line.category());
        value = line.share().get().toPercent();
        change = v -> NonClientActivity.ofShare(line.category(), Percentage.ofPercent(v));
      } else {
        PeriodicHours amount = line.amount().orElseThrow();
        p =
            owner == null
                ? PlanParameter.nonClientHours(line.category(), amount.period())
                : PlanParameter.nonClientHours(owner, line.category(), amount.period());
        value = amount.hours().toBigDecimal();
        change =
            v -> NonClientActivity.of(line.category(), PeriodicHours.of(Hours.of(v), amount.period()));
      }
      add(
          p.indexed(next(counts, seen, key)),
          value,
          p.range(),
          null,
          (v, prov) -> {
            NonClientActivity changed = change.apply(v);
            if (!line.clinicians().isEmpty()) {
              changed = changed.withClinicians(line.clinicians());
            }
            return replace.apply(replaced(lines, position, changed));
          });
    }
  }

  // --------------------------------------------------------------------------------------------
  // Demand: levels in rank order, each with its episode weeks, its activities in profile order
  // and its volume; then the weeks per year.

  private record ActivityKey(io.github.cmpt.vocabulary.ActivityKind kind,
                             io.github.cmpt.vocabulary.Role role) {}

  private void demand() {
    ServiceDemand demand = plan.demand();
    for (LevelDemand level : demand.levels()) {
      InterventionProfile profile = level.profile();
      Function<InterventionProfile, CaseloadPlan> replaceProfile =
          x -> plan.withDemand(demand.withLevel(LevelDemand.of(x, level.volume())));
      Figure weeks = profile.episodeWeeks();
      PlanParameter episodeWeeks = PlanParameter.episodeWeeks(level.level());
      add(
          episodeWeeks,
          weeks.value(),
          episodeWeeks.range(),
          weeks.provenance(),
          (v, p) -> replaceProfile.apply(profile.withEpisodeWeeks(Figure.of(v, scenario(p)))));

      List<InterventionActivity> activities = profile.activities();
      List<ActivityKey> keys = new ArrayList<>();
      for (InterventionActivity a : activities) {
        keys.add(new ActivityKey(a.kind(), a.role()));
      }
      Map<ActivityKey, Integer> counts = counts(keys);
      Map<ActivityKey, Integer> seen = new HashMap<>();
      for (int i = 0; i < activities.size(); i++) {
        InterventionActivity a = activities.get(i);
        int index = next(counts, seen, keys.get(i));
        int position = i;
        Function<InterventionActivity, CaseloadPlan> replace =
            x -> replaceProfile.apply(profile.withActivities(replaced(activities, position, x)));
        activity(level, a, index, replace);
      }

      boolean concurrent = level.volume().isConcurrent();
      PlanParameter volume =
          concurrent
              ? PlanParameter.concurrentCaseload(level.level())
              : PlanParameter.episodesPerYear(level.level());
      add(
          volume,
          level.volume().count(),
          volume.range(),
          null,
          (v, p) ->
              plan.withDemand(
                  demand.withVolume(
                      level.level(),
                      concurrent ? Volume.ofConcurrent(v) : Volume.ofEpisodesPerYear(v))));
    }
    PlanParameter weeks = PlanParameter.weeksPerYear();
    add(
        weeks,
        demand.weeksPerYear(),
        weeks.range(),
        null,
        (v, p) -> plan.withDemand(demand.withWeeksPerYear(v)));
  }

  private void activity(
      LevelDemand level,
      InterventionActivity a,
      int index,
      Function<InterventionActivity, CaseloadPlan> replace) {
    PlanParameter minutes =
        PlanParameter.activityMinutes(level.level(), a.kind(), a.role()).indexed(index);
    add(
        minutes,
        a.minutes().value(),
        minutes.range(),
        a.minutes().provenance(),
        (v, p) -> replace.apply(a.withMinutes(Figure.of(v, scenario(p)))));
    Frequency f = a.frequency();
    Provenance fp = a.frequencyProvenance();
    if (f.isWeekly()) {
      BigDecimal weeks = f.weeks().orElseThrow();
      PlanParameter times =
          PlanParameter.timesPerWeek(level.level(), a.kind(), a.role()).indexed(index);
      add(
          times,
          f.times(),
          times.range(),
          fp,
          (v, p) -> replace.apply(a.withFrequency(Frequency.ofPerWeek(v, weeks), scenario(p))));
      PlanParameter w =
          PlanParameter.frequencyWeeks(level.level(), a.kind(), a.role()).indexed(index);
      add(
          w,
          weeks,
          w.range(),
          fp,
          (v, p) ->
              replace.apply(a.withFrequency(Frequency.ofPerWeek(f.times(), v), scenario(p))));
    } else {
      PlanParameter times =
          PlanParameter.timesPerEpisode(level.level(), a.kind(), a.role()).indexed(index);
      add(
          times,
          f.times(),
          times.range(),
          fp,
          (v, p) -> replace.apply(a.withFrequency(Frequency.ofPerEpisode(v), scenario(p))));
    }
    if (a.groupSize().isPresent()) {
      PlanParameter size = PlanParameter.groupSize(level.level(), a.role()).indexed(index);
      add(
          size,
          BigDecimal.valueOf(a.groupSize().getAsInt()),
          size.range(),
          null,
          (v, p) -> replace.apply(a.withGroupSize(v.intValueExact())));
    }
  }
}
