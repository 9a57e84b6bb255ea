package io.github.cmpt.plan;

import com.google.common.collect.BoundType;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.time.Period;
import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.vocabulary.LeaveType;
import io.github.cmpt.vocabulary.NonClientCategory;
import io.github.cmpt.vocabulary.Role;
import io.github.cmpt.vocabulary.Term;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One number of a caseload plan that a planner can read and replace, such as {@code fte[ot-2]}
 * (the FTE of clinician {@code ot-2}) or {@code minutes[2/assessment/OT]} (the minutes of the
 * occupational therapist's assessment at level 2), in the way {@code java.time}'s
 * {@code ChronoField} names one field of a date.
 *
 * <p>A parameter has a stable, readable {@linkplain #name() name}, a {@linkplain #unit() unit},
 * the {@linkplain #range() range} of values the input it stands for accepts, and reads or replaces
 * its value on any plan that has it: {@link CaseloadPlan#get(PlanParameter)} and
 * {@link CaseloadPlan#with(PlanParameter, BigDecimal)}. {@link CaseloadPlan#parameters()} lists
 * every parameter of a plan.
 *
 * <p>The parameters and their names (a clinician's lines have the clinician's identifier before a
 * slash; the team's lines have none):
 * <table>
 *   <caption>Parameters of a plan</caption>
 *   <tr><th>name</th><th>unit</th><th>valid values</th></tr>
 *   <tr><td>{@code fte[ot-2]}</td><td>FTE</td><td>{@code x > 0}; on a plan
 *       {@code x <= 168 / hoursPerWeek}</td></tr>
 *   <tr><td>{@code hoursPerWeek[ot-2]}</td><td>h/week</td><td>{@code 0 < x <= 168}; on a plan
 *       {@code x <= 168 / fte}</td></tr>
 *   <tr><td>{@code leaveDays[Vacation]}, {@code leaveDays[ot-2/Vacation]}</td><td>days/year</td>
 *       <td>{@code x >= 0}</td></tr>
 *   <tr><td>{@code leaveHours[Education leave]}</td><td>h/year</td><td>{@code x >= 0}</td></tr>
 *   <tr><td>{@code nonClientShare[Administration]}</td><td>%</td><td>{@code 0 <= x < 100}</td></tr>
 *   <tr><td>{@code nonClientHours[ot-1/Meetings]}</td><td>h/day, h/week, h/month or h/year, the
 *       line's period</td><td>{@code x >= 0}; at most 24 a day and 168 a week</td></tr>
 *   <tr><td>{@code minutes[2/assessment/OT]}</td><td>min</td><td>{@code x > 0}</td></tr>
 *   <tr><td>{@code timesPerEpisode[2/indirect/OT]}</td><td>times/episode</td><td>{@code x > 0}</td></tr>
 *   <tr><td>{@code timesPerWeek[2/individual-intervention/OT]}</td><td>times/week</td>
 *       <td>{@code x > 0}</td></tr>
 *   <tr><td>{@code frequencyWeeks[2/individual-intervention/OT]}</td><td>weeks</td>
 *       <td>{@code x > 0}</td></tr>
 *   <tr><td>{@code groupSize[2/group-intervention/OT]}</td><td>clients</td><td>a whole number
 *       {@code x >= 2}</td></tr>
 *   <tr><td>{@code episodeWeeks[2]}</td><td>weeks</td><td>{@code x > 0}</td></tr>
 *   <tr><td>{@code concurrent[2]}</td><td>clients</td><td>{@code x >= 0}</td></tr>
 *   <tr><td>{@code episodesPerYear[1]}</td><td>episodes/year</td><td>{@code x >= 0}</td></tr>
 *   <tr><td>{@code weeksPerYear}</td><td>weeks</td><td>{@code 0 < x <= 53}</td></tr>
 * </table>
 *
 * <p>Addressing. A clinician's numbers are addressed by the clinician's identifier; a leave or
 * non-client line by its owner (the team, or a clinician), its type or category and its measure
 * (a leave line in days or in hours; a non-client line as a share or as hours), each in the measure
 * it is given in. Leave given as holiday dates is a list of dates, not a number, and has no
 * parameter. An activity is addressed by its level's code, its kind and its role; its frequency is
 * either {@code timesPerEpisode} or {@code timesPerWeek} and {@code frequencyWeeks}, as the activity
 * gives it; only a group intervention has a group size. A level's volume is {@code concurrent} or
 * {@code episodesPerYear}, as the level gives it. When two lines of one owner share type and
 * measure, or two activities of one profile share kind and role, each of them is addressed with its
 * position among them, from 1, as in {@code minutes[2/assessment/OT#2]}
 * ({@link #withIndex(int)}); the address without an index is then not a parameter of the plan.
 *
 * <p>Ranges. {@link #range()} is the rule of the input itself (an FTE is positive). On a plan a
 * parameter can be narrower ({@link #rangeIn(CaseloadPlan)}): a contract's hours worked in a week,
 * {@code hoursPerWeek x fte}, are at most 168. {@link #adjustInto(CaseloadPlan, BigDecimal)} rejects
 * a value outside that range with a message naming the parameter, the range and the value, such as
 * {@code Invalid value for fte[ot-2] (valid values 0 < x <= 4.48): 5}. A value inside it can still
 * make the plan impossible (more leave than paid time, no client at all); building the changed plan
 * then fails with the message of that clash.
 *
 * <p>Provenance. Replacing minutes, episode weeks or a frequency with another value gives the new
 * figure the provenance {@code judgment: "scenario value"} ({@link #SCENARIO_VALUE}): the value no
 * longer comes from the records or the judgment the base gave. Setting a parameter to the value it
 * has returns the plan unchanged, provenance included.
 *
 * <pre>{@code
 * PlanParameter fte = PlanParameter.fte("ot-2");
 * BigDecimal now = plan.get(fte);
 * CaseloadPlan more = plan.with(fte, new BigDecimal("0.8"));
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class PlanParameter {

  /** The rationale of the judgment provenance a figure gets when a parameter replaces its value. */
  public static final String SCENARIO_VALUE = "scenario value";

  private static final BigDecimal HOURS_IN_WEEK = BigDecimal.valueOf(168);

  /** What a parameter stands for; package-private, as are the slots that read and write it. */
  enum Quantity {
    FTE("fte", "FTE", true, Range.greaterThan(BigDecimal.ZERO)),
    HOURS_PER_WEEK(
        "hoursPerWeek", "h/week", true, Range.openClosed(BigDecimal.ZERO, HOURS_IN_WEEK)),
    LEAVE_DAYS("leaveDays", "days/year", true, Range.atLeast(BigDecimal.ZERO)),
    LEAVE_HOURS("leaveHours", "h/year", true, Range.atLeast(BigDecimal.ZERO)),
    NON_CLIENT_SHARE(
        "nonClientShare", "%", true, Range.closedOpen(BigDecimal.ZERO, BigDecimal.valueOf(100))),
    NON_CLIENT_HOURS("nonClientHours", "h", true, Range.atLeast(BigDecimal.ZERO)),
    MINUTES("minutes", "min", false, Range.greaterThan(BigDecimal.ZERO)),
    TIMES_PER_EPISODE("timesPerEpisode", "times/episode", false, Range.greaterThan(BigDecimal.ZERO)),
    TIMES_PER_WEEK("timesPerWeek", "times/week", false, Range.greaterThan(BigDecimal.ZERO)),
    FREQUENCY_WEEKS("frequencyWeeks", "weeks", false, Range.greaterThan(BigDecimal.ZERO)),
    GROUP_SIZE("groupSize", "clients", false, Range.atLeast(BigDecimal.valueOf(2))),
    EPISODE_WEEKS("episodeWeeks", "weeks", false, Range.greaterThan(BigDecimal.ZERO)),
    CONCURRENT("concurrent", "clients", false, Range.atLeast(BigDecimal.ZERO)),
    EPISODES_PER_YEAR("episodesPerYear", "episodes/year", false, Range.atLeast(BigDecimal.ZERO)),
    WEEKS_PER_YEAR(
        "weeksPerYear", "weeks", false, Range.openClosed(BigDecimal.ZERO, BigDecimal.valueOf(53)));

    final String label;
    final String unit;
    final boolean supply;
    final Range<BigDecimal> range;

    Quantity(String label, String unit, boolean supply, Range<BigDecimal> range) {
      this.label = label;
      this.unit = unit;
      this.supply = supply;
      this.range = range;
    }
  }

  private final Quantity quantity;
  private final @Nullable String clinicianId;
  private final @Nullable Term term;
  private final @Nullable Period period;
  private final @Nullable String levelCode;
  private final @Nullable ActivityKind kind;
  private final @Nullable Role role;
  private final int index;

  private PlanParameter(
      Quantity quantity,
      @Nullable String clinicianId,
      @Nullable Term term,
      @Nullable Period period,
      @Nullable String levelCode,
      @Nullable ActivityKind kind,
      @Nullable Role role,
      int index) {
    this.quantity = quantity;
    this.clinicianId = clinicianId;
    this.term = term;
    this.period = period;
    this.levelCode = levelCode;
    this.kind = kind;
    this.role = role;
    this.index = index;
  }

  private static PlanParameter ofClinician(Quantity quantity, String clinicianId) {
    return new PlanParameter(
        quantity, id(clinicianId), null, null, null, null, null, 0);
  }

  private static PlanParameter ofLine(
      Quantity quantity, @Nullable String clinicianId, Term term, @Nullable Period period) {
    return new PlanParameter(quantity, clinicianId, term, period, null, null, null, 0);
  }

  private static PlanParameter ofActivity(
      Quantity quantity, ComplexityLevel level, ActivityKind kind, Role role) {
    Checks.notNull(level, "level");
    Checks.notNull(kind, "kind");
    Checks.notNull(role, "role");
    return new PlanParameter(quantity, null, null, null, level.code(), kind, role, 0);
  }

  private static PlanParameter ofLevel(Quantity quantity, ComplexityLevel level) {
    Checks.notNull(level, "level");
    return new PlanParameter(quantity, null, null, null, level.code(), null, null, 0);
  }

  private static String id(String clinicianId) {
    Checks.notNull(clinicianId, "clinicianId");
    Checks.check(!clinicianId.isBlank(), "clinicianId", "non-blank", "\"" + clinicianId + "\"");
    return clinicianId;
  }

  /**
   * Returns the FTE of a clinician's contract, {@code fte[ot-2]}.
   *
   * @param clinicianId the clinician's identifier, not blank
   * @return the parameter
   * @throws IllegalArgumentException when the identifier is blank
   */
  public static PlanParameter fte(String clinicianId) {
    return ofClinician(Quantity.FTE, clinicianId);
  }

  /**
   * Returns the full-time hours per week of a clinician's work pattern, {@code hoursPerWeek[ot-2]}.
   *
   * @param clinicianId the clinician's identifier, not blank
   * @return the parameter
   * @throws IllegalArgumentException when the identifier is blank
   */
  public static PlanParameter hoursPerWeek(String clinicianId) {
    return ofClinician(Quantity.HOURS_PER_WEEK, clinicianId);
  }

  /**
   * Returns the days per year of a leave line the team gives everyone, {@code leaveDays[Vacation]}.
   *
   * @param type the type of leave, not null
   * @return the parameter
   */
  public static PlanParameter leaveDays(LeaveType type) {
    return ofLine(Quantity.LEAVE_DAYS, null, Checks.notNull(type, "type"), null);
  }

  /**
   * Returns the days per year of a clinician's own leave line, {@code leaveDays[ot-1/Vacation]}.
   *
   * @param clinicianId the clinician's identifier, not blank
   * @param type the type of leave, not null
   * @return the parameter
   * @throws IllegalArgumentException when the identifier is blank
   */
  public static PlanParameter leaveDays(String clinicianId, LeaveType type) {
    return ofLine(Quantity.LEAVE_DAYS, id(clinicianId), Checks.notNull(type, "type"), null);
  }

  /**
   * Returns the hours per year of a leave line the team gives everyone,
   * {@code leaveHours[Education leave]}.
   *
   * @param type the type of leave, not null
   * @return the parameter
   */
  public static PlanParameter leaveHours(LeaveType type) {
    return ofLine(Quantity.LEAVE_HOURS, null, Checks.notNull(type, "type"), null);
  }

  /**
   * Returns the hours per year of a clinician's own leave line,
   * {@code leaveHours[ot-1/Education leave]}.
   *
   * @param clinicianId the clinician's identifier, not blank
   * @param type the type of leave, not null
   * @return the parameter
   * @throws IllegalArgumentException when the identifier is blank
   */
  public static PlanParameter leaveHours(String clinicianId, LeaveType type) {
    return ofLine(Quantity.LEAVE_HOURS, id(clinicianId), Checks.notNull(type, "type"), null);
  }

  /**
   * Returns the share of worked time, in percent, of a non-client activity the team gives,
   * {@code nonClientShare[Administration]}.
   *
   * @param category the category, not null
   * @return the parameter
   */
  public static PlanParameter nonClientShare(NonClientCategory category) {
    return ofLine(Quantity.NON_CLIENT_SHARE, null, Checks.notNull(category, "category"), null);
  }

  /**
   * Returns the share of worked time, in percent, of a clinician's own non-client activity,
   * {@code nonClientShare[ot-1/Research]}.
   *
   * @param clinicianId the clinician's identifier, not blank
   * @param category the category, not null
   * @return the parameter
   * @throws IllegalArgumentException when the identifier is blank
   */
  public static PlanParameter nonClientShare(String clinicianId, NonClientCategory category) {
    return ofLine(
        Quantity.NON_CLIENT_SHARE, id(clinicianId), Checks.notNull(category, "category"), null);
  }

  /**
   * Returns the hours per period of a non-client activity the team gives as an amount,
   * {@code nonClientHours[Meetings]}, in hours per the line's period.
   *
   * @param category the category, not null
   * @param period the period the line's amount is given for, not null
   * @return the parameter
   */
  public static PlanParameter nonClientHours(NonClientCategory category, Period period) {
    return ofLine(
        Quantity.NON_CLIENT_HOURS,
        null,
        Checks.notNull(category, "category"),
        Checks.notNull(period, "period"));
  }

  /**
   * Returns the hours per period of a clinician's own non-client activity given as an amount,
   * {@code nonClientHours[ot-1/Meetings]}, in hours per the line's period.
   *
   * @param clinicianId the clinician's identifier, not blank
   * @param category the category, not null
   * @param period the period the line's amount is given for, not null
   * @return the parameter
   * @throws IllegalArgumentException when the identifier is blank
   */
  public static PlanParameter nonClientHours(
      String clinicianId, NonClientCategory category, Period period) {
    return ofLine(
        Quantity.NON_CLIENT_HOURS,
        id(clinicianId),
        Checks.notNull(category, "category"),
        Checks.notNull(period, "period"));
  }

  /**
   * Returns the minutes per occurrence of an activity, {@code minutes[2/assessment/OT]}.
   *
   * @param level the level of the activity's profile, not null
   * @param kind the kind of activity, not null
   * @param role the role that performs it, not null
   * @return the parameter
   */
  public static PlanParameter activityMinutes(ComplexityLevel level, ActivityKind kind, Role role) {
    return ofActivity(Quantity.MINUTES, level, kind, role);
  }

  /**
   * Returns the times per episode of an activity whose frequency is given per episode,
   * {@code timesPerEpisode[2/indirect/OT]}.
   *
   * @param level the level of the activity's profile, not null
   * @param kind the kind of activity, not null
   * @param role the role that performs it, not null
   * @return the parameter
   */
  public static PlanParameter timesPerEpisode(ComplexityLevel level, ActivityKind kind, Role role) {
    return ofActivity(Quantity.TIMES_PER_EPISODE, level, kind, role);
  }

  /**
   * Returns the times per week of an activity whose frequency is weekly,
   * {@code timesPerWeek[2/individual-intervention/OT]}.
   *
   * @param level the level of the activity's profile, not null
   * @param kind the kind of activity, not null
   * @param role the role that performs it, not null
   * @return the parameter
   */
  public static PlanParameter timesPerWeek(ComplexityLevel level, ActivityKind kind, Role role) {
    return ofActivity(Quantity.TIMES_PER_WEEK, level, kind, role);
  }

  /**
   * Returns the number of weeks of an activity whose frequency is weekly,
   * {@code frequencyWeeks[2/individual-intervention/OT]}.
   *
   * @param level the level of the activity's profile, not null
   * @param kind the kind of activity, not null
   * @param role the role that performs it, not null
   * @return the parameter
   */
  public static PlanParameter frequencyWeeks(ComplexityLevel level, ActivityKind kind, Role role) {
    return ofActivity(Quantity.FREQUENCY_WEEKS, level, kind, role);
  }

  /**
   * Returns the group size of a group intervention, {@code groupSize[2/group-intervention/OT]}.
   *
   * @param level the level of the activity's profile, not null
   * @param role the role that performs it, not null
   * @return the parameter
   */
  public static PlanParameter groupSize(ComplexityLevel level, Role role) {
    return ofActivity(Quantity.GROUP_SIZE, level, ActivityKind.GROUP_INTERVENTION, role);
  }

  /**
   * Returns the episode length in weeks of a level's profile, {@code episodeWeeks[2]}.
   *
   * @param level the level, not null
   * @return the parameter
   */
  public static PlanParameter episodeWeeks(ComplexityLevel level) {
    return ofLevel(Quantity.EPISODE_WEEKS, level);
  }

  /**
   * Returns the concurrent caseload of a level whose volume is given so, {@code concurrent[2]}.
   *
   * @param level the level, not null
   * @return the parameter
   */
  public static PlanParameter concurrentCaseload(ComplexityLevel level) {
    return ofLevel(Quantity.CONCURRENT, level);
  }

  /**
   * Returns the new episodes per year of a level whose volume is given so,
   * {@code episodesPerYear[1]}.
   *
   * @param level the level, not null
   * @return the parameter
   */
  public static PlanParameter episodesPerYear(ComplexityLevel level) {
    return ofLevel(Quantity.EPISODES_PER_YEAR, level);
  }

  /**
   * Returns the weeks in the service's year, {@code weeksPerYear}.
   *
   * @return the parameter
   */
  public static PlanParameter weeksPerYear() {
    return new PlanParameter(Quantity.WEEKS_PER_YEAR, null, null, null, null, null, null, 0);
  }

  /**
   * Returns this parameter addressing one of several lines or activities that share its address:
   * the {@code index}-th of them, from 1, in the order of the plan, such as
   * {@code minutes[2/assessment/OT#2]}.
   *
   * @param index the position among the lines or activities of the same address, {@code x >= 1}
   * @return the indexed parameter
   * @throws IllegalArgumentException when the index is below 1, or the parameter is a clinician's
   *     FTE or hours, an episode length, a volume or the weeks per year, which have no duplicates
   */
  public PlanParameter withIndex(int index) {
    Checks.check(index >= 1, "index", "x >= 1", index);
    Checks.check(
        term != null || kind != null,
        "index",
        "only for a leave or non-client line or an activity, not " + name(),
        index);
    return new PlanParameter(quantity, clinicianId, term, period, levelCode, kind, role, index);
  }

  /**
   * Returns the name of the parameter, stable and unique within a plan, such as {@code fte[ot-2]},
   * {@code minutes[2/assessment/OT]} or {@code weeksPerYear}.
   *
   * @return the name
   */
  public String name() {
    StringBuilder sb = new StringBuilder(quantity.label);
    if (quantity == Quantity.WEEKS_PER_YEAR) {
      return sb.toString();
    }
    sb.append('[');
    if (kind != null) {
      sb.append(levelCode).append('/').append(kind.code()).append('/').append(role);
    } else if (term != null) {
      if (clinicianId != null) {
        sb.append(clinicianId).append('/');
      }
      sb.append(term.code());
    } else if (clinicianId != null) {
      sb.append(clinicianId);
    } else {
      sb.append(levelCode);
    }
    if (index > 0) {
      sb.append('#').append(index);
    }
    return sb.append(']').toString();
  }

  /**
   * Returns the unit of the parameter's value, such as {@code FTE}, {@code h/week},
   * {@code days/year}, {@code %}, {@code min}, {@code times/week}, {@code weeks}, {@code clients}
   * or {@code episodes/year}.
   *
   * @return the unit
   */
  public String unit() {
    if (quantity == Quantity.NON_CLIENT_HOURS) {
      return "h/" + Objects.requireNonNull(period).label();
    }
    return quantity.unit;
  }

  /**
   * Returns the values the input this parameter stands for accepts, whatever the plan, such as
   * {@code (0..+∞)} for an FTE; see {@link #rangeIn(CaseloadPlan)} for a plan's own limits.
   *
   * @return the range of valid values
   */
  public Range<BigDecimal> range() {
    if (quantity == Quantity.NON_CLIENT_HOURS) {
      switch (Objects.requireNonNull(period)) {
        case DAY:
          return Range.closed(BigDecimal.ZERO, BigDecimal.valueOf(24));
        case WEEK:
          return Range.closed(BigDecimal.ZERO, HOURS_IN_WEEK);
        default:
          return quantity.range;
      }
    }
    return quantity.range;
  }

  /**
   * Returns the values this parameter accepts on a plan: its {@linkplain #range() range}, narrowed
   * for a clinician's FTE and hours per week so that {@code hoursPerWeek x fte <= 168} (the bound
   * {@code 168 / other} is rounded down to 34 significant digits when it does not terminate).
   *
   * @param plan a plan that has this parameter, not null
   * @return the range of values the plan accepts
   * @throws IllegalArgumentException when the plan does not have this parameter
   */
  public Range<BigDecimal> rangeIn(CaseloadPlan plan) {
    return ParameterSlots.of(plan).slot(this).range();
  }

  /**
   * Returns whether the parameter is a number of the supply (Step 1): a clinician's contract, a
   * leave or non-client line.
   *
   * @return true for a supply parameter
   */
  public boolean isSupply() {
    return quantity.supply;
  }

  /**
   * Returns whether the parameter is a number of the demand (Step 2): an activity, an episode
   * length, a volume or the weeks per year.
   *
   * @return true for a demand parameter
   */
  public boolean isDemand() {
    return !quantity.supply;
  }

  /**
   * Returns the value of this parameter on a plan, in its {@linkplain #unit() unit}; the same as
   * {@link CaseloadPlan#get(PlanParameter)}.
   *
   * @param plan the plan, not null
   * @return the value
   * @throws IllegalArgumentException when the plan does not have this parameter, naming it and the
   *     parameters of its kind the plan has
   */
  public BigDecimal getFrom(CaseloadPlan plan) {
    return ParameterSlots.of(plan).slot(this).value();
  }

  /**
   * Returns a copy of a plan in which this parameter has another value; the same as
   * {@link CaseloadPlan#with(PlanParameter, BigDecimal)}. The plan itself is returned when the
   * value is the one it has.
   *
   * @param plan the plan, not null
   * @param value the new value, in the parameter's unit, within {@link #rangeIn(CaseloadPlan)},
   *     not null
   * @return the changed plan
   * @throws IllegalArgumentException when the plan does not have this parameter, when the value is
   *     outside the range ({@code Invalid value for fte[ot-2] (valid values 0 < x <= 4.48): 5}), or
   *     when the changed plan is impossible
   */
  public CaseloadPlan adjustInto(CaseloadPlan plan, BigDecimal value) {
    Checks.notNull(value, "value");
    return ParameterSlots.of(plan).slot(this).set(value, null);
  }

  Quantity quantity() {
    return quantity;
  }

  @Nullable String clinicianId() {
    return clinicianId;
  }

  @Nullable Term term() {
    return term;
  }

  @Nullable Period period() {
    return period;
  }

  @Nullable String levelCode() {
    return levelCode;
  }

  @Nullable ActivityKind kind() {
    return kind;
  }

  @Nullable Role role() {
    return role;
  }

  int index() {
    return index;
  }

  /** The parameter with another index, 0 for none; for the slots of a plan. */
  PlanParameter indexed(int i) {
    return new PlanParameter(quantity, clinicianId, term, period, levelCode, kind, role, i);
  }

  /** Returns the text of a rule such as {@code 0 < x <= 168} for a range. */
  static String rule(Range<BigDecimal> range, boolean whole) {
    String lower =
        range.hasLowerBound()
            ? (range.lowerBoundType() == BoundType.CLOSED ? " <= " : " < ")
            : "";
    String upper =
        range.hasUpperBound()
            ? (range.upperBoundType() == BoundType.CLOSED ? " <= " : " < ")
                + Checks.plain(range.upperEndpoint())
            : "";
    String text;
    if (range.hasLowerBound() && range.hasUpperBound()) {
      text = Checks.plain(range.lowerEndpoint()) + lower + "x" + upper;
    } else if (range.hasLowerBound()) {
      text = "x" + lower.replace('<', '>') + Checks.plain(range.lowerEndpoint());
    } else {
      text = "x" + upper;
    }
    return whole ? "a whole number " + text : text;
  }

  /** The names of parameters, joined by commas. */
  static String names(List<PlanParameter> parameters) {
    List<String> names = new ArrayList<>();
    for (PlanParameter p : parameters) {
      names.add(p.name());
    }
    return String.join(", ", names);
  }

  /** The parameters of a plan, in the order of {@link CaseloadPlan#parameters()}. */
  static ImmutableList<PlanParameter> of(CaseloadPlan plan) {
    return ParameterSlots.of(plan).parameters();
  }

  /**
   * Returns whether another object is the same parameter: the same quantity, address and index.
   *
   * @param obj the other object
   * @return true for the same parameter
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof PlanParameter)) {
      return false;
    }
    PlanParameter p = (PlanParameter) obj;
    return quantity == p.quantity
        && Objects.equals(clinicianId, p.clinicianId)
        && Objects.equals(term, p.term)
        && period == p.period
        && Objects.equals(levelCode, p.levelCode)
        && Objects.equals(kind, p.kind)
        && Objects.equals(role, p.role)
        && index == p.index;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(quantity, clinicianId, term, period, levelCode, kind, role, index);
  }

  /**
   * Returns the name, such as {@code fte[ot-2]}.
   *
   * @return the name
   */
  @Override
  public String toString() {
    return name();
  }
}
