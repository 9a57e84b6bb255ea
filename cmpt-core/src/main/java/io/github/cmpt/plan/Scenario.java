package io.github.cmpt.plan;

import com.google.common.collect.ImmutableList;
import io.github.cmpt.internal.Bounds;
import io.github.cmpt.internal.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A named what-if of a plan: a name and the changes it makes, in order, such as
 * {@code Scenario[Fill vacancy: fte[ot-2] = 1]}.
 *
 * <pre>{@code
 * Scenario fill = Scenario.of("Fill vacancy", PlanChange.set(PlanParameter.fte("ot-2"), BigDecimal.ONE));
 * CaseloadPlan filled = fill.applyTo(plan);
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe, provided that its changes are.
 */
public final class Scenario {

  private final String name;
  private final ImmutableList<PlanChange> changes;

  private Scenario(String name, ImmutableList<PlanChange> changes) {
    this.name = name;
    this.changes = changes;
  }

  /**
   * Returns a scenario of changes applied in order.
   *
   * @param name the name, such as {@code Fill vacancy}, not blank
   * @param changes the changes, none null
   * @return the scenario
   * @throws IllegalArgumentException when the name is blank
   */
  public static Scenario of(String name, List<PlanChange> changes) {
    Checks.notNull(name, "name");
    Bounds.name("name", name);
    Checks.notNull(changes, "changes");
    for (PlanChange c : changes) {
      Checks.notNull(c, "change");
    }
    return new Scenario(name, ImmutableList.copyOf(changes));
  }

  /**
   * Returns a scenario of changes applied in order.
   *
   * @param name the name, such as {@code Fill vacancy}, not blank
   * @param changes the changes, none null
   * @return the scenario
   * @throws IllegalArgumentException when the name is blank
   */
  public static Scenario of(String name, PlanChange... changes) {
    return of(name, Arrays.asList(Checks.notNull(changes, "changes")));
  }

  /**
   * Returns the name.
   *
   * @return the name, not blank
   */
  public String name() {
    return name;
  }

  /**
   * Returns the changes, in the order they are applied.
   *
   * @return an immutable list of changes
   */
  public ImmutableList<PlanChange> changes() {
    return changes;
  }

  /**
   * Returns a base plan with the changes applied in order; the plan keeps its name unless a change
   * gives it another.
   *
   * @param base the base plan, not null
   * @return the plan of the scenario
   * @throws IllegalArgumentException when a change does not fit the plan
   */
  public CaseloadPlan applyTo(CaseloadPlan base) {
    CaseloadPlan plan = Checks.notNull(base, "base");
    for (PlanChange c : changes) {
      plan = c.applyTo(plan);
    }
    return plan;
  }

  /**
   * Returns whether another object is a scenario of the same name and changes.
   *
   * @param obj the other object
   * @return true for an equal scenario
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Scenario
        && name.equals(((Scenario) obj).name)
        && changes.equals(((Scenario) obj).changes);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return name.hashCode() * 31 + changes.hashCode();
  }

  /**
   * Returns the name and the changes, such as {@code Scenario[Fill vacancy: fte[ot-2] = 1]}.
   *
   * @return the scenario as text
   */
  @Override
  public String toString() {
    List<String> texts = new ArrayList<>();
    for (PlanChange c : changes) {
      texts.add(c.toString());
    }
    return "Scenario[" + name + ": " + String.join("; ", texts) + "]";
  }
}
