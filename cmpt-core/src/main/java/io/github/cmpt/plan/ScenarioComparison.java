package io.github.cmpt.plan;

import com.google.common.collect.ImmutableList;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.report.Table;
import io.github.cmpt.time.Fraction;
import io.github.cmpt.vocabulary.Role;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Named scenarios of one base plan, side by side: for every role its available FTE, FTE required,
 * gap in FTE and staffing ratio, and the plan's capacity, for the base, each scenario, and each
 * scenario's difference to the base.
 *
 * <p>Every scenario is applied once, when the comparison is made, and each distinct plan is
 * evaluated once. A comparison of two plans is a comparison with one scenario.
 *
 * <pre>{@code
 * Scenario fill = Scenario.of("Fill vacancy", PlanChange.set(PlanParameter.fte("ot-2"), BigDecimal.ONE));
 * Scenario busier = Scenario.of("Busier year",
 *     PlanChange.scale(PlanParameter.episodesPerYear(low), new BigDecimal("1.2")));
 * String text = ScenarioComparison.of(plan, fill, busier).toTable().toText();
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ScenarioComparison {

  private final CaseloadPlan base;
  private final ImmutableList<Scenario> scenarios;
  private final ImmutableList<CaseloadPlan> plans;
  private final PlanFigures baseFigures;
  private final ImmutableList<PlanFigures> figures;

  private ScenarioComparison(
      CaseloadPlan base,
      ImmutableList<Scenario> scenarios,
      ImmutableList<CaseloadPlan> plans,
      PlanFigures baseFigures,
      ImmutableList<PlanFigures> figures) {
    this.base = base;
    this.scenarios = scenarios;
    this.plans = plans;
    this.baseFigures = baseFigures;
    this.figures = figures;
  }

  /**
   * Returns the comparison of scenarios of a base plan, each applied to the base.
   *
   * @param base the base plan, not null
   * @param scenarios the scenarios, with distinct names, none null
   * @return the comparison
   * @throws IllegalArgumentException when two scenarios have the same name, or a scenario does not
   *     fit the base
   */
  public static ScenarioComparison of(CaseloadPlan base, List<Scenario> scenarios) {
    Checks.notNull(base, "base");
    Checks.notNull(scenarios, "scenarios");
    Set<String> names = new HashSet<>();
    for (Scenario s : scenarios) {
      Checks.notNull(s, "scenario");
      Checks.check(names.add(s.name()), "scenarios", "distinct names", "\"" + s.name() + "\" twice");
    }
    Map<CaseloadPlan, PlanFigures> evaluated = new HashMap<>();
    PlanResult baseResult = PlanResult.of(base);
    PlanFigures baseFigures = PlanFigures.of(baseResult);
    evaluated.put(base, baseFigures);
    ImmutableList.Builder<CaseloadPlan> plans = ImmutableList.builder();
    ImmutableList.Builder<PlanFigures> figures = ImmutableList.builder();
    for (Scenario s : scenarios) {
      CaseloadPlan plan = s.applyTo(base);
      plans.add(plan);
      figures.add(
          evaluated.computeIfAbsent(plan, p -> PlanFigures.of(PlanResult.of(p, baseResult))));
    }
    return new ScenarioComparison(
        base, ImmutableList.copyOf(scenarios), plans.build(), baseFigures, figures.build());
  }

  /**
   * Returns the comparison of scenarios of a base plan, each applied to the base.
   *
   * @param base the base plan, not null
   * @param scenarios the scenarios, with distinct names, none null
   * @return the comparison
   * @throws IllegalArgumentException when two scenarios have the same name, or a scenario does not
   *     fit the base
   */
  public static ScenarioComparison of(CaseloadPlan base, Scenario... scenarios) {
    return of(base, Arrays.asList(Checks.notNull(scenarios, "scenarios")));
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
   * Returns the scenarios, in the order given.
   *
   * @return an immutable list
   */
  public ImmutableList<Scenario> scenarios() {
    return scenarios;
  }

  /**
   * Returns the plan of each scenario, in the order of {@link #scenarios()}.
   *
   * @return an immutable list of plans
   */
  public ImmutableList<CaseloadPlan> plans() {
    return plans;
  }

  /**
   * Returns the figures side by side. Columns: the figure, the base (headed by its name), each
   * scenario (headed by its name), and each scenario's difference to the base
   * ({@code scenario - base}). Rows: for each role of any of the plans, in order of first
   * appearance, its available FTE, FTE required, gap in FTE and staffing ratio (empty when no FTE
   * is required; a role a plan lacks has zero FTE there); then the plan's capacity in whole episodes
   * per year and whole clients at a time, rounded down. Text and Markdown show FTE and ratios to
   * two decimals, and each difference and gap is worked out from the figures as shown, so that
   * {@code base + difference = scenario} and {@code available - required = gap} hold for what is
   * printed (see {@link Table}); CSV shows them exact. A note explains each role whose FTE
   * required changes between two of the plans with the same demand hours (its client-care hours
   * per 1.0 FTE changed with the team).
   *
   * @return the table
   */
  public Table toTable() {
    List<String> columns = new ArrayList<>();
    columns.add("Figure");
    columns.add(base.name());
    for (Scenario s : scenarios) {
      columns.add(s.name());
    }
    for (Scenario s : scenarios) {
      columns.add(s.name() + " - base");
    }
    Table.Builder t = Table.builder("Scenarios of " + base.name(), columns);
    Set<Role> roles = new LinkedHashSet<>(baseFigures.roles().keySet());
    for (PlanFigures f : figures) {
      roles.addAll(f.roles().keySet());
    }
    List<String> notes = new ArrayList<>();
    for (Role r : roles) {
      PlanFigures.RoleFigures b = baseFigures.role(r);
      List<PlanFigures.RoleFigures> s = new ArrayList<>();
      for (PlanFigures f : figures) {
        s.add(f.role(r));
      }
      row(t, r + ": available FTE", b.availableFte(), map(s, x -> x.availableFte()), Diff.FTE);
      row(t, r + ": FTE required", b.fteRequired(), map(s, x -> x.fteRequired()), Diff.FTE);
      row(t, r + ": gap (FTE)", b.gapFte(), map(s, x -> x.gapFte()), Diff.FTE);
      row(t, r + ": staffing ratio", cell(b.ratio()), map(s, x -> cell(x.ratio())), Diff.NUMBER);
      t.rowDifference(r + ": gap (FTE)", r + ": available FTE", r + ": FTE required");
      List<String> names = new ArrayList<>();
      names.add(base.name());
      List<PlanFigures.RoleFigures> all = new ArrayList<>();
      all.add(b);
      all.addAll(s);
      scenarios.forEach(x -> names.add(x.name()));
      notes.addAll(againstIntuition(r, names, all));
    }
    row(
        t,
        "Capacity (episodes/year)",
        baseFigures.wholeEpisodesPerYear(),
        map(figures, PlanFigures::wholeEpisodesPerYear),
        Diff.COUNT);
    row(
        t,
        "Capacity (concurrent)",
        baseFigures.wholeConcurrentCaseload(),
        map(figures, PlanFigures::wholeConcurrentCaseload),
        Diff.COUNT);
    if (new HashSet<>(columns).size() == columns.size()) {
      for (Scenario s : scenarios) {
        t.columnDifference(s.name() + " - base", s.name(), base.name());
      }
    }
    t.note(
        "Difference = scenario - base, of the figures as shown, so that base + difference ="
            + " scenario holds for what is printed. FTE and ratios to 0.01 for reading, exact in"
            + " CSV; gap = available - required as shown; capacity in whole episodes and clients,"
            + " rounded down.");
    notes.forEach(t::note);
    return t.build();
  }

  /**
   * Notes for a role whose FTE required changes between two plans of the comparison although its
   * demand hours do not: the client-care hours per 1.0 FTE of the role changed with the team.
   */
  static List<String> againstIntuition(
      Role role, List<String> names, List<PlanFigures.RoleFigures> figures) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < figures.size(); i++) {
      for (int j = i + 1; j < figures.size(); j++) {
        PlanFigures.RoleFigures a = figures.get(i);
        PlanFigures.RoleFigures b = figures.get(j);
        if (a.demandHours().isPositive()
            && a.demandHours().equals(b.demandHours())
            && !a.fteRequired().equals(b.fteRequired())
            && !a.hoursPerFte().equals(b.hoursPerFte())) {
          boolean lower = b.fteRequired().compareTo(a.fteRequired()) < 0;
          out.add(
              role + ": from " + names.get(i) + " to " + names.get(j) + " the FTE required "
                  + (lower ? "falls" : "rises") + " from " + fte(a.fteRequired()) + " to "
                  + fte(b.fteRequired()) + " with the same demand hours ("
                  + hours(a.demandHours()) + "), because the client-care hours per 1.0 FTE"
                  + " of the role change with the team (from " + hours(a.hoursPerFte())
                  + " to " + hours(b.hoursPerFte()) + "): the members of a role do not all have"
                  + " the same client-care hours per FTE, so a change to one member's FTE moves"
                  + " the role's average.");
        }
      }
    }
    return out;
  }

  private static String fte(io.github.cmpt.time.Fte f) {
    return f.toBigDecimal().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  private static String hours(io.github.cmpt.time.Hours h) {
    return h.toBigDecimal().setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "h";
  }

  /** How a difference is taken. */
  enum Diff {
    FTE,
    NUMBER,
    COUNT
  }

  static Object cell(Optional<Fraction> ratio) {
    return ratio.isPresent() ? ratio.get() : "";
  }

  static Object difference(Object base, Object value, Diff diff) {
    switch (diff) {
      case FTE:
        return ((io.github.cmpt.time.Fte) value).minus((io.github.cmpt.time.Fte) base);
      case COUNT:
        return (Long) value - (Long) base;
      default:
        if (base instanceof Fraction && value instanceof Fraction) {
          return ((Fraction) value).minus((Fraction) base);
        }
        return "";
    }
  }

  private static <T, R> List<R> map(List<T> values, java.util.function.Function<T, R> f) {
    List<R> out = new ArrayList<>();
    for (T v : values) {
      out.add(f.apply(v));
    }
    return out;
  }

  private static void row(Table.Builder t, String label, Object base, List<?> values, Diff diff) {
    List<Object> cells = new ArrayList<>();
    cells.add(label);
    cells.add(base);
    cells.addAll(values);
    for (Object v : values) {
      cells.add(difference(base, v, diff));
    }
    t.row(cells);
  }

  /**
   * Returns the base's name and the scenarios' names, such as
   * {@code ScenarioComparison[Community OT 2026: Fill vacancy, Busier year]}.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    List<String> names = new ArrayList<>();
    for (Scenario s : scenarios) {
      names.add(s.name());
    }
    return "ScenarioComparison[" + base.name() + ": " + String.join(", ", names) + "]";
  }
}
