package io.github.cmpt.horizon;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Range;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.plan.CaseloadPlan;
import io.github.cmpt.report.Table;
import io.github.cmpt.supply.Clinician;
import io.github.cmpt.supply.Team;
import io.github.cmpt.time.Fte;
import io.github.cmpt.vocabulary.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What it takes: the FTE of each role to add from a date on so that a {@link HorizonPlan} meets a
 * {@link Goal}, such as a list cleared by June or a mean wait under four weeks.
 *
 * <p>Added time is new clinicians of the role, {@code added-<role code>-1}, {@code -2}, ... of
 * 1.0 FTE each and the remainder on the last, employed from the date, on the contract and leave
 * of the role's first clinician on the team and its own non-client activities that name no one (the
 * team's own lines apply to them as to everyone), with the FTE found. The search first finds each
 * role's figure with the other roles at 20 FTE more (what the role needs when it is the only
 * limit, a lower bound), then raises one role at a time to the least it needs with the others at
 * their figures, until the figures together meet the goal ({@link #isMet()},
 * {@link #projection()}). Each figure is a whole number of hundredths of an FTE, up to 20 FTE,
 * found by bisection: a projection's list never grows with more staff ({@link ServiceOrder}), so a
 * goal, once met, stays met with more.
 *
 * <pre>{@code
 * StaffingNeed need = StaffingNeed.of(input, LocalDate.of(2026, 3, 2),
 *     Goal.clearBy(LocalDate.of(2026, 6, 29)));
 * need.extraFte(Role.OCCUPATIONAL_THERAPIST);
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class StaffingNeed {

  private static final int MAX_HUNDREDTHS = 2_000;

  private final HorizonPlan input;
  private final LocalDate from;
  private final Goal goal;
  private final ImmutableMap<Role, Optional<Fte>> extra;
  private final Projection projection;

  private StaffingNeed(
      HorizonPlan input,
      LocalDate from,
      Goal goal,
      ImmutableMap<Role, Optional<Fte>> extra,
      Projection projection) {
    this.input = input;
    this.from = from;
    this.goal = goal;
    this.extra = extra;
    this.projection = projection;
  }

  /**
   * Finds the FTE of each role of the team to add from a date so that a plan meets a goal.
   *
   * @param input the plan over a horizon, not null
   * @param from the first day of the added time, a date of the horizon, not null
   * @param goal the goal, its date within the horizon, not null
   * @return the need
   * @throws IllegalArgumentException when a date is outside the horizon
   */
  public static StaffingNeed of(HorizonPlan input, LocalDate from, Goal goal) {
    Checks.notNull(input, "input");
    Checks.notNull(from, "from");
    Checks.notNull(goal, "goal");
    input.horizon().indexOf(from);
    input.horizon().indexOf(goal.date());
    Map<Role, Clinician> templates = new LinkedHashMap<>();
    for (Clinician c : input.plan().team().clinicians()) {
      templates.putIfAbsent(c.role(), c);
    }
    // 1. each role alone, the others at 20 FTE more: a lower bound of what it needs
    Map<Role, Integer> amounts = new LinkedHashMap<>();
    Map<Role, Boolean> possible = new LinkedHashMap<>();
    for (Role role : templates.keySet()) {
      Map<Role, Integer> others = new LinkedHashMap<>();
      for (Role r : templates.keySet()) {
        others.put(r, MAX_HUNDREDTHS);
      }
      int least = least(input, templates, from, goal, others, role, 0);
      possible.put(role, least >= 0);
      amounts.put(role, least >= 0 ? least : MAX_HUNDREDTHS);
    }
    // 2. together: raise one role at a time to the least it needs with the others at theirs
    for (int round = 0; round < 10 && !met(input, templates, from, goal, amounts); round++) {
      for (Role role : templates.keySet()) {
        if (possible.get(role)) {
          int least = least(input, templates, from, goal, amounts, role, amounts.get(role));
          amounts.put(role, least >= 0 ? least : MAX_HUNDREDTHS);
        }
      }
    }
    Map<Role, Optional<Fte>> found = new LinkedHashMap<>();
    amounts.forEach(
        (r, h) ->
            found.put(
                r,
                possible.get(r) ? Optional.of(Fte.of(BigDecimal.valueOf(h, 2))) : Optional.empty()));
    Projection combined = Projection.of(added(input, templates, from, amounts));
    return new StaffingNeed(input, from, goal, ImmutableMap.copyOf(found), combined);
  }

  /**
   * The least hundredths of an FTE of one role, from {@code lowest} up, that meet the goal with the
   * other roles at {@code amounts}; -1 when 20 FTE do not.
   */
  private static int least(
      HorizonPlan input,
      Map<Role, Clinician> templates,
      LocalDate from,
      Goal goal,
      Map<Role, Integer> amounts,
      Role role,
      int lowest) {
    Map<Role, Integer> trial = new LinkedHashMap<>(amounts);
    trial.put(role, lowest);
    if (met(input, templates, from, goal, trial)) {
      return lowest;
    }
    trial.put(role, MAX_HUNDREDTHS);
    if (!met(input, templates, from, goal, trial)) {
      return -1;
    }
    int lo = lowest; // not met
    int hi = MAX_HUNDREDTHS; // met
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      trial.put(role, mid);
      if (met(input, templates, from, goal, trial)) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return hi;
  }

  private static boolean met(
      HorizonPlan input,
      Map<Role, Clinician> templates,
      LocalDate from,
      Goal goal,
      Map<Role, Integer> amounts) {
    return goal.isMetBy(Projection.of(added(input, templates, from, amounts)));
  }

  private static HorizonPlan added(
      HorizonPlan input, Map<Role, Clinician> templates, LocalDate from, Map<Role, Integer> amounts) {
    CaseloadPlan plan = input.plan();
    List<Clinician> members = new ArrayList<>(plan.team().clinicians());
    Map<String, Range<LocalDate>> employment = new LinkedHashMap<>(input.employment());
    for (Map.Entry<Role, Integer> e : amounts.entrySet()) {
      if (e.getValue() == 0) {
        continue;
      }
      Clinician template = templates.get(e.getKey());
      String prefix = "added-" + e.getKey().code().toLowerCase(Locale.ROOT) + "-";
      // whole FTE per clinician, the remainder on the last: a contract is at most 168 hours a week
      int left = e.getValue();
      for (int i = 1; left > 0; i++) {
        int part = Math.min(left, 100);
        left -= part;
        Clinician added =
            Clinician.builder()
                .id(prefix + i)
                .role(e.getKey())
                .workHours(template.workHours().withFte(Fte.of(BigDecimal.valueOf(part, 2))))
                .addAllLeave(template.leave())
                .addAllActivities(
                    template.activities().stream()
                        .filter(a -> a.clinicians().isEmpty())
                        .collect(java.util.stream.Collectors.toList()))
                .build();
        members.add(added);
        employment.put(prefix + i, Range.atLeast(from));
      }
    }
    Team team =
        Team.builder()
            .name(plan.team().name())
            .addAllClinicians(members)
            .addAllLeave(plan.team().leave())
            .addAllActivities(plan.team().activities())
            .build();
    return input.withPlan(plan.withTeam(team)).withEmployment(employment);
  }

  /**
   * Returns the plan over a horizon this need is of.
   *
   * @return the input
   */
  public HorizonPlan input() {
    return input;
  }

  /**
   * Returns the goal.
   *
   * @return the goal
   */
  public Goal goal() {
    return goal;
  }

  /**
   * Returns the first day of the added time.
   *
   * @return the date
   */
  public LocalDate from() {
    return from;
  }

  /**
   * Returns the FTE of each role of the team to add, together.
   *
   * @return an immutable map in team order; a role whose 20 FTE more would not meet the goal, even
   *     with the others at 20 FTE more, maps to empty
   */
  public ImmutableMap<Role, Optional<Fte>> extraFte() {
    return extra;
  }

  /**
   * Returns the FTE of one role to add, with the other roles' figures.
   *
   * @param role a role of the team, not null
   * @return the FTE, {@code 0} when the goal is met without it, or empty when 20 FTE more would not
   *     meet it
   * @throws IllegalArgumentException when the role is not on the team
   */
  public Optional<Fte> extraFte(Role role) {
    Optional<Fte> f = extra.get(Checks.notNull(role, "role"));
    Checks.check(f != null, "role", "a role of the team " + extra.keySet(), role);
    return f;
  }

  /**
   * Returns the projection with every role's added FTE (20 FTE for a role without a figure).
   *
   * @return the projection
   */
  public Projection projection() {
    return projection;
  }

  /**
   * Returns whether the roles' added FTE together meet the goal.
   *
   * @return true when {@link #projection()} meets the goal
   */
  public boolean isMet() {
    return goal.isMetBy(projection);
  }

  /**
   * Returns the need as a table: each role's available FTE at the start and the FTE to add.
   *
   * @return the table
   */
  public Table toTable() {
    Table.Builder b =
        Table.builder(
            "What it takes - " + goal + ", added from " + from,
            "Role",
            "FTE at the start",
            "FTE to add");
    Projection base = Projection.of(input);
    for (Map.Entry<Role, Optional<Fte>> e : extra.entrySet()) {
      b.row(
          e.getKey().toString(),
          base.role(e.getKey(), 0).fte(),
          e.getValue().<Object>map(f -> f).orElse("more than 20"));
    }
    b.note("Together: " + (isMet() ? "the goal is met" : "the goal is not met") + "; the list clears: "
        + projection.clearance() + ".");
    return b.build();
  }

  /**
   * Returns the goal and each role's FTE to add, such as
   * {@code StaffingNeed[clear the list by 2026-06-29: OT +0.85 FTE, OTA +0 FTE]}.
   *
   * @return the need as text
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("StaffingNeed[").append(goal).append(':');
    extra.forEach(
        (r, f) -> s.append(' ').append(r).append(' ').append(f.map(x -> "+" + x).orElse("> 20 FTE")).append(','));
    s.setLength(s.length() - 1);
    return s.append(']').toString();
  }
}
