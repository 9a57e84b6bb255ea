package io.github.cmpt.plan;

import io.github.cmpt.internal.Checks;
import io.github.cmpt.report.Table;
import io.github.cmpt.vocabulary.Role;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A comparison of two plans, such as a plan and its what-if copy, as a table of the main figures of
 * each, with the difference (second minus first).
 *
 * <pre>{@code
 * CaseloadPlan more = plan.withFte("ot-2", Fte.of("0.8"));
 * String text = PlanComparison.of(plan, more).toTable().toText();
 * }</pre>
 */
public final class PlanComparison {

  private final CaseloadPlan first;
  private final CaseloadPlan second;

  private PlanComparison(CaseloadPlan first, CaseloadPlan second) {
    this.first = first;
    this.second = second;
  }

  /**
   * Returns the comparison of two plans.
   *
   * @param first the plan compared from, not null
   * @param second the plan compared to, not null
   * @return the comparison
   */
  public static PlanComparison of(CaseloadPlan first, CaseloadPlan second) {
    return new PlanComparison(Checks.notNull(first, "first"), Checks.notNull(second, "second"));
  }

  /**
   * Returns the first plan.
   *
   * @return the plan compared from
   */
  public CaseloadPlan first() {
    return first;
  }

  /**
   * Returns the second plan.
   *
   * @return the plan compared to
   */
  public CaseloadPlan second() {
    return second;
  }

  /**
   * Returns the figures of both plans and their differences: for the whole plan and for each role of
   * either plan, available and required FTE, gap in FTE and hours, supply and demand hours, and
   * capacity (exact episodes per year and concurrent caseload; rounded only for reading).
   *
   * @return the table, with columns figure, first, second and difference
   */
  public Table toTable() {
    String a = this.first.name();
    String b = this.second.name().equals(a) ? a + " (what-if)" : this.second.name();
    PlanResult first = PlanResult.of(this.first);
    PlanResult second = PlanResult.of(this.second, first);
    Table.Builder t =
        Table.builder("Comparison: " + a + " and " + b, "Figure", a, b, "Difference");
    fte(t, "Available FTE", first.availableFte(), second.availableFte());
    fte(t, "FTE required", first.fteRequired(), second.fteRequired());
    fte(t, "Gap (FTE)", first.gapFte(), second.gapFte());
    hours(t, "Supply hours", first.supplyHours(), second.supplyHours());
    hours(t, "Demand hours", first.demandHours(), second.demandHours());
    number(
        t,
        "Capacity (episodes/year)",
        first.capacity().episodesPerYear(),
        second.capacity().episodesPerYear());
    number(
        t,
        "Capacity (concurrent)",
        first.capacity().concurrentCaseload(),
        second.capacity().concurrentCaseload());
    Set<Role> roles = new LinkedHashSet<>(first.roles());
    roles.addAll(second.roles());
    for (Role r : roles) {
      RoleMatch x = first.matches().get(r);
      RoleMatch y = second.matches().get(r);
      fte(t, r + ": available FTE", x == null ? Fte.ZERO : x.availableFte(),
          y == null ? Fte.ZERO : y.availableFte());
      fte(t, r + ": FTE required", x == null ? Fte.ZERO : x.fteRequired(),
          y == null ? Fte.ZERO : y.fteRequired());
      fte(t, r + ": gap (FTE)", x == null ? Fte.ZERO : x.gapFte(),
          y == null ? Fte.ZERO : y.gapFte());
      hours(t, r + ": gap (hours)", x == null ? Hours.ZERO : x.gapHours(),
          y == null ? Hours.ZERO : y.gapHours());
    }
    t.note("Difference = second - first; FTE and counts to 0.01, hours to 0.1 for reading; exact in CSV.");
    return t.build();
  }

  private static void fte(Table.Builder t, String label, Fte a, Fte b) {
    t.row(label, a, b, b.minus(a));
  }

  private static void hours(Table.Builder t, String label, Hours a, Hours b) {
    t.row(label, a, b, b.minus(a));
  }

  private static void number(Table.Builder t, String label, BigDecimal a, BigDecimal b) {
    t.row(label, a, b, b.subtract(a));
  }

  /**
   * Returns the names of the plans compared.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "PlanComparison[" + first.name() + " -> " + second.name() + "]";
  }
}
