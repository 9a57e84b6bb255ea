package io.github.cmpt.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a figure was produced: its name, the formula in words, the inputs with their values, the
 * result, optionally the working (the formula with the inputs put in), and the explanations of
 * inputs that are themselves derived, such as
 * {@code AWT = (working days - public holidays - annual leave - sick leave - other leave) x hours
 * per day = (260 - 13 - 18 - 12 - 5) x 8h = 1696h}.
 *
 * <p>Every {@code explain()} of the library returns one explanation; a figure explained in several
 * parts (a role's match, a WISN worksheet) is an explanation whose {@link #details()} are the
 * parts, in order.
 *
 * <p>How an explanation prints: {@link #toString()} writes one line per figure, the details on the
 * following lines indented by two spaces. A line is {@code name = formula}, then the working with
 * the values put in ({@code = (260 - 13 - 18 - 12 - 5) x 8h}) or, without a working, the inputs
 * listed after {@code with} ({@code with demand hours of PT 3120h, ...}), then the result. A
 * number is written exactly when it has at most four decimals, otherwise rounded half-up to four;
 * the result follows {@code ≈} instead of {@code =} when a number on the line is rounded. Hours
 * are written with {@code h}, FTE with {@code FTE}, percentages with {@code %}, other values as
 * their {@code toString()}. {@link #toTable()} shows the same figures in rows, and its CSV keeps
 * every digit. The exact values are {@link #inputs()} and {@link #result()}.
 *
 * <p>For a plan whose clients need 3120 hours of physiotherapists a year, and whose two
 * physiotherapists at 1.0 FTE have 1336 client-care hours each:
 *
 * <pre>{@code
 * RoleMatch pt = PlanResult.of(plan).match(Role.PHYSIOTHERAPIST);
 * Explanation why = pt.explain().details().get(0);
 * String text = why.toString();
 * // FTE required (PT) = demand hours / client-care hours per 1.0 FTE with demand hours of PT
 * //     3120h, client-care hours per 1.0 FTE 1336h ≈ 2.3353 FTE
 * //   Client-care hours per 1.0 FTE (PT) = client-care hours / FTE with client-care hours of
 * //       PT (Step 1) 2672h, FTE of PT 2 FTE = 1336h
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Explanation {

  /** Decimals kept when a number is written in the text of an explanation. */
  private static final int SCALE = 4;

  private final String name;
  private final String formula;
  private final ImmutableMap<String, Object> inputs;
  private final Object result;
  private final ImmutableList<Explanation> details;
  private final @Nullable String working;

  private Explanation(
      String name,
      String formula,
      ImmutableMap<String, Object> inputs,
      Object result,
      ImmutableList<Explanation> details,
      @Nullable String working) {
    this.name = name;
    this.formula = formula;
    this.inputs = inputs;
    this.result = result;
    this.details = details;
    this.working = working;
  }

  /**
   * Returns an explanation without a working.
   *
   * @param name what the figure is, such as {@code FTE required (PT)}, not null
   * @param formula the formula in words, such as {@code demand hours / client-care hours per FTE}
   * @param inputs the inputs by name, in the order of the formula, none null
   * @param result the figure, not null
   * @param details explanations of derived inputs, or the parts of the figure, none null
   * @return the explanation
   * @throws NullPointerException when an argument, an input or a detail is null
   */
  public static Explanation of(
      String name,
      String formula,
      Map<String, ?> inputs,
      Object result,
      List<Explanation> details) {
    Map<String, Object> copy = new LinkedHashMap<>();
    Checks.notNull(inputs, "inputs")
        .forEach(
            (k, v) ->
                copy.put(Checks.notNull(k, "inputs key"), Checks.notNull(v, "inputs[" + k + "]")));
    return new Explanation(
        Checks.notNull(name, "name"),
        Checks.notNull(formula, "formula"),
        ImmutableMap.copyOf(copy),
        Checks.notNull(result, "result"),
        ImmutableList.copyOf(Checks.notNull(details, "details")),
        null);
  }

  /**
   * Returns an explanation without derived inputs and without a working.
   *
   * @param name what the figure is, not null
   * @param formula the formula in words, not null
   * @param inputs the inputs by name, none null
   * @param result the figure, not null
   * @return the explanation
   * @throws NullPointerException when an argument or an input is null
   */
  public static Explanation of(
      String name, String formula, Map<String, ?> inputs, Object result) {
    return of(name, formula, inputs, result, List.of());
  }

  /**
   * Returns a copy of this explanation with a working: the formula with each input written as its
   * name in braces, such as {@code ({working days} - {public holidays}) x {hours per day}}.
   * {@link #toString()} puts the values in: {@code (260 - 13) x 8h}. A left brace always starts the
   * name of an input; other text is kept as it is.
   *
   * @param working the working, not null
   * @return the copy
   * @throws IllegalArgumentException when a left brace does not start the name of an input
   *     followed by a right brace
   * @throws NullPointerException when the working is null
   */
  public Explanation withWorking(String working) {
    fill(Checks.notNull(working, "working"), inputs, new Figures());
    return new Explanation(name, formula, inputs, result, details, working);
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
   * @return the inputs, exact
   */
  public ImmutableMap<String, Object> inputs() {
    return inputs;
  }

  /**
   * Returns the figure.
   *
   * @return the result, exact
   */
  public Object result() {
    return result;
  }

  /**
   * Returns the explanations of inputs that are themselves derived, or the parts of the figure.
   *
   * @return the details, in order
   */
  public ImmutableList<Explanation> details() {
    return details;
  }

  /**
   * Returns the working as given to {@link #withWorking(String)}: the formula with each input
   * written as its name in braces.
   *
   * @return the working, or empty when the explanation lists its inputs instead
   */
  public Optional<String> working() {
    return Optional.ofNullable(working);
  }

  /**
   * Returns the explanation as a table: one row for the result, one for each input, then the rows of
   * each detail. The formula column holds the formula and, when there is one, {@code =} and the
   * working with the values put in, written as in {@link #toString()}; the values are rounded for
   * reading as {@link Table} does, and its CSV keeps every digit.
   *
   * @return the table, titled with the name
   */
  public Table toTable() {
    Table.Builder t = Table.builder(name, "Figure", "Value", "Formula");
    addRows(t, "");
    return t.build();
  }

  private void addRows(Table.Builder t, String indent) {
    String how = working == null ? formula : formula + " = " + fill(working, inputs, new Figures());
    t.row(indent + name, result, how);
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
        || !Objects.equals(working, e.working)
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

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    int h = Objects.hash(name, formula, working, hash(result), details);
    for (Map.Entry<String, Object> i : inputs.entrySet()) {
      h += i.getKey().hashCode() ^ hash(i.getValue());
    }
    return h;
  }

  /**
   * Returns the explanation on one line per figure, the details on the following lines indented by
   * two spaces, such as {@code CAF = 1 / (1 - total category allowance as a fraction) = 1 / (1 -
   * 0.125) ≈ 1.1429} or {@code FTE required (PT) = demand hours / client-care hours per 1.0 FTE
   * with demand hours of PT 3120h, client-care hours per 1.0 FTE 1336h ≈ 2.3353 FTE}. A line is
   * {@code name = formula}, then {@code =} and the working with the values put in, or without a
   * working {@code with} and each input's name and value, then {@code =} and the result, or
   * {@code ≈} when a number on the line is rounded. Numbers are written exactly when they have at
   * most four decimals, otherwise rounded half-up to four.
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
    Figures f = new Figures();
    sb.append(indent).append(name).append(" = ").append(formula);
    if (working != null) {
      sb.append(" = ").append(fill(working, inputs, f));
    } else if (!inputs.isEmpty()) {
      sb.append(" with ");
      boolean first = true;
      for (Map.Entry<String, Object> e : inputs.entrySet()) {
        sb.append(first ? "" : ", ").append(e.getKey()).append(" ").append(f.write(e.getValue()));
        first = false;
      }
    }
    String value = f.write(result);
    sb.append(f.rounded ? " ≈ " : " = ").append(value);
    for (Explanation d : details) {
      sb.append('\n');
      d.append(sb, indent + "  ");
    }
  }

  /** The working with the values of the inputs put in; checks that every reference names one. */
  private static String fill(String working, Map<String, Object> inputs, Figures figures) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < working.length()) {
      char c = working.charAt(i);
      if (c != '{') {
        sb.append(c);
        i++;
        continue;
      }
      String key = null;
      for (String k : inputs.keySet()) {
        if (working.startsWith(k + "}", i + 1) && (key == null || k.length() > key.length())) {
          key = k;
        }
      }
      if (key == null) {
        throw new IllegalArgumentException(
            Checks.invalid(
                "working",
                "{name} of an input of " + inputs.keySet(),
                working.substring(i, Math.min(working.length(), i + 40))));
      }
      sb.append(figures.write(inputs.get(key)));
      i += key.length() + 2;
    }
    return sb.toString();
  }

  /** The numbers written on one line of text, remembering whether one of them was rounded. */
  private static final class Figures {
    private boolean rounded;

    String write(@Nullable Object value) {
      if (value instanceof BigDecimal) {
        return number((BigDecimal) value);
      }
      if (value instanceof Hours) {
        return number(((Hours) value).toBigDecimal()) + "h";
      }
      if (value instanceof Fte) {
        return number(((Fte) value).toBigDecimal()) + " FTE";
      }
      if (value instanceof Percentage) {
        return number(((Percentage) value).toPercent()) + "%";
      }
      return String.valueOf(value);
    }

    private String number(BigDecimal value) {
      if (Checks.normal(value).scale() <= SCALE) {
        return Checks.plain(value);
      }
      rounded = true;
      return Checks.plain(value.setScale(SCALE, RoundingMode.HALF_UP));
    }
  }
}
