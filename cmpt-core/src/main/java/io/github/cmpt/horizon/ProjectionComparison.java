package io.github.cmpt.horizon;

import com.google.common.collect.ImmutableMap;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.plan.Scenario;
import io.github.cmpt.report.Table;
import io.github.cmpt.time.Fraction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scenarios of a plan projected over the same horizon, side by side: for each period, the clients
 * waiting and on caseload at its end under the base and under each scenario.
 *
 * <p>A scenario's changes ({@link Scenario}, {@link io.github.cmpt.plan.PlanChange}) apply to the
 * plan; the horizon, arrivals, starting list, absences, employment dates and service order stay
 * those of the base. Arrivals given for a level stay as given when a scenario changes that level's
 * volume; a level without arrivals of its own follows its plan's rate, so a scenario that changes
 * its episodes per year changes its arrivals.
 *
 * <pre>{@code
 * ProjectionComparison comparison = ProjectionComparison.of(input, moreStaff);
 * String table = comparison.toTable().toText();
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ProjectionComparison {

  private final ImmutableMap<String, Projection> projections;

  private ProjectionComparison(ImmutableMap<String, Projection> projections) {
    this.projections = projections;
  }

  /**
   * Projects a plan and its scenarios.
   *
   * @param base the plan over a horizon, not null
   * @param scenarios the scenarios, at least one, with names unique and other than the plan's
   * @return the comparison
   * @throws IllegalArgumentException when no scenario is given, two share a name, or a scenario
   *     does not fit the plan
   */
  public static ProjectionComparison of(HorizonPlan base, Scenario... scenarios) {
    Checks.notNull(scenarios, "scenarios");
    return of(base, Arrays.asList(scenarios));
  }

  /**
   * Projects a plan and its scenarios.
   *
   * @param base the plan over a horizon, not null
   * @param scenarios the scenarios, at least one, with names unique and other than the plan's
   * @return the comparison
   * @throws IllegalArgumentException when no scenario is given, two share a name, or a scenario
   *     does not fit the plan
   */
  public static ProjectionComparison of(HorizonPlan base, List<Scenario> scenarios) {
    Checks.notNull(base, "base");
    Checks.notNull(scenarios, "scenarios");
    Checks.check(!scenarios.isEmpty(), "scenarios", "at least one", scenarios.size());
    Map<String, Projection> out = new LinkedHashMap<>();
    Projection first = Projection.of(base);
    out.put(base.plan().name(), first);
    for (Scenario s : scenarios) {
      Checks.notNull(s, "scenarios[]");
      Checks.check(!out.containsKey(s.name()), "scenarios", "unique names", s.name());
      HorizonPlan changed = base.with(s);
      out.put(
          s.name(),
          Projection.of(
              changed,
              io.github.cmpt.plan.PlanResult.of(changed.plan(), first.planResult())));
    }
    return new ProjectionComparison(ImmutableMap.copyOf(out));
  }

  /**
   * Returns the projections, the base first, by name.
   *
   * @return an immutable map
   */
  public ImmutableMap<String, Projection> projections() {
    return projections;
  }

  /**
   * Returns one projection by name.
   *
   * @param name the base plan's or a scenario's name, not null
   * @return the projection
   * @throws IllegalArgumentException when no projection has the name
   */
  public Projection projection(String name) {
    Projection p = projections.get(Checks.notNull(name, "name"));
    Checks.check(p != null, "name", "one of " + projections.keySet(), name);
    return p;
  }

  /**
   * Returns the comparison table: a row per period, and for each projection the clients waiting
   * and on caseload at the period's end; the notes say when each list clears.
   *
   * @return the table
   */
  public Table toTable() {
    List<String> columns = new ArrayList<>();
    columns.add("Period");
    for (String name : projections.keySet()) {
      columns.add("Waiting - " + name);
      columns.add("On caseload - " + name);
    }
    Projection base = projections.values().iterator().next();
    Table.Builder b =
        Table.builder("Projection side by side - " + base.horizon(), columns);
    for (int j = 0; j < base.horizon().size(); j++) {
      List<Object> row = new ArrayList<>();
      row.add(base.horizon().label(j));
      for (Projection p : projections.values()) {
        Fraction w = p.waitingAtEnd(j);
        row.add(w);
        row.add(p.caseloadAtEnd(j));
      }
      b.row(row);
    }
    projections.forEach((name, p) -> b.note(name + ": the list clears " + p.clearance() + "."));
    return b.build();
  }

  /**
   * Returns the names and when each list clears, such as
   * {@code ProjectionComparison[base: 2026-05, more staff: 2026-03]}.
   *
   * @return the comparison as text
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("ProjectionComparison[");
    projections.forEach((name, p) -> s.append(name).append(": ").append(p.clearance()).append(", "));
    s.setLength(s.length() - 2);
    return s.append(']').toString();
  }
}
