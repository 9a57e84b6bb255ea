package io.github.cmpt.plan;

import com.google.common.collect.ImmutableList;
import io.github.cmpt.demand.Provenance;
import io.github.cmpt.internal.Checks;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A change to a caseload plan, as a value: set, scale or add to one {@link PlanParameter}, or any
 * edit of the plan with a name, such as {@code fte[ot-2] = 1} or
 * {@code minutes[2/assessment/OT] x 1.1}; in the way {@code java.time}'s {@code TemporalAdjuster}
 * is applied to a date with one {@code with}.
 *
 * <p>Changes compose ({@link #andThen(PlanChange)}, printed {@code a; b}), take a name
 * ({@link #named(String)}, printed as the name) and are applied with
 * {@link CaseloadPlan#with(PlanChange)} or {@link #applyTo(CaseloadPlan)}. A {@link Scenario} is a
 * name and a list of changes. Parameter changes are equal when they do the same thing; a change of
 * {@link #of(String, UnaryOperator)} is equal only to itself.
 *
 * <pre>{@code
 * PlanChange fill = PlanChange.set(PlanParameter.fte("ot-2"), BigDecimal.ONE);
 * PlanChange busier = PlanChange.scale(PlanParameter.episodesPerYear(low), new BigDecimal("1.1"));
 * CaseloadPlan changed = plan.with(fill.andThen(busier));
 * CaseloadPlan back = changed.with(fill.andThen(busier).inverseFor(plan));   // equals plan
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe, provided that the function of a change of
 *     {@link #of(String, UnaryOperator)} is.
 */
public abstract class PlanChange {

  PlanChange() {}

  /**
   * Returns the change that sets a parameter to a value, printed {@code fte[ot-2] = 1}.
   *
   * @param parameter the parameter, not null
   * @param value the value, in the parameter's unit, within its {@link PlanParameter#range()},
   *     not null
   * @return the change
   * @throws IllegalArgumentException when the value is outside the parameter's range
   */
  public static PlanChange set(PlanParameter parameter, BigDecimal value) {
    Checks.notNull(parameter, "parameter");
    Checks.notNull(value, "value");
    Checks.check(
        parameter.range().contains(value),
        parameter.name(),
        PlanParameter.rule(parameter.range(), false),
        value);
    return new ParameterChange(ParameterChange.Op.SET, parameter, value);
  }

  /**
   * Returns the change that multiplies a parameter by a factor, printed
   * {@code minutes[2/assessment/OT] x 1.1}.
   *
   * @param parameter the parameter, not null
   * @param factor the factor, not null; the product must be in the parameter's range on the plan
   * @return the change
   */
  public static PlanChange scale(PlanParameter parameter, BigDecimal factor) {
    return new ParameterChange(
        ParameterChange.Op.SCALE,
        Checks.notNull(parameter, "parameter"),
        Checks.notNull(factor, "factor"));
  }

  /**
   * Returns the change that adds an amount to a parameter, printed {@code concurrent[2] + 5} (or
   * {@code - 5} for a negative amount).
   *
   * @param parameter the parameter, not null
   * @param delta the amount to add, in the parameter's unit, any sign, not null; the sum must be
   *     in the parameter's range on the plan
   * @return the change
   */
  public static PlanChange add(PlanParameter parameter, BigDecimal delta) {
    return new ParameterChange(
        ParameterChange.Op.ADD,
        Checks.notNull(parameter, "parameter"),
        Checks.notNull(delta, "delta"));
  }

  /**
   * Returns a named change of any kind, such as adding a clinician to the team:
   * {@code PlanChange.of("Add pt-1", p -> p.withTeam(...))}.
   *
   * @param name the name, printed as the change, not blank
   * @param edit the function from a plan to the changed plan, never returning null, not null
   * @return the change
   * @throws IllegalArgumentException when the name is blank
   */
  public static PlanChange of(String name, UnaryOperator<CaseloadPlan> edit) {
    return new CustomChange(name(name), Checks.notNull(edit, "edit"));
  }

  private static String name(String name) {
    Checks.notNull(name, "name");
    Checks.check(!name.isBlank(), "name", "non-blank", "\"" + name + "\"");
    return name;
  }

  /**
   * Returns the change that applies this one, then another, printed {@code a; b}.
   *
   * @param next the change applied after this one, not null
   * @return the composite change
   */
  public PlanChange andThen(PlanChange next) {
    Checks.notNull(next, "next");
    List<PlanChange> parts = new ArrayList<>();
    parts(this, parts);
    parts(next, parts);
    return new CompositeChange(ImmutableList.copyOf(parts));
  }

  private static void parts(PlanChange change, List<PlanChange> out) {
    if (change instanceof CompositeChange) {
      out.addAll(((CompositeChange) change).parts);
    } else {
      out.add(change);
    }
  }

  /**
   * Returns this change with a name, printed as the name; applying it does what this one does.
   *
   * @param name the name, not blank
   * @return the named change
   * @throws IllegalArgumentException when the name is blank
   */
  public PlanChange named(String name) {
    PlanChange inner = this instanceof NamedChange ? ((NamedChange) this).inner : this;
    return new NamedChange(name(name), inner);
  }

  /**
   * Returns a plan with this change applied; the same as {@link CaseloadPlan#with(PlanChange)}.
   *
   * @param plan the plan, not null
   * @return the changed plan
   * @throws IllegalArgumentException when the plan does not have a parameter the change names, a
   *     value is out of range, or the changed plan is impossible
   */
  public abstract CaseloadPlan applyTo(CaseloadPlan plan);

  /**
   * Returns the change that undoes this one on a base plan: applied to {@code applyTo(base)}, it
   * gives a plan equal to {@code base}.
   *
   * <p>For a change made only of parameter changes, the inverse sets each parameter it touches back
   * to its value on the base, the last touched first, printed like a set
   * ({@code fte[ot-2] = 0.6}); a figure (minutes, episode weeks, a frequency) gets back the base's
   * provenance too. For a change that includes one of {@link #of(String, UnaryOperator)}, whose
   * effect cannot be known, the inverse restores the base's inputs (its name, team, demand and
   * client-care hours per FTE): applied to any plan, it gives the base.
   *
   * @param base the plan this change is applied to, not null
   * @return the inverse change
   * @throws IllegalArgumentException when the base does not have a parameter the change names
   */
  public PlanChange inverseFor(CaseloadPlan base) {
    Checks.notNull(base, "base");
    List<PlanChange> leaves = new ArrayList<>();
    leaves(this, leaves);
    Set<PlanParameter> touched = new LinkedHashSet<>();
    for (PlanChange c : leaves) {
      if (!(c instanceof ParameterChange)) {
        return new RestoreBase(base);
      }
      touched.add(((ParameterChange) c).parameter);
    }
    List<PlanParameter> order = new ArrayList<>(touched);
    java.util.Collections.reverse(order);
    List<Restore.Value> values = new ArrayList<>();
    for (PlanParameter p : order) {
      ParameterSlots.Slot slot = ParameterSlots.of(base).slot(p);
      values.add(new Restore.Value(p, slot.value(), slot.provenance()));
    }
    return new Restore(ImmutableList.copyOf(values));
  }

  private static void leaves(PlanChange change, List<PlanChange> out) {
    if (change instanceof CompositeChange) {
      for (PlanChange c : ((CompositeChange) change).parts) {
        leaves(c, out);
      }
    } else if (change instanceof NamedChange) {
      leaves(((NamedChange) change).inner, out);
    } else {
      out.add(change);
    }
  }

  /**
   * Returns the change as text: {@code fte[ot-2] = 1}, {@code minutes[2/assessment/OT] x 1.1},
   * {@code concurrent[2] + 5}, {@code a; b} for a composite, or the name of a named change.
   *
   * @return the change as text
   */
  @Override
  public abstract String toString();

  /** Set, scale or add to one parameter. */
  static final class ParameterChange extends PlanChange {
    enum Op {
      SET,
      SCALE,
      ADD
    }

    final Op op;
    final PlanParameter parameter;
    final BigDecimal amount;

    ParameterChange(Op op, PlanParameter parameter, BigDecimal amount) {
      this.op = op;
      this.parameter = parameter;
      this.amount = amount;
    }

    @Override
    public CaseloadPlan applyTo(CaseloadPlan plan) {
      Checks.notNull(plan, "plan");
      BigDecimal value;
      switch (op) {
        case SET:
          value = amount;
          break;
        case SCALE:
          value = plan.get(parameter).multiply(amount);
          break;
        default:
          value = plan.get(parameter).add(amount);
          break;
      }
      return plan.with(parameter, value);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
      if (!(obj instanceof ParameterChange)) {
        return false;
      }
      ParameterChange c = (ParameterChange) obj;
      return op == c.op && parameter.equals(c.parameter) && amount.compareTo(c.amount) == 0;
    }

    @Override
    public int hashCode() {
      return Objects.hash(op, parameter, Checks.hash(amount));
    }

    @Override
    public String toString() {
      switch (op) {
        case SET:
          return parameter + " = " + Checks.plain(amount);
        case SCALE:
          return parameter + " x " + Checks.plain(amount);
        default:
          return amount.signum() < 0
              ? parameter + " - " + Checks.plain(amount.negate())
              : parameter + " + " + Checks.plain(amount);
      }
    }
  }

  /** Changes applied in order. */
  static final class CompositeChange extends PlanChange {
    final ImmutableList<PlanChange> parts;

    CompositeChange(ImmutableList<PlanChange> parts) {
      this.parts = parts;
    }

    @Override
    public CaseloadPlan applyTo(CaseloadPlan plan) {
      CaseloadPlan out = Checks.notNull(plan, "plan");
      for (PlanChange c : parts) {
        out = c.applyTo(out);
      }
      return out;
    }

    @Override
    public boolean equals(@Nullable Object obj) {
      return obj instanceof CompositeChange && parts.equals(((CompositeChange) obj).parts);
    }

    @Override
    public int hashCode() {
      return parts.hashCode();
    }

    @Override
    public String toString() {
      List<String> texts = new ArrayList<>();
      for (PlanChange c : parts) {
        texts.add(c.toString());
      }
      return String.join("; ", texts);
    }
  }

  /** A change with a name. */
  static final class NamedChange extends PlanChange {
    final String name;
    final PlanChange inner;

    NamedChange(String name, PlanChange inner) {
      this.name = name;
      this.inner = inner;
    }

    @Override
    public CaseloadPlan applyTo(CaseloadPlan plan) {
      return inner.applyTo(plan);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
      return obj instanceof NamedChange
          && name.equals(((NamedChange) obj).name)
          && inner.equals(((NamedChange) obj).inner);
    }

    @Override
    public int hashCode() {
      return Objects.hash(name, inner);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** A named function of the plan. */
  static final class CustomChange extends PlanChange {
    final String name;
    final UnaryOperator<CaseloadPlan> edit;

    CustomChange(String name, UnaryOperator<CaseloadPlan> edit) {
      this.name = name;
      this.edit = edit;
    }

    @Override
    public CaseloadPlan applyTo(CaseloadPlan plan) {
      return Checks.notNull(edit.apply(Checks.notNull(plan, "plan")), "result of " + name);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** Sets parameters back to the values, and figures to the provenance, of a base. */
  static final class Restore extends PlanChange {
    record Value(PlanParameter parameter, BigDecimal value, @Nullable Provenance provenance) {}

    final ImmutableList<Value> values;

    Restore(ImmutableList<Value> values) {
      this.values = values;
    }

    @Override
    public CaseloadPlan applyTo(CaseloadPlan plan) {
      CaseloadPlan out = Checks.notNull(plan, "plan");
      for (Value v : values) {
        out = ParameterSlots.of(out).slot(v.parameter()).set(v.value(), v.provenance());
      }
      return out;
    }

    @Override
    public String toString() {
      List<String> texts = new ArrayList<>();
      for (Value v : values) {
        texts.add(v.parameter() + " = " + Checks.plain(v.value()));
      }
      return String.join("; ", texts);
    }
  }

  /** Gives back the base plan. */
  static final class RestoreBase extends PlanChange {
    final CaseloadPlan base;

    RestoreBase(CaseloadPlan base) {
      this.base = base;
    }

    @Override
    public CaseloadPlan applyTo(CaseloadPlan plan) {
      Checks.notNull(plan, "plan");
      return base;
    }

    @Override
    public String toString() {
      return "restore " + base.name();
    }
  }
}
