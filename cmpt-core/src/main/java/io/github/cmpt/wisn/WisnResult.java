package io.github.cmpt.wisn;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.report.Explanation;
import io.github.cmpt.report.Table;
import io.github.cmpt.time.Fraction;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The result of a WISN calculation with every intermediate figure, such as
 * {@code WisnResult[Physiotherapist: required 1.64 FTE, current 2 FTE, ratio 1.22]}.
 *
 * <p>The figures, in the order of the WISN worksheet (WHO, 2010):
 * <ol>
 *   <li>{@link #availableWorkingTime()}: {@code AWT = (working days - public holidays - annual leave
 *       - sick leave - other leave) x hours per day};</li>
 *   <li>for each health-service activity, {@link ActivityLine#standardWorkload()}
 *       {@code = AWT / activity standard} and {@link ActivityLine#staff()}
 *       {@code = annual workload / standard workload};</li>
 *   <li>{@link #healthServiceStaff()}: {@code A = sum of annual workload / standard workload};</li>
 *   <li>for each category allowance its share of working time ({@link AllowanceLine}), their
 *       {@link #categoryAllowance() total}, and
 *       {@link #categoryAllowanceFactor()}: {@code CAF = 1 / (1 - total as a fraction)};</li>
 *   <li>{@link #individualAllowanceHours()}, the sum of {@code hours per year x staff} of the
 *       individual allowances, and {@link #individualAllowanceFactor()}:
 *       {@code IAF = individual allowance hours / AWT};</li>
 *   <li>{@link #requiredStaff()}: {@code A x CAF + IAF};</li>
 *   <li>{@link #difference()}: {@code current - required} (negative is a shortage) and
 *       {@link #ratio()}: {@code current / required} (1 is balanced, below 1 a shortage).</li>
 * </ol>
 *
 * <p>Figures are exact; each division rounds to {@link Hours#MATH_CONTEXT}. {@link #toTable()} and
 * {@link #explain()} round for reading; the table's CSV keeps every digit.
 *
 * <pre>{@code
 * WisnResult result = input.result();
 * result.requiredStaff();               // A x CAF + IAF
 * result.ratio();                       // current / required, empty when nothing is required
 * Explanation worksheet = result.explain();   // the worksheet, a line per figure
 * String text = result.toTable().toText();
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class WisnResult {

  private final WisnInput input;
  private final Hours availableWorkingTime;
  private final List<ActivityLine> activityLines;
  private final Fte healthServiceStaff;
  private final List<AllowanceLine> allowanceLines;
  private final Percentage categoryAllowance;
  private final BigDecimal categoryAllowanceFactor;
  private final Hours individualAllowanceHours;
  private final Fte individualAllowanceFactor;
  private final Fte requiredStaff;
  private final @Nullable BigDecimal ratio;

  private WisnResult(WisnInput input) {
    this.input = input;
    WorkingTime time = input.workingTime();
    this.availableWorkingTime = time.availableWorkingTime();
    List<ActivityLine> activities = new ArrayList<>();
    BigDecimal a = BigDecimal.ZERO;
    for (HealthServiceActivity activity : input.healthServiceActivities()) {
      ActivityLine line = new ActivityLine(activity, availableWorkingTime);
      activities.add(line);
      a = a.add(line.staff.toBigDecimal());
    }
    this.activityLines = Collections.unmodifiableList(activities);
    this.healthServiceStaff = derivedFte(a);
    List<AllowanceLine> allowances = new ArrayList<>();
    Percentage total = Percentage.ZERO;
    for (CategoryAllowance allowance : input.categoryAllowances()) {
      AllowanceLine line = new AllowanceLine(allowance, time);
      allowances.add(line);
      total = total.plus(line.share);
    }
    this.allowanceLines = Collections.unmodifiableList(allowances);
    this.categoryAllowance = total;
    Fraction caf = Fraction.ONE.dividedBy(Fraction.ONE.minus(total.toFraction()));
    this.categoryAllowanceFactor = caf.toBigDecimal();
    Hours individual = Hours.ZERO;
    for (IndividualAllowance allowance : input.individualAllowances()) {
      individual = individual.plus(allowance.totalHoursPerYear());
    }
    this.individualAllowanceHours = individual;
    this.individualAllowanceFactor = Fte.of(individual.ratioTo(availableWorkingTime));
    this.requiredStaff =
        healthServiceStaff.multipliedBy(caf).plus(individualAllowanceFactor);
    this.ratio =
        requiredStaff.isZero()
            ? null
            : input.currentStaff().toFraction().dividedBy(requiredStaff.toFraction()).toBigDecimal();
  }

  static WisnResult of(WisnInput input) {
    return new WisnResult(input);
  }

  /**
   * Returns the inputs of this result.
   *
   * @return the inputs
   */
  public WisnInput input() {
    return input;
  }

  /**
   * Returns the available working time (AWT) of one staff member; see
   * {@link WorkingTime#availableWorkingTime()}.
   *
   * @return hours per year, positive
   */
  public Hours availableWorkingTime() {
    return availableWorkingTime;
  }

  /**
   * Returns the standard workload and staff of each health-service activity, in the order given.
   *
   * @return an unmodifiable list of lines
   */
  public List<ActivityLine> activityLines() {
    return activityLines;
  }

  /**
   * Returns WISN's A, the staff needed for the health-service activities:
   * {@code A = sum of annual workload / standard workload} (the exact sum of the activity lines).
   *
   * @return the staff, not negative
   */
  public Fte healthServiceStaff() {
    return healthServiceStaff;
  }

  /**
   * Returns the share of working time of each category allowance, in the order given.
   *
   * @return an unmodifiable list of lines
   */
  public List<AllowanceLine> allowanceLines() {
    return allowanceLines;
  }

  /**
   * Returns the share of working time the category allowances take together (the exact sum of
   * their shares).
   *
   * @return the total share, {@code 0% <= x < 100%}
   */
  public Percentage categoryAllowance() {
    return categoryAllowance;
  }

  /**
   * Returns the category allowance factor:
   * {@code CAF = 1 / (1 - total category allowance as a fraction of working time)}, rounded to
   * {@link Hours#MATH_CONTEXT}; 1 without category allowances.
   *
   * @return the factor, at least 1
   */
  public BigDecimal categoryAllowanceFactor() {
    return categoryAllowanceFactor;
  }

  /**
   * Returns the time the individual allowances take in a year: the exact sum of
   * {@code hours per year x staff}.
   *
   * @return hours per year, not negative
   */
  public Hours individualAllowanceHours() {
    return individualAllowanceHours;
  }

  /**
   * Returns the individual allowance factor, the staff needed for the individual allowances:
   * {@code IAF = individual allowance hours per year / AWT}, rounded to {@link Hours#MATH_CONTEXT}.
   *
   * @return the staff, not negative
   */
  public Fte individualAllowanceFactor() {
    return individualAllowanceFactor;
  }

  /**
   * Returns the staff the workload requires: {@code A x CAF + IAF}, exactly from those figures.
   *
   * @return the required staff, not negative
   */
  public Fte requiredStaff() {
    return requiredStaff;
  }

  /**
   * Returns the staff in post now, as given.
   *
   * @return the current staff
   */
  public Fte currentStaff() {
    return input.currentStaff();
  }

  /**
   * Returns the WISN difference: {@code current staff - required staff}, exactly. Negative is a
   * shortage, positive a surplus.
   *
   * @return the difference
   */
  public Fte difference() {
    return input.currentStaff().minus(requiredStaff);
  }

  /**
   * Returns the WISN ratio: {@code current staff / required staff}, rounded to
   * {@link Hours#MATH_CONTEXT}. 1 is balanced, below 1 a shortage (the workload pressure is
   * {@code 1 - ratio}), above 1 a surplus.
   *
   * @return the ratio, or empty when no staff is required (every workload and individual
   *     allowance is zero)
   */
  public Optional<BigDecimal> ratio() {
    return Optional.ofNullable(ratio);
  }

  /**
   * Returns the WISN worksheet as one explanation, named {@code WISN (}staff category{@code )},
   * whose result is the {@link #requiredStaff() required staff} and whose details are the lines of
   * the worksheet, in order: {@code AWT}; for each health-service activity its
   * {@link ActivityLine#explainStandardWorkload() standard workload} and
   * {@link ActivityLine#explain() staff}; {@code A}; each {@link AllowanceLine#explain() category
   * allowance}; {@code Total category allowance}; {@code CAF}; each
   * {@link IndividualAllowance#explain() individual allowance}; {@code IAF};
   * {@code Required staff}; {@code WISN difference}; {@code WISN ratio}. Each line has the formula
   * in words, its inputs, its working and its result, and prints as the formula with the numbers
   * put in, such as {@code CAF = 1 / (1 - total category allowance as a fraction) = 1 / (1 - 0.125)
   * ≈ 1.1429} (see {@link Explanation} for how numbers are written). When no staff is required the
   * ratio's result is the text {@code undefined, no staff is required}.
   *
   * @return the worksheet
   */
  public Explanation explain() {
    ImmutableList.Builder<Explanation> lines = ImmutableList.builder();
    lines.add(input.workingTime().explain());
    Map<String, Object> staff = new LinkedHashMap<>();
    for (ActivityLine line : activityLines) {
      lines.add(line.explainStandardWorkload());
      Explanation why = line.explain();
      lines.add(why);
      staff.put(unique(staff, why.name()), line.staff);
    }
    lines.add(sum("A", "sum of annual workload / standard workload", staff, healthServiceStaff));
    Map<String, Object> shares = new LinkedHashMap<>();
    for (AllowanceLine line : allowanceLines) {
      Explanation why = line.explain();
      lines.add(why);
      shares.put(unique(shares, why.name()), line.share);
    }
    lines.add(
        sum("Total category allowance", "sum of the category allowances", shares, categoryAllowance));
    lines.add(
        Explanation.of(
                "CAF",
                "1 / (1 - total category allowance as a fraction)",
                ImmutableMap.of(
                    "total category allowance as a fraction",
                    Checks.normal(categoryAllowance.toFraction().toBigDecimal())),
                categoryAllowanceFactor)
            .withWorking("1 / (1 - {total category allowance as a fraction})"));
    for (IndividualAllowance allowance : input.individualAllowances()) {
      lines.add(allowance.explain());
    }
    lines.add(
        Explanation.of(
                "IAF",
                "individual allowance hours / AWT",
                ImmutableMap.of(
                    "individual allowance hours", individualAllowanceHours,
                    "AWT", availableWorkingTime),
                individualAllowanceFactor)
            .withWorking("{individual allowance hours} / {AWT}"));
    lines.add(
        Explanation.of(
                "Required staff",
                "A x CAF + IAF",
                ImmutableMap.of(
                    "A", healthServiceStaff,
                    "CAF", categoryAllowanceFactor,
                    "IAF", individualAllowanceFactor),
                requiredStaff)
            .withWorking("{A} x {CAF} + {IAF}"));
    ImmutableMap<String, Object> staffing =
        ImmutableMap.of("current staff", currentStaff(), "required staff", requiredStaff);
    lines.add(
        Explanation.of(
                "WISN difference", "current staff - required staff", staffing, difference())
            .withWorking("{current staff} - {required staff}"));
    lines.add(
        Explanation.of(
                "WISN ratio",
                "current staff / required staff",
                staffing,
                ratio == null ? "undefined, no staff is required" : ratio)
            .withWorking("{current staff} / {required staff}"));
    return Explanation.of(
        "WISN (" + input.staffCategory() + ")",
        "required staff",
        ImmutableMap.of(),
        requiredStaff,
        lines.build());
  }

  /** An explanation of a sum of the given terms, with the working {@code {a} + {b} + ...}. */
  private static Explanation sum(
      String name, String formula, Map<String, Object> terms, Object total) {
    Explanation why = Explanation.of(name, formula, terms, total);
    if (terms.isEmpty()) {
      return why;
    }
    return why.withWorking(
        terms.keySet().stream().map(k -> "{" + k + "}").collect(Collectors.joining(" + ")));
  }

  /** The name, or the name and a number when the map already has the name (two equal names). */
  private static String unique(Map<String, ?> names, String name) {
    String n = name;
    for (int i = 2; names.containsKey(n); i++) {
      n = name + " #" + i;
    }
    return n;
  }

  /**
   * Returns the WISN worksheet as a table of two columns: each line with its formula, and its value.
   * Days, hours, FTE, shares and factors are rounded for reading as {@link Table} does (days and
   * factors to 0.01, so whole days read as they are given), and its CSV keeps every digit.
   *
   * @return the worksheet, titled {@code WISN: } and the staff category
   */
  public Table toTable() {
    WorkingTime time = input.workingTime();
    Table.Builder t = Table.builder("WISN: " + input.staffCategory(), "Line", "Value");
    t.row("Working days per year", time.workingDaysPerYear());
    t.row("Public holidays", time.publicHolidays());
    t.row("Annual leave", time.annualLeave());
    t.row("Sick leave", time.sickLeave());
    t.row("Other leave", time.otherLeave());
    t.row("Available days = working days - holidays and leave", time.availableDays());
    t.row("Hours per day", time.hoursPerDay());
    t.row("Available working time AWT = available days x hours per day", availableWorkingTime);
    List<String> staffLines = new ArrayList<>();
    List<String> allowanceLabels = new ArrayList<>();
    List<String> individualLabels = new ArrayList<>();
    for (ActivityLine line : activityLines) {
      HealthServiceActivity a = line.activity;
      String how = a.standard().isRate() ? "AWT x " : "AWT / ";
      t.row("Standard workload, " + a.name() + " = " + how + a.standard(), line.standardWorkload);
      String staffLabel =
          "Staff, " + a.name() + " = " + Checks.plain(a.annualWorkload())
              + "/year / standard workload";
      staffLines.add(staffLabel);
      t.row(staffLabel, line.staff);
    }
    t.row("A = sum of staff for health-service activities", healthServiceStaff);
    for (AllowanceLine line : allowanceLines) {
      String label =
          "Category allowance, " + line.allowance.name() + " = " + line.allowance.formula();
      allowanceLabels.add(label);
      t.row(label, line.share);
    }
    t.row("Total category allowance", categoryAllowance);
    t.row("CAF = 1 / (1 - total category allowance)", categoryAllowanceFactor);
    for (IndividualAllowance a : input.individualAllowances()) {
      String label =
          "Individual allowance, " + a.name() + " = " + a.hoursPerYear() + "/year x " + a.staff()
              + " staff";
      individualLabels.add(label);
      t.row(label, a.totalHoursPerYear());
    }
    t.row("Individual allowance hours", individualAllowanceHours);
    t.row("IAF = individual allowance hours / AWT", individualAllowanceFactor);
    t.row("Required staff = A x CAF + IAF", requiredStaff);
    t.row("Current staff", currentStaff());
    t.row("WISN difference = current - required", difference());
    t.row("WISN ratio = current / required", ratio == null ? "n/a" : ratio);
    List<String> labels = new ArrayList<>();
    t.build().rows().forEach(r -> labels.add(r.get(0).toString().strip()));
    if (new java.util.HashSet<>(labels).size() == labels.size()) {
      if (!staffLines.isEmpty()) {
        t.rowTotal("A = sum of staff for health-service activities", staffLines);
      }
      if (!allowanceLabels.isEmpty()) {
        t.rowTotal("Total category allowance", allowanceLabels);
      }
      if (!individualLabels.isEmpty()) {
        t.rowTotal("Individual allowance hours", individualLabels);
      }
      t.rowDifference(
          "WISN difference = current - required", "Current staff", "Required staff = A x CAF + IAF");
    }
    t.note("Sums and the difference add up as shown (largest remainder); required staff is worked"
        + " out from the exact figures, so A x CAF + IAF of the rounded figures may differ from it"
        + " in the last digit.");
    return t.build();
  }

  /**
   * Returns whether another object is the result of equal inputs.
   *
   * @param obj the other object
   * @return true for the result of equal inputs
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof WisnResult && input.equals(((WisnResult) obj).input);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return input.hashCode() * 31 + 7;
  }

  /**
   * Returns the staff category, the required and current staff and the ratio, rounded to two
   * decimals, such as {@code WisnResult[Physiotherapist: required 1.64 FTE, current 2 FTE, ratio
   * 1.22]}.
   *
   * @return the result as text
   */
  @Override
  public String toString() {
    return "WisnResult["
        + input.staffCategory()
        + ": required "
        + requiredStaff.rounded(2, RoundingMode.HALF_UP)
        + ", current "
        + currentStaff()
        + ", ratio "
        + (ratio == null ? "n/a" : Checks.plain(ratio.setScale(2, RoundingMode.HALF_UP)))
        + "]";
  }

  /**
   * The WISN figures of one health-service activity: its standard workload and the staff its annual
   * workload needs.
   *
   * @implSpec This class is immutable and thread-safe.
   */
  public static final class ActivityLine {
    private final HealthServiceActivity activity;
    private final Hours availableWorkingTime;
    private final BigDecimal standardWorkload;
    private final Fte staff;

    private ActivityLine(HealthServiceActivity activity, Hours availableWorkingTime) {
      this.activity = activity;
      this.availableWorkingTime = availableWorkingTime;
      this.standardWorkload = activity.standard().standardWorkload(availableWorkingTime);
      this.staff =
          derivedFte(activity.standard().staffFor(activity.annualWorkload(), availableWorkingTime));
    }

    /**
     * Returns the activity.
     *
     * @return the activity
     */
    public HealthServiceActivity activity() {
      return activity;
    }

    /**
     * Returns the standard workload: {@code AWT / activity standard}, the units one staff member can
     * do in a year; see {@link ActivityStandard#standardWorkload(Hours)}.
     *
     * @return units per year, positive
     */
    public BigDecimal standardWorkload() {
      return standardWorkload;
    }

    /**
     * Returns the staff the annual workload needs: {@code annual workload / standard workload}; see
     * {@link ActivityStandard#staffFor(BigDecimal, Hours)}.
     *
     * @return the staff, not negative
     */
    public Fte staff() {
      return staff;
    }

    /**
     * Returns how the standard workload is computed, such as
     * {@code Standard workload (Consultations) = AWT / time per unit = 1696h / 1h/unit = 1696}
     * or, for a standard given as a rate,
     * {@code Standard workload (Group session) = AWT x rate of working = 1696h x 2/h = 3392}.
     *
     * @return the explanation named {@code Standard workload (}activity{@code )}, in units per
     *     year
     */
    public Explanation explainStandardWorkload() {
      boolean rate = activity.standard().isRate();
      String standard = rate ? "rate of working" : "time per unit";
      return Explanation.of(
              "Standard workload (" + activity.name() + ")",
              rate ? "AWT x rate of working" : "AWT / time per unit",
              ImmutableMap.of("AWT", availableWorkingTime, standard, activity.standard()),
              standardWorkload)
          .withWorking(rate ? "{AWT} x {rate of working}" : "{AWT} / {time per unit}");
    }

    /**
     * Returns how the staff is computed, such as
     * {@code Staff (Consultations) = annual workload / standard workload = 1696 / 1696 = 1 FTE}.
     *
     * @return the explanation named {@code Staff (}activity{@code )}
     */
    public Explanation explain() {
      return Explanation.of(
              "Staff (" + activity.name() + ")",
              "annual workload / standard workload",
              ImmutableMap.of(
                  "annual workload", activity.annualWorkload(),
                  "standard workload", standardWorkload),
              staff)
          .withWorking("{annual workload} / {standard workload}");
    }

    /**
     * Returns whether another object is the line of an equal activity and working time.
     *
     * @param obj the other object
     * @return true for an equal line
     */
    @Override
    public boolean equals(@Nullable Object obj) {
      return obj instanceof ActivityLine
          && activity.equals(((ActivityLine) obj).activity)
          && availableWorkingTime.equals(((ActivityLine) obj).availableWorkingTime);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
      return activity.hashCode() * 31 + availableWorkingTime.hashCode();
    }

    /**
     * Returns the activity name, standard workload and staff, rounded to two decimals, such as
     * {@code Consultations: 1696 units/year per staff, 1 staff}.
     *
     * @return the line as text
     */
    @Override
    public String toString() {
      return activity.name()
          + ": "
          + Checks.plain(standardWorkload.setScale(2, RoundingMode.HALF_UP))
          + " units/year per staff, "
          + Checks.plain(staff.toBigDecimal().setScale(2, RoundingMode.HALF_UP))
          + " staff";
    }
  }

  /**
   * A category allowance with its share of working time.
   *
   * @implSpec This class is immutable and thread-safe.
   */
  public static final class AllowanceLine {
    private final CategoryAllowance allowance;
    private final WorkingTime time;
    private final Percentage share;

    private AllowanceLine(CategoryAllowance allowance, WorkingTime time) {
      this.allowance = allowance;
      this.time = time;
      this.share = allowance.shareOf(time);
    }

    /**
     * Returns the allowance.
     *
     * @return the allowance
     */
    public CategoryAllowance allowance() {
      return allowance;
    }

    /**
     * Returns the share of working time; see {@link CategoryAllowance#shareOf(WorkingTime)}.
     *
     * @return the share, {@code 0% <= x < 100%}
     */
    public Percentage share() {
      return share;
    }

    /**
     * Returns how the allowance becomes a share of working time; see
     * {@link CategoryAllowance#explain(WorkingTime)}.
     *
     * @return the explanation named {@code Category allowance (}name{@code )}
     */
    public Explanation explain() {
      return allowance.explain(time);
    }

    /**
     * Returns whether another object is the line of an equal allowance and working time.
     *
     * @param obj the other object
     * @return true for an equal line
     */
    @Override
    public boolean equals(@Nullable Object obj) {
      return obj instanceof AllowanceLine
          && allowance.equals(((AllowanceLine) obj).allowance)
          && time.equals(((AllowanceLine) obj).time);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
      return allowance.hashCode() * 31 + time.hashCode();
    }

    /**
     * Returns the allowance and its share, rounded to two decimals, such as
     * {@code Shift handover 1h/day = 12.5%}.
     *
     * @return the line as text
     */
    @Override
    public String toString() {
      return allowance
          + " = "
          + Checks.plain(share.toPercent().setScale(2, RoundingMode.HALF_UP))
          + "%";
    }
  }

  /**
   * Returns the FTE of a decimal this class worked out (rounded to {@link Hours#MATH_CONTEXT}),
   * keeping its scale; a derived value is not a caller's input, so the input bounds do not apply.
   */
  private static Fte derivedFte(BigDecimal value) {
    return Fte.of(Fraction.of(value)).rounded(value.scale(), RoundingMode.UNNECESSARY);
  }
}
