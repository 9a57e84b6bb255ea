package io.github.cmpt.uncertainty;

import com.google.common.collect.ImmutableList;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.report.Table;
import io.github.cmpt.vocabulary.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * A one-at-a-time sensitivity analysis of an {@link UncertainPlan}: each input set to the low
 * and the high end of its range, the others at their base values, giving each role's FTE
 * required and gap and the plan's capacity; ranked by swing, a tornado table.
 *
 * <p>Definitions, for input {@code j} with range ends {@code low_j} and {@code high_j}
 * ({@link Distribution#low()}, {@link Distribution#high()}; a factor's multiply the base values
 * of its parameters) and a figure {@code F}:
 * <pre>
 * swing_j       = |F(high_j) - F(low_j)|
 * share_j       = swing_j / sum over inputs of swing_i    (the share of the swing it explains)
 * elasticity_j  = (dF / F) / (dx_j / x_j) at the base,    x_j the draw (the value, or the factor 1)
 *               ≈ (F(x (1 + h)) - F(x (1 - h))) / (2 h F(x)),  h = 1e-6 (central difference)
 * </pre>
 * The ranking and shares use the FTE required of all roles, unless a role is chosen
 * ({@link #ranked(Role)}). Ties keep the order of the inputs. An input whose range is a single
 * point has zero swing.
 *
 * <pre>{@code
 * Sensitivity s = Sensitivity.of(uncertain);
 * s.ranked().get(0).input().name();    // the input that moves FTE most
 * s.toTable();                          // the tornado table
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Sensitivity {

  private static final double STEP = 1e-6;

  private final UncertainPlan plan;
  private final ImmutableList<Role> roles;
  private final ImmutableList<Swing> swings;
  private final double[] baseFte;
  private final double[] baseGap;
  private final double baseCapacity;

  private Sensitivity(UncertainPlan plan) {
    this.plan = plan;
    Sampler sampler = new Sampler(plan);
    PlanKernel kernel = sampler.kernel;
    this.roles = kernel.roles();
    int r = roles.size();
    PlanKernel.Evaluation out = kernel.newEvaluation();
    baseFte = new double[r];
    baseGap = new double[r];
    for (int k = 0; k < r; k++) {
      baseFte[k] = out.fteRequired(k);
      baseGap[k] = out.gapFte(k);
    }
    baseCapacity = out.capacityEpisodes();
    double[] base = sampler.baseDraws();
    double[] values = new double[kernel.parameters().size()];
    List<Swing> list = new ArrayList<>();
    for (int j = 0; j < sampler.inputs(); j++) {
      UncertainInput input = plan.inputs().get(j);
      double[] draws = base.clone();
      Distribution d = input.distribution();
      double lo = d.low().doubleValue();
      double hi = d.high().doubleValue();
      double[][] low = figures(sampler, kernel, out, draws, j, lo, values, input, "low");
      double[][] high = figures(sampler, kernel, out, draws, j, hi, values, input, "high");
      double[] elasticity = new double[r];
      double x = base[j];
      if (x != 0) {
        double[][] up = figures(sampler, kernel, out, draws, j, x * (1 + STEP), null, input, "");
        double[][] down =
            figures(sampler, kernel, out, draws, j, x * (1 - STEP), null, input, "");
        for (int k = 0; k < r; k++) {
          elasticity[k] =
              baseFte[k] == 0 ? Double.NaN : (up[0][k] - down[0][k]) / (2 * STEP * baseFte[k]);
        }
      } else {
        java.util.Arrays.fill(elasticity, Double.NaN);
      }
      list.add(new Swing(this, j, input, lo, hi, low, high, elasticity));
    }
    this.swings = ImmutableList.copyOf(list);
  }

  /**
   * The figures with input {@code j} drawn {@code draw}: FTE required and gap per role, then the
   * capacity. {@code values} null means "no rounding, no error" (for the elasticities, whose
   * steps are small).
   */
  private static double[][] figures(
      Sampler sampler,
      PlanKernel kernel,
      PlanKernel.Evaluation out,
      double[] draws,
      int j,
      double draw,
      double @Nullable [] values,
      UncertainInput input,
      String end) {
    double keep = draws[j];
    draws[j] = draw;
    double[] v = values != null ? values : new double[kernel.parameters().size()];
    sampler.values(draws, v, values != null);
    draws[j] = keep;
    if (!kernel.evaluate(v, out)) {
      if (values == null) {
        double[][] nan = new double[3][kernel.roles().size()];
        for (double[] a : nan) {
          java.util.Arrays.fill(a, Double.NaN);
        }
        return nan;
      }
      throw sampler.impossible("the " + end + " value of " + input.name(), v);
    }
    int r = kernel.roles().size();
    double[][] f = new double[3][];
    f[0] = new double[r];
    f[1] = new double[r];
    for (int k = 0; k < r; k++) {
      f[0][k] = out.fteRequired(k);
      f[1][k] = out.gapFte(k);
    }
    f[2] = new double[] {out.capacityEpisodes()};
    return f;
  }

  /**
   * Analyses an uncertain plan.
   *
   * @param plan the plan and its inputs, not null
   * @return the analysis
   * @throws IllegalArgumentException when an input at the low or high end of its range makes the
   *     plan impossible (the message names the input and the clash)
   */
  public static Sensitivity of(UncertainPlan plan) {
    return new Sensitivity(Checks.notNull(plan, "plan"));
  }

  /**
   * Returns the uncertain plan analysed.
   *
   * @return the plan
   */
  public UncertainPlan plan() {
    return plan;
  }

  /**
   * Returns the roles of the figures, as {@link PlanKernel#roles()}.
   *
   * @return an unmodifiable list
   */
  public ImmutableList<Role> roles() {
    return roles;
  }

  int index(Role role) {
    int k = roles.indexOf(Checks.notNull(role, "role"));
    Checks.check(k >= 0, "role", "a role of the plan " + roles, role);
    return k;
  }

  /**
   * Returns the swing of each input, in the order of the inputs.
   *
   * @return an unmodifiable list
   */
  public ImmutableList<Swing> swings() {
    return swings;
  }

  /**
   * Returns the swings ranked by the swing of the FTE required of all roles, largest first.
   *
   * @return an unmodifiable list
   */
  public ImmutableList<Swing> ranked() {
    return ImmutableList.sortedCopyOf(
        Comparator.comparingDouble((Swing s) -> s.swing()).reversed(), swings);
  }

  /**
   * Returns the swings ranked by the swing of one role's FTE required, largest first.
   *
   * @param role a role of the plan, not null
   * @return an unmodifiable list
   * @throws IllegalArgumentException when the role is not of the plan
   */
  public ImmutableList<Swing> ranked(Role role) {
    index(role);
    return ImmutableList.sortedCopyOf(
        Comparator.comparingDouble((Swing s) -> s.swing(role)).reversed(), swings);
  }

  /**
   * Returns a role's FTE required in the base plan.
   *
   * @param role a role of the plan, not null
   * @return FTE required
   * @throws IllegalArgumentException when the role is not of the plan
   */
  public double baseFteRequired(Role role) {
    return baseFte[index(role)];
  }

  /**
   * Returns the FTE required of all roles in the base plan.
   *
   * @return FTE required
   */
  public double baseTotalFteRequired() {
    double sum = 0;
    for (double f : baseFte) {
      sum += f;
    }
    return sum;
  }

  /**
   * Returns a role's gap in FTE in the base plan.
   *
   * @param role a role of the plan, not null
   * @return the gap
   * @throws IllegalArgumentException when the role is not of the plan
   */
  public double baseGapFte(Role role) {
    return baseGap[index(role)];
  }

  /**
   * Returns the plan's capacity in episodes per year in the base plan.
   *
   * @return the capacity
   */
  public double baseCapacityEpisodes() {
    return baseCapacity;
  }

  double totalSwing() {
    double sum = 0;
    for (Swing s : swings) {
      sum += s.swing();
    }
    return sum;
  }

  double totalSwing(Role role) {
    double sum = 0;
    for (Swing s : swings) {
      sum += s.swing(role);
    }
    return sum;
  }

  /**
   * Returns the tornado table of the FTE required of all roles: for each input, largest swing
   * first, its low and high value, the FTE required at each, the swing, its share and the
   * elasticity at the base; FTE to two decimals.
   *
   * @return the table
   */
  public Table toTable() {
    return table(null);
  }

  /**
   * Returns the tornado table of one role's FTE required, as {@link #toTable()}, with the role's
   * gap at the low and high value.
   *
   * @param role a role of the plan, not null
   * @return the table
   * @throws IllegalArgumentException when the role is not of the plan
   */
  public Table toTable(Role role) {
    index(role);
    return table(role);
  }

  private Table table(@Nullable Role role) {
    String what = role == null ? "all roles" : role.toString();
    List<String> columns =
        new ArrayList<>(List.of("Input", "Low", "High", "FTE at low", "FTE at high"));
    if (role != null) {
      columns.add("Gap at low");
      columns.add("Gap at high");
    }
    columns.addAll(List.of("Swing", "Share", "Elasticity"));
    Table.Builder t = Table.builder("Sensitivity of FTE required (" + what + ")", columns);
    for (Swing s : role == null ? ranked() : ranked(role)) {
      List<Object> row = new ArrayList<>();
      row.add(s.input().name());
      row.add(SampleSummary.g(s.low()));
      row.add(SampleSummary.g(s.high()));
      row.add(MonteCarlo.decimal(role == null ? s.totalFteAtLow() : s.fteAtLow(role), 2));
      row.add(MonteCarlo.decimal(role == null ? s.totalFteAtHigh() : s.fteAtHigh(role), 2));
      if (role != null) {
        row.add(MonteCarlo.decimal(s.gapAtLow(role), 2));
        row.add(MonteCarlo.decimal(s.gapAtHigh(role), 2));
      }
      row.add(MonteCarlo.decimal(role == null ? s.swing() : s.swing(role), 2));
      double share = role == null ? s.share() : s.share(role);
      row.add(Double.isNaN(share) ? "" : MonteCarlo.decimal(100 * share, 1) + "%");
      OptionalDouble e = role == null ? s.totalElasticity() : s.elasticity(role);
      row.add(e.isPresent() ? MonteCarlo.decimal(e.getAsDouble(), 3) : "");
      t.row(row);
    }
    t.note("Base FTE required: "
        + MonteCarlo.decimal(role == null ? baseTotalFteRequired() : baseFteRequired(role), 2)
        + ". One input at a time at the low and high end of its range, the others at base.");
    t.note("Share: the input's swing over the sum of the swings. Elasticity: % change of FTE"
        + " required per % change of the input, at the base.");
    return t.build();
  }

  /**
   * Returns the inputs ranked, as text, such as
   * {@code Sensitivity[Community OT: growth swing 0.81 (54%), ...]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    for (Swing s : ranked()) {
      parts.add(s.toString());
    }
    return "Sensitivity[" + plan.plan().name() + ": " + String.join(", ", parts) + "]";
  }

  /**
   * The swing of one input: the figures with it at the low and at the high end of its range.
   *
   * @implSpec This class is immutable and thread-safe.
   */
  public static final class Swing {
    private final Sensitivity of;
    private final int index;
    private final UncertainInput input;
    private final double low;
    private final double high;
    private final double[][] atLow;
    private final double[][] atHigh;
    private final double[] elasticity;

    Swing(
        Sensitivity of,
        int index,
        UncertainInput input,
        double low,
        double high,
        double[][] atLow,
        double[][] atHigh,
        double[] elasticity) {
      this.of = of;
      this.index = index;
      this.input = input;
      this.low = low;
      this.high = high;
      this.atLow = atLow;
      this.atHigh = atHigh;
      this.elasticity = elasticity;
    }

    /**
     * Returns the input.
     *
     * @return the input
     */
    public UncertainInput input() {
      return input;
    }

    /**
     * Returns the low end of the input's range (a factor for a factor input).
     *
     * @return the low value
     */
    public double low() {
      return low;
    }

    /**
     * Returns the high end of the input's range.
     *
     * @return the high value
     */
    public double high() {
      return high;
    }

    /**
     * Returns a role's FTE required with the input at its low value.
     *
     * @param role a role of the plan, not null
     * @return FTE required
     * @throws IllegalArgumentException when the role is not of the plan
     */
    public double fteAtLow(Role role) {
      return atLow[0][of.index(role)];
    }

    /**
     * Returns a role's FTE required with the input at its high value.
     *
     * @param role a role of the plan, not null
     * @return FTE required
     * @throws IllegalArgumentException when the role is not of the plan
     */
    public double fteAtHigh(Role role) {
      return atHigh[0][of.index(role)];
    }

    /**
     * Returns a role's gap in FTE with the input at its low value.
     *
     * @param role a role of the plan, not null
     * @return the gap
     * @throws IllegalArgumentException when the role is not of the plan
     */
    public double gapAtLow(Role role) {
      return atLow[1][of.index(role)];
    }

    /**
     * Returns a role's gap in FTE with the input at its high value.
     *
     * @param role a role of the plan, not null
     * @return the gap
     * @throws IllegalArgumentException when the role is not of the plan
     */
    public double gapAtHigh(Role role) {
      return atHigh[1][of.index(role)];
    }

    /**
     * Returns the plan's capacity in episodes per year with the input at its low value.
     *
     * @return the capacity
     */
    public double capacityAtLow() {
      return atLow[2][0];
    }

    /**
     * Returns the plan's capacity in episodes per year with the input at its high value.
     *
     * @return the capacity
     */
    public double capacityAtHigh() {
      return atHigh[2][0];
    }

    /**
     * Returns the FTE required of all roles with the input at its low value.
     *
     * @return FTE required
     */
    public double totalFteAtLow() {
      return sum(atLow[0]);
    }

    /**
     * Returns the FTE required of all roles with the input at its high value.
     *
     * @return FTE required
     */
    public double totalFteAtHigh() {
      return sum(atHigh[0]);
    }

    private static double sum(double[] values) {
      double s = 0;
      for (double v : values) {
        s += v;
      }
      return s;
    }

    /**
     * Returns the swing of the FTE required of all roles, {@code |at high - at low|}.
     *
     * @return the swing
     */
    public double swing() {
      return Math.abs(totalFteAtHigh() - totalFteAtLow());
    }

    /**
     * Returns the swing of a role's FTE required.
     *
     * @param role a role of the plan, not null
     * @return the swing
     * @throws IllegalArgumentException when the role is not of the plan
     */
    public double swing(Role role) {
      return Math.abs(fteAtHigh(role) - fteAtLow(role));
    }

    /**
     * Returns the share of the swing of all roles' FTE required this input explains: its swing
     * over the sum of the swings.
     *
     * @return the share from 0 to 1, {@code NaN} when no input swings
     */
    public double share() {
      double total = of.totalSwing();
      return total == 0 ? Double.NaN : swing() / total;
    }

    /**
     * Returns the share of the swing of a role's FTE required this input explains.
     *
     * @param role a role of the plan, not null
     * @return the share from 0 to 1, {@code NaN} when no input swings
     * @throws IllegalArgumentException when the role is not of the plan
     */
    public double share(Role role) {
      double total = of.totalSwing(role);
      return total == 0 ? Double.NaN : swing(role) / total;
    }

    /**
     * Returns the elasticity of a role's FTE required to this input at the base (see
     * {@link Sensitivity}).
     *
     * @param role a role of the plan, not null
     * @return the elasticity, empty when the input's base draw or the FTE required is zero
     * @throws IllegalArgumentException when the role is not of the plan
     */
    public OptionalDouble elasticity(Role role) {
      double e = elasticity[of.index(role)];
      return Double.isNaN(e) ? OptionalDouble.empty() : OptionalDouble.of(e);
    }

    /**
     * Returns the elasticity of the FTE required of all roles to this input at the base: the
     * roles' elasticities weighted by their FTE required.
     *
     * @return the elasticity, empty when the input's base draw or the FTE required is zero
     */
    public OptionalDouble totalElasticity() {
      double total = 0;
      double weighted = 0;
      for (int k = 0; k < elasticity.length; k++) {
        if (of.baseFte[k] > 0) {
          if (Double.isNaN(elasticity[k])) {
            return OptionalDouble.empty();
          }
          total += of.baseFte[k];
          weighted += of.baseFte[k] * elasticity[k];
        }
      }
      return total == 0 ? OptionalDouble.empty() : OptionalDouble.of(weighted / total);
    }

    int index() {
      return index;
    }

    /**
     * Returns the input's name and swing, such as {@code growth swing 0.81 (54%)}.
     *
     * @return the text
     */
    @Override
    public String toString() {
      double share = share();
      return input.name() + " swing " + SampleSummary.g(swing())
          + (Double.isNaN(share) ? "" : " (" + MonteCarlo.decimal(100 * share, 0) + "%)");
    }
  }
}
