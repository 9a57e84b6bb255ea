package io.github.cmpt.report;

import io.github.cmpt.internal.Checks;
import io.github.cmpt.report.Table;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a figure of a plan was produced: its name, the formula, the inputs with their values, the
 * result, and the explanations of inputs that are themselves derived.
 *
 * <p>For a plan whose clients need 3120 hours of physiotherapists a year, and whose two
 * physiotherapists at 1.0 FTE have 1336 client-care hours each:
 *
 * <pre>{@code
 * Explanation why = PlanResult.of(plan).match(Role.PHYSIOTHERAPIST).explain().get(0);
 * String text = why.toString();
 * // FTE required (PT) = demand hours / client-care hours per 1.0 FTE with demand hours of PT
 * //     3120h, client-care hours per 1.0 FTE 1336h = ~2.34 FTE
 * //   Client-care hours per 1.0 FTE (PT) = client-care hours / FTE with client-care hours of
 * //       PT (Step 1) 2672h, FTE of PT 2 FTE = 1336h
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Explanation {

  private final String name;
  private final String formula;
  private final Map<String, Object> inputs;
  private final Object result;
  private final List<Explanation> details;

  private Explanation(
      String name,
      String formula,
      Map<String, Object> inputs,
      Object result,
      List<Explanation> details) {
    this.name = name;
    this.formula = formula;
    this.inputs = inputs;
    this.result = result;
    this.details = details;
  }

  /**
   * Returns an explanation.
   *
   * @param name what the figure is, such as {@code FTE required (PT)}, not null
   * @param formula the formula in words, such as {@code demand hours / client-care hours per FTE}
   * @param inputs the inputs by name, in the order of the formula, none null
   * @param result the figure, not null
   * @param details explanations of derived inputs, none null
   * @return the explanation
   */
  public static Explanation of(
      String name,
      String formula,
      Map<String, ?> inputs,
      Object result,
      List<Explanation> details) {
    Map<String, Object> copy = new LinkedHashMap<>();
    inputs.forEach(
        (k, v) -> copy.put(Checks.notNull(k, "inputs key"), Checks.notNull(v, "inputs[" + k + "]")));
    return new Explanation(
        Checks.notNull(name, "name"),
        Checks.notNull(formula, "formula"),
        Collections.unmodifiableMap(copy),
        Checks.notNull(result, "result"),
        List.copyOf(details));
  }

  /**
   * Returns an explanation without derived inputs.
   *
   * @param name what the figure is, not null
   * @param formula the formula in words, not null
   * @param inputs the inputs by name, none null
   * @param result the figure, not null
   * @return the explanation
   */
  public static Explanation of(
      String name, String formula, Map<String, ?> inputs, Object result) {
    return of(name, formula, inputs, result, List.of());
  }

  /**
   * Returns what the figure is.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the formula in words.
   *
   * @return the formula
   */
  public String formula() {
    return formula;
  }

  /**
   * Returns the inputs by name, in the order of the formula.
   *
   * @return an unmodifiable map
   */
  public Map<String, Object> inputs() {
    return inputs;
  }

  /**
   * Returns the figure.
   *
   * @return the result
   */
  public Object result() {
    return result;
  }

  /**
   * Returns the explanations of inputs that are themselves derived.
   *
   * @return an unmodifiable list
   */
  public List<Explanation> details() {
    return details;
  }

  /**
   * Returns the explanation as a table: one row for the result, one for each input, then the rows of
   * each detail.
   *
   * @return the table
   */
  public Table toTable() {
    Table.Builder t = Table.builder(name, "Figure", "Value", "Formula");
    addRows(t, "");
    return t.build();
  }

  private void addRows(Table.Builder t, String indent) {
    t.row(indent + name, result, formula);
    for (Map.Entry<String, Object> e : inputs.entrySet()) {
      t.row(indent + "  " + e.getKey(), e.getValue(), "");
    }
    for (Explanation d : details) {
      d.addRows(t, indent + "  ");
    }
  }

  /**
   * Returns whether another object is the same explanation; decimals compare without regard to
   * scale.
   *
   * @param obj the other object
   * @return true for equal explanations
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof Explanation)) {
      return false;
    }
    Explanation e = (Explanation) obj;
    if (!name.equals(e.name)
        || !formula.equals(e.formula)
        || !inputs.keySet().equals(e.inputs.keySet())
        || !same(result, e.result)
        || !details.equals(e.details)) {
      return false;
    }
    for (Map.Entry<String, Object> i : inputs.entrySet()) {
      if (!same(i.getValue(), e.inputs.get(i.getKey()))) {
        return false;
      }
    }
    return true;
  }

  /** Whether two values are equal, decimals without regard to scale. */
  private static boolean same(Object a, @Nullable Object b) {
    if (a instanceof BigDecimal && b instanceof BigDecimal) {
      return ((BigDecimal) a).compareTo((BigDecimal) b) == 0;
    }
    return a.equals(b);
  }

  /** A hash code consistent with {@link #same(Object, Object)}. */
  private static int hash(Object value) {
    return value instanceof BigDecimal ? Checks.hash((BigDecimal) value) : value.hashCode();
  }

  /** A value as text, decimals in plain notation without trailing zeros. */
  private static String text(Object value) {
    return value instanceof BigDecimal ? Checks.plain((BigDecimal) value) : value.toString();
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    int h = Objects.hash(name, formula, hash(result), details);
    for (Map.Entry<String, Object> i : inputs.entrySet()) {
      h += i.getKey().hashCode() ^ hash(i.getValue());
    }
    return h;
  }

  /**
   * Returns the explanation on one line per figure: the name, the formula, each input and its
   * value, and the result, such as {@code FTE required (PT) = demand hours / client-care hours
   * per 1.0 FTE with demand hours of PT 3120h, client-care hours per 1.0 FTE 1336h = 2.335...
   * FTE}, with derived inputs explained on the following lines, indented by two spaces.
   *
   * @return the explanation as text
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    append(sb, "");
    return sb.toString();
  }

  private void append(StringBuilder sb, String indent) {
    sb.append(indent).append(name).append(" = ").append(formula);
    if (!inputs.isEmpty()) {
      sb.append(" with ");
      boolean first = true;
      for (Map.Entry<String, Object> e : inputs.entrySet()) {
        sb.append(first ? "" : ", ").append(e.getKey()).append(" ").append(text(e.getValue()));
        first = false;
      }
    }
    sb.append(" = ").append(text(result));
    for (Explanation d : details) {
      sb.append('\n');
      d.append(sb, indent + "  ");
    }
  }
}
