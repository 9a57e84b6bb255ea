package io.github.cmpt.plan;

import com.google.common.collect.ImmutableList;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.report.Table;
import io.github.cmpt.vocabulary.Role;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One parameter of a base plan over a list of values, such as the concurrent caseload of a level
 * from 10 to 30 clients: the figures of {@link ScenarioComparison} with a row for each value.
 *
 * <p>Every plan is built when the sweep is made ({@code base.with(parameter, value)}), and each
 * distinct plan is evaluated once.
 *
 * <pre>{@code
 * Sweep sweep = Sweep.of(plan, PlanParameter.concurrentCaseload(moderate),
 *     List.of(BigDecimal.valueOf(10), BigDecimal.valueOf(20), BigDecimal.valueOf(30)));
 * String csv = sweep.toTable().toCsv();
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Sweep {

  private final CaseloadPlan base;
  private final PlanParameter parameter;
  private final ImmutableList<BigDecimal> values;
  private final ImmutableList<CaseloadPlan> plans;
  private final ImmutableList<PlanFigures> figures;

  private Sweep(
      CaseloadPlan base,
      PlanParameter parameter,
      ImmutableList<BigDecimal> values,
      ImmutableList<CaseloadPlan> plans,
      ImmutableList<PlanFigures> figures) {
    this.base = base;
    this.parameter = parameter;
    this.values = values;
    this.plans = plans;
    this.figures = figures;
  }

  /**
   * Returns the sweep of one parameter of a base plan over values.
   *
   * @param base the base plan, not null
   * @param parameter a parameter of the base, not null
   * @param values the values, at least one, each in the parameter's range on the base, none null
   * @return the sweep
   * @throws IllegalArgumentException when there is no value, the base does not have the parameter,
   *     a value is out of range or gives an impossible plan
   */
  public static Sweep of(CaseloadPlan base, PlanParameter parameter, List<BigDecimal> values) {
    Checks.notNull(base, "base");
    Checks.notNull(parameter, "parameter");
    Checks.notNull(values, "values");
    Checks.check(!values.isEmpty(), "values", "at least one value", "none");
    Map<CaseloadPlan, PlanFigures> evaluated = new HashMap<>();
    ImmutableList.Builder<CaseloadPlan> plans = ImmutableList.builder();
    ImmutableList.Builder<PlanFigures> figures = ImmutableList.builder();
    PlanResult[] previous = {null};
    for (BigDecimal v : values) {
      CaseloadPlan plan = base.with(parameter, Checks.notNull(v, "value"));
      plans.add(plan);
      figures.add(
          evaluated.computeIfAbsent(
              plan,
              p -> {
                // a sweep of a demand parameter reuses Step 1 of the previous plan, and back
                PlanResult r =
                    previous[0] == null ? PlanResult.of(p) : PlanResult.of(p, previous[0]);
                previous[0] = r;
                return PlanFigures.of(r);
              }));
    }
    return new Sweep(base, parameter, ImmutableList.copyOf(values), plans.build(), figures.build());
  }

  /**
   * Returns the base plan.
   *
   * @return the base
   */
  public CaseloadPlan base() {
    return base;
  }

  /**
   * Returns the parameter swept.
   *
   * @return the parameter
   */
  public PlanParameter parameter() {
    return parameter;
  }

  /**
   * Returns the values, in the order given.
   *
   * @return an immutable list
   */
  public ImmutableList<BigDecimal> values() {
    return values;
  }

  /**
   * Returns the plan of each value, in the order of {@link #values()}.
   *
   * @return an immutable list of plans
   */
  public ImmutableList<CaseloadPlan> plans() {
    return plans;
  }

  /**
   * Returns a row for each value: the value, then for each role of any of the plans (in order of
   * first appearance) its available FTE, FTE required, gap in FTE and staffing ratio (empty when no
   * FTE is required), then the capacity in whole episodes per year and whole clients at a time,
   * rounded down. Text and Markdown show FTE and ratios to two decimals; CSV shows them exact.
   *
   * @return the table
   */
  public Table toTable() {
    Set<Role> roles = new LinkedHashSet<>();
    for (PlanFigures f : figures) {
      roles.addAll(f.roles().keySet());
    }
    List<String> columns = new ArrayList<>();
    columns.add(parameter.name() + " (" + parameter.unit() + ")");
    for (Role r : roles) {
      columns.add(r + ": available FTE");
      columns.add(r + ": FTE required");
      columns.add(r + ": gap (FTE)");
      columns.add(r + ": staffing ratio");
    }
    columns.add("Capacity (episodes/year)");
    columns.add("Capacity (concurrent)");
    Table.Builder t = Table.builder("Sweep of " + parameter.name() + " on " + base.name(), columns);
    for (int i = 0; i < values.size(); i++) {
      PlanFigures f = figures.get(i);
      List<Object> cells = new ArrayList<>();
      cells.add(values.get(i));
      for (Role r : roles) {
        PlanFigures.RoleFigures m = f.role(r);
        cells.add(m.availableFte());
        cells.add(m.fteRequired());
        cells.add(m.gapFte());
        cells.add(ScenarioComparison.cell(m.ratio()));
      }
      cells.add(f.wholeEpisodesPerYear());
      cells.add(f.wholeConcurrentCaseload());
      t.row(cells);
    }
    for (Role r : roles) {
      t.columnDifference(r + ": gap (FTE)", r + ": available FTE", r + ": FTE required");
    }
    t.note(
        "FTE and ratios to 0.01 for reading, exact in CSV; gap = available - required as shown;"
            + " capacity in whole episodes and clients, rounded down.");
    List<String> names = new ArrayList<>();
    values.forEach(v -> names.add(parameter.name() + " = " + Checks.plain(v)));
    for (Role r : roles) {
      List<PlanFigures.RoleFigures> all = new ArrayList<>();
      figures.forEach(f -> all.add(f.role(r)));
      for (int i = 0; i + 1 < all.size(); i++) {
        ScenarioComparison.againstIntuition(
                r, names.subList(i, i + 2), all.subList(i, i + 2))
            .forEach(t::note);
      }
    }
    return t.build();
  }

  /**
   * Returns the parameter, the number of values and the base's name, such as
   * {@code Sweep[concurrent[2] x 3 values on Community OT 2026]}.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "Sweep[" + parameter + " x " + values.size() + " values on " + base.name() + "]";
  }
}
