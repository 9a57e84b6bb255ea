package io.github.cmpt.uncertainty;

import com.google.common.collect.ImmutableList;
import io.github.cmpt.demand.InterventionActivity;
import io.github.cmpt.demand.LevelDemand;
import io.github.cmpt.demand.ServiceDemand;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.plan.CaseloadPlan;
import io.github.cmpt.plan.PlanParameter;
import io.github.cmpt.plan.PlanResult;
import io.github.cmpt.supply.Clinician;
import io.github.cmpt.supply.Leave;
import io.github.cmpt.supply.NonClientActivity;
import io.github.cmpt.supply.Team;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.WorkPattern;
import io.github.cmpt.vocabulary.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A caseload plan compiled to a primitive evaluation of the closed-form figures of Steps 1 to 3,
 * for the parameters that vary: each role's FTE required, gap and staffing ratio, and the plan's
 * capacity, in {@code double}, without allocating.
 *
 * <p>{@link #compile(CaseloadPlan, List)} copies every number of the plan into a primitive array
 * (one entry per {@link PlanParameter} of the plan, plus the constants no parameter names: the
 * days per week and weeks per year of each contract, the number of holiday dates on its working
 * days) and records which entries the chosen parameters are.
 * {@link #evaluate(double[], Evaluation)} then sets those entries and computes, as
 * {@link PlanResult} does:
 * <pre>
 * Step 1, per clinician:  paid        = hoursPerWeek x weeksPerYear x fte
 *                         leave line  = days x hoursPerDay, or hours   (x fte when prorated)
 *                         worked      = paid - leave
 *                         non-client  = share / 100 x worked, amount x worked / hoursPerDay (a
 *                                       day), amount x worked / hoursPerWeek (a week),
 *                                       amount x 12 (a month), amount (a year)
 *                         client-care = worked - non-client
 *         per role:       S = sum of client-care, F = sum of FTE, per FTE = S / F (or the
 *                         figure the plan gives for a role the team lacks)
 * Step 2, per level:      e_k = episodesPerYear, or concurrent x weeksPerYear / episodeWeeks
 *         per activity:   hours = minutes x occurrences / 60 / groupSize
 *         per role:       D = sum over activities of e_level x hours
 * Step 3, per role:       FTE required = D / per FTE, gap = F - FTE required,
 *                         staffing ratio = F / FTE required
 *                         capacity N = S x E / D (E = sum of e_k), for a role with D &gt; 0
 *         plan:           capacity = the smallest N; concurrent = N x sum(e_k x weeks_k) /
 *                         (E x weeksPerYear)
 * </pre>
 * The kernel agrees with {@link PlanResult} to {@code 1e-12} relative (a gap relative to the
 * larger of its two terms), which a property test checks on generated plans and scenarios;
 * the exact path stays the reference for reports. A scenario the exact path would reject (more
 * leave than paid time, non-client time beyond worked time, shares of 100% or more, an amount a
 * day beyond the working day, more than 168 hours a week, no demand, a role the clients need with
 * no client-care hours) makes {@code evaluate} return false.
 *
 * <pre>{@code
 * PlanKernel kernel = PlanKernel.compile(plan, List.of(PlanParameter.fte("ot-2")));
 * PlanKernel.Evaluation out = kernel.newEvaluation();
 * kernel.evaluate(new double[] {0.8}, out);
 * out.fteRequired(0);
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe; an {@link Evaluation} is not, and each
 *     thread uses its own.
 */
public final class PlanKernel {

  private static final int SHARE = 0;
  private static final int PER_DAY = 1;
  private static final int PER_WEEK = 2;
  private static final int PER_MONTH = 3;
  private static final int PER_YEAR = 4;

  private final CaseloadPlan plan;
  private final ImmutableList<PlanParameter> parameters;
  private final ImmutableList<Role> roles;
  private final double[] base;
  private final int[] varying;

  // Step 1
  private final int[] cRole;
  private final int[] cFte;
  private final int[] cHours;
  private final double[] cDays;
  private final double[] cWeeks;
  private final int[] lvStart;
  private final int[] lvSlot;
  private final double[] lvDays;
  private final boolean[] lvHours;
  private final boolean[] lvProrated;
  private final int[] ncStart;
  private final int[] ncSlot;
  private final int[] ncKind;
  private final double[] givenPerFte;

  // Step 2
  private final int weeksSlot;
  private final int[] kWeeks;
  private final int[] kVolume;
  private final boolean[] kConcurrent;
  private final int[] aLevel;
  private final int[] aRole;
  private final int[] aMinutes;
  private final int[] aTimes;
  private final int[] aWeeks;
  private final int[] aGroup;

  private PlanKernel(CaseloadPlan plan, List<PlanParameter> chosen) {
    this.plan = plan;
    List<Role> roleList = new ArrayList<>(PlanResult.of(plan).roles());
    ImmutableList<PlanParameter> all = plan.parameters();
    Map<PlanParameter, Integer> slotOf = new HashMap<>();
    base = new double[all.size()];
    for (int i = 0; i < all.size(); i++) {
      slotOf.put(all.get(i), i);
    }
    Iterator<PlanParameter> walk = all.iterator();
    this.parameters = ImmutableList.copyOf(chosen);
    varying = new int[chosen.size()];
    for (int i = 0; i < chosen.size(); i++) {
      PlanParameter p = Checks.notNull(chosen.get(i), "parameter");
      Integer slot = slotOf.get(p);
      if (slot == null) {
        p.rangeIn(plan); // throws, naming the parameters of the plan
        throw new IllegalStateException("no slot for " + p);
      }
      varying[i] = slot;
    }
    // the base values are read from the inputs as the walk meets each parameter

    // Step 1, in the order of plan.parameters(): contracts, leave (team, own), non-client
    Team team = plan.team();
    int n = team.clinicians().size();
    cRole = new int[n];
    cFte = new int[n];
    cHours = new int[n];
    cDays = new double[n];
    cWeeks = new double[n];
    for (int c = 0; c < n; c++) {
      Clinician cl = team.clinicians().get(c);
      WorkPattern pattern = cl.workHours().pattern();
      cRole[c] = roleList.indexOf(cl.role());
      cFte[c] = expect(walk, slotOf, "fte[", cl.workHours().fte().toBigDecimal());
      cHours[c] = expect(walk, slotOf, "hoursPerWeek[", pattern.hoursPerWeek().toBigDecimal());
      cDays[c] = pattern.daysPerWeek().doubleValue();
      cWeeks[c] = pattern.weeksPerYear().doubleValue();
    }
    int[] teamLeave = leaveSlots(walk, slotOf, team.leave());
    int[][] ownLeave = new int[n][];
    for (int c = 0; c < n; c++) {
      ownLeave[c] = leaveSlots(walk, slotOf, team.clinicians().get(c).leave());
    }
    int[] teamNc = nonClientSlots(walk, slotOf, team.activities());
    int[][] ownNc = new int[n][];
    for (int c = 0; c < n; c++) {
      ownNc[c] = nonClientSlots(walk, slotOf, team.clinicians().get(c).activities());
    }
    List<Integer> lSlot = new ArrayList<>();
    List<Double> lDays = new ArrayList<>();
    List<Boolean> lHours = new ArrayList<>();
    List<Boolean> lProrated = new ArrayList<>();
    List<Integer> nSlot = new ArrayList<>();
    List<Integer> nKind = new ArrayList<>();
    lvStart = new int[n + 1];
    ncStart = new int[n + 1];
    for (int c = 0; c < n; c++) {
      Clinician cl = team.clinicians().get(c);
      WorkPattern pattern = cl.workHours().pattern();
      lvStart[c] = lSlot.size();
      List<Leave> leave = new ArrayList<>(team.leave());
      leave.addAll(cl.leave());
      int[] slots = concat(teamLeave, ownLeave[c]);
      for (int j = 0; j < leave.size(); j++) {
        Leave l = leave.get(j);
        lSlot.add(slots[j]);
        lDays.add(
            l.measure() == Leave.Measure.DATES ? l.daysIn(pattern).doubleValue() : 0.0);
        lHours.add(l.measure() == Leave.Measure.HOURS);
        lProrated.add(l.isProrated());
      }
      ncStart[c] = nSlot.size();
      for (int j = 0; j < team.activities().size(); j++) {
        NonClientActivity a = team.activities().get(j);
        if (a.appliesTo(cl.id())) {
          nSlot.add(teamNc[j]);
          nKind.add(kindOf(a));
        }
      }
      for (int j = 0; j < cl.activities().size(); j++) {
        nSlot.add(ownNc[c][j]);
        nKind.add(kindOf(cl.activities().get(j)));
      }
    }
    lvStart[n] = lSlot.size();
    ncStart[n] = nSlot.size();
    lvSlot = ints(lSlot);
    lvDays = new double[lDays.size()];
    lvHours = new boolean[lHours.size()];
    lvProrated = new boolean[lProrated.size()];
    for (int i = 0; i < lvDays.length; i++) {
      lvDays[i] = lDays.get(i);
      lvHours[i] = lHours.get(i);
      lvProrated[i] = lProrated.get(i);
    }
    ncSlot = ints(nSlot);
    ncKind = ints(nKind);

    // Step 2: levels (episode weeks, activities, volume), then the weeks per year
    ServiceDemand demand = plan.demand();
    int levels = demand.levels().size();
    kWeeks = new int[levels];
    kVolume = new int[levels];
    kConcurrent = new boolean[levels];
    List<int[]> acts = new ArrayList<>();
    for (int k = 0; k < levels; k++) {
      LevelDemand ld = demand.levels().get(k);
      kWeeks[k] = expect(walk, slotOf, "episodeWeeks[", ld.profile().episodeWeeks().value());
      for (InterventionActivity a : ld.profile().activities()) {
        if (!roleList.contains(a.role())) {
          roleList.add(a.role());
        }
        int minutes = expect(walk, slotOf, "minutes[", a.minutes().value());
        int times;
        int weeks = -1;
        if (a.frequency().isWeekly()) {
          times = expect(walk, slotOf, "timesPerWeek[", a.frequency().times());
          weeks =
              expect(walk, slotOf, "frequencyWeeks[", a.frequency().weeks().orElseThrow());
        } else {
          times = expect(walk, slotOf, "timesPerEpisode[", a.frequency().times());
        }
        int group =
            a.groupSize().isPresent()
                ? expect(walk, slotOf, "groupSize[",
                    java.math.BigDecimal.valueOf(a.groupSize().getAsInt()))
                : -1;
        acts.add(new int[] {k, roleList.indexOf(a.role()), minutes, times, weeks, group});
      }
      kConcurrent[k] = ld.volume().isConcurrent();
      kVolume[k] =
          expect(
              walk,
              slotOf,
              kConcurrent[k] ? "concurrent[" : "episodesPerYear[",
              ld.volume().count());
    }
    weeksSlot = expect(walk, slotOf, "weeksPerYear", demand.weeksPerYear());
    if (walk.hasNext()) {
      throw new IllegalStateException("parameter " + walk.next() + " after the weeks per year");
    }
    int m = acts.size();
    aLevel = new int[m];
    aRole = new int[m];
    aMinutes = new int[m];
    aTimes = new int[m];
    aWeeks = new int[m];
    aGroup = new int[m];
    for (int i = 0; i < m; i++) {
      int[] a = acts.get(i);
      aLevel[i] = a[0];
      aRole[i] = a[1];
      aMinutes[i] = a[2];
      aTimes[i] = a[3];
      aWeeks[i] = a[4];
      aGroup[i] = a[5];
    }
    roles = ImmutableList.copyOf(roleList);
    givenPerFte = new double[roles.size()];
    for (int r = 0; r < roles.size(); r++) {
      Hours given = plan.clientCareHoursPerFte().get(roles.get(r));
      givenPerFte[r] = given == null ? Double.NaN : given.toBigDecimal().doubleValue();
    }
  }

  /** The slot of the next parameter, which must be of the prefix; records its base value. */
  private int expect(
      Iterator<PlanParameter> walk,
      Map<PlanParameter, Integer> slotOf,
      String prefix,
      java.math.BigDecimal value) {
    PlanParameter p = walk.next();
    if (!p.name().startsWith(prefix)) {
      throw new IllegalStateException("parameter " + p + " where " + prefix + " was expected");
    }
    int slot = slotOf.get(p);
    base[slot] = value.doubleValue();
    return slot;
  }

  private int[] leaveSlots(
      Iterator<PlanParameter> walk, Map<PlanParameter, Integer> slotOf, List<Leave> lines) {
    int[] out = new int[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      Leave l = lines.get(i);
      out[i] =
          l.measure() == Leave.Measure.DATES
              ? -1
              : expect(
                  walk,
                  slotOf,
                  l.measure() == Leave.Measure.DAYS ? "leaveDays[" : "leaveHours[",
                  l.amount());
    }
    return out;
  }

  private int[] nonClientSlots(
      Iterator<PlanParameter> walk,
      Map<PlanParameter, Integer> slotOf,
      List<NonClientActivity> lines) {
    int[] out = new int[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      NonClientActivity a = lines.get(i);
      out[i] =
          a.share().isPresent()
              ? expect(walk, slotOf, "nonClientShare[", a.share().get().toPercent())
              : expect(
                  walk,
                  slotOf,
                  "nonClientHours[",
                  a.amount().orElseThrow().hours().toBigDecimal());
    }
    return out;
  }

  private static int kindOf(NonClientActivity a) {
    if (a.share().isPresent()) {
      return SHARE;
    }
    switch (a.amount().orElseThrow().period()) {
      case DAY:
        return PER_DAY;
      case WEEK:
        return PER_WEEK;
      case MONTH:
        return PER_MONTH;
      case YEAR:
        return PER_YEAR;
      default:
        throw new AssertionError(a);
    }
  }

  private static int[] concat(int[] a, int[] b) {
    int[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static int[] ints(List<Integer> list) {
    int[] out = new int[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = list.get(i);
    }
    return out;
  }

  /**
   * Compiles a plan for scenarios in which some of its parameters vary.
   *
   * @param plan the base plan, which must be possible, not null
   * @param parameters the parameters that vary, each of the plan, in the order a scenario gives
   *     their values, not null
   * @return the kernel
   * @throws IllegalArgumentException when the plan is impossible or lacks a parameter
   */
  public static PlanKernel compile(CaseloadPlan plan, List<PlanParameter> parameters) {
    Checks.notNull(plan, "plan");
    Checks.notNull(parameters, "parameters");
    return new PlanKernel(plan, parameters);
  }

  /**
   * Returns the plan the kernel was compiled from.
   *
   * @return the plan
   */
  public CaseloadPlan plan() {
    return plan;
  }

  /**
   * Returns the parameters that vary, in the order of a scenario's values.
   *
   * @return an unmodifiable list
   */
  public ImmutableList<PlanParameter> parameters() {
    return parameters;
  }

  /**
   * Returns the roles of the figures: those of {@link PlanResult#roles()} for the base plan, then
   * any other role the activities name; figures of role {@code r} are at index
   * {@code roles().indexOf(r)}.
   *
   * @return an unmodifiable list
   */
  public ImmutableList<Role> roles() {
    return roles;
  }

  /**
   * Returns the base values of the parameters that vary, in their units.
   *
   * @return a new array
   */
  public double[] baseValues() {
    double[] out = new double[varying.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = base[varying[i]];
    }
    return out;
  }

  /**
   * Returns a new evaluation buffer for this kernel, with the figures of the base plan.
   *
   * @return the buffer
   */
  public Evaluation newEvaluation() {
    Evaluation e = new Evaluation(this);
    evaluate(baseValues(), e);
    return e;
  }

  /**
   * Evaluates one scenario: the parameters that vary take the values given, the others their base
   * values. Allocates nothing.
   *
   * @param values the values, one for each of {@link #parameters()}, in their units, not null
   * @param into the buffer the figures are written to, from {@link #newEvaluation()}, not null
   * @return whether the scenario is a possible plan; when false the figures are not meaningful
   * @throws IllegalArgumentException when there are not as many values as parameters, or the
   *     buffer is of another kernel
   */
  public boolean evaluate(double[] values, Evaluation into) {
    Checks.notNull(values, "values");
    Checks.notNull(into, "into");
    if (values.length != varying.length || into.kernel != this) {
      throw new IllegalArgumentException(
          Checks.invalid(
              "values", varying.length + " values for a buffer of this kernel", values.length));
    }
    double[] x = into.x;
    for (int i = 0; i < varying.length; i++) {
      x[varying[i]] = values[i];
    }
    boolean ok = compute(x, into);
    into.possible = ok;
    return ok;
  }

  private boolean compute(double[] x, Evaluation out) {
    double[] fte = out.available;
    double[] supply = out.supply;
    double[] demand = out.demand;
    Arrays.fill(fte, 0);
    Arrays.fill(supply, 0);
    Arrays.fill(demand, 0);
    for (int c = 0; c < cFte.length; c++) {
      double f = x[cFte[c]];
      double h = x[cHours[c]];
      if (h * f > 168) {
        return false;
      }
      double perDay = h / cDays[c];
      double paid = h * cWeeks[c] * f;
      double leave = 0;
      for (int l = lvStart[c]; l < lvStart[c + 1]; l++) {
        int s = lvSlot[l];
        double hours = s < 0 ? lvDays[l] * perDay : lvHours[l] ? x[s] : x[s] * perDay;
        leave += lvProrated[l] ? hours * f : hours;
      }
      if (leave > paid) {
        return false;
      }
      double worked = paid - leave;
      double nonClient = 0;
      double shares = 0;
      for (int j = ncStart[c]; j < ncStart[c + 1]; j++) {
        double amount = x[ncSlot[j]];
        switch (ncKind[j]) {
          case SHARE:
            shares += amount;
            nonClient += amount / 100 * worked;
            break;
          case PER_DAY:
            if (amount > perDay) {
              return false;
            }
            nonClient += amount * (worked / perDay);
            break;
          case PER_WEEK:
            if (amount > h) {
              return false;
            }
            nonClient += amount * (worked / h);
            break;
          case PER_MONTH:
            nonClient += amount * 12;
            break;
          default:
            nonClient += amount;
            break;
        }
      }
      if (shares >= 100 || nonClient > worked) {
        return false;
      }
      fte[cRole[c]] += f;
      supply[cRole[c]] += worked - nonClient;
    }
    double serviceWeeks = x[weeksSlot];
    double[] episodes = out.episodes;
    double total = 0;
    double weighted = 0;
    for (int k = 0; k < kWeeks.length; k++) {
      double weeks = x[kWeeks[k]];
      double volume = x[kVolume[k]];
      double e = kConcurrent[k] ? volume * serviceWeeks / weeks : volume;
      episodes[k] = e;
      total += e;
      weighted += e * weeks;
    }
    double all = 0;
    for (int a = 0; a < aLevel.length; a++) {
      double occurrences = aWeeks[a] < 0 ? x[aTimes[a]] : x[aTimes[a]] * x[aWeeks[a]];
      double group = aGroup[a] < 0 ? 1 : x[aGroup[a]];
      double hours = x[aMinutes[a]] * occurrences / (60 * group);
      double d = episodes[aLevel[a]] * hours;
      demand[aRole[a]] += d;
      all += d;
    }
    if (!(all > 0)) {
      return false;
    }
    double least = Double.POSITIVE_INFINITY;
    for (int r = 0; r < demand.length; r++) {
      double perFte;
      if (!Double.isNaN(givenPerFte[r])) {
        perFte = givenPerFte[r];
      } else if (supply[r] > 0) {
        perFte = supply[r] / fte[r];
      } else {
        if (demand[r] > 0) {
          return false;
        }
        perFte = 0;
      }
      double required = demand[r] > 0 ? demand[r] / perFte : 0;
      out.perFte[r] = perFte;
      out.fteRequired[r] = required;
      out.gap[r] = fte[r] - required;
      if (demand[r] > 0) {
        double capacity = supply[r] * total / demand[r];
        out.capacity[r] = capacity;
        if (capacity < least) {
          least = capacity;
        }
      } else {
        out.capacity[r] = Double.NaN;
      }
    }
    out.capacityEpisodes = least;
    out.capacityConcurrent = least * weighted / (total * serviceWeeks);
    return true;
  }

  /**
   * The figures of one scenario, written by {@link PlanKernel#evaluate(double[], Evaluation)}:
   * per role (by index in {@link PlanKernel#roles()}) and for the plan. A buffer is reused from
   * scenario to scenario; it is not thread-safe.
   */
  public static final class Evaluation {
    private final PlanKernel kernel;
    private final double[] x;
    private final double[] available;
    private final double[] supply;
    private final double[] demand;
    private final double[] perFte;
    private final double[] fteRequired;
    private final double[] gap;
    private final double[] capacity;
    private final double[] episodes;
    private double capacityEpisodes;
    private double capacityConcurrent;
    private boolean possible;

    private Evaluation(PlanKernel kernel) {
      this.kernel = kernel;
      this.x = kernel.base.clone();
      int r = kernel.roles.size();
      available = new double[r];
      supply = new double[r];
      demand = new double[r];
      perFte = new double[r];
      fteRequired = new double[r];
      gap = new double[r];
      capacity = new double[r];
      episodes = new double[kernel.kWeeks.length];
    }

    /**
     * Returns whether the last scenario was a possible plan.
     *
     * @return true when the figures are meaningful
     */
    public boolean isPossible() {
      return possible;
    }

    /**
     * Returns the FTE of a role on the team.
     *
     * @param role the index of the role in {@link PlanKernel#roles()}
     * @return available FTE
     */
    public double availableFte(int role) {
      return available[role];
    }

    /**
     * Returns the client-care hours per year of a role (supply).
     *
     * @param role the index of the role
     * @return supply hours
     */
    public double supplyHours(int role) {
      return supply[role];
    }

    /**
     * Returns the demand hours per year of a role.
     *
     * @param role the index of the role
     * @return demand hours
     */
    public double demandHours(int role) {
      return demand[role];
    }

    /**
     * Returns the client-care hours per 1.0 FTE of a role.
     *
     * @param role the index of the role
     * @return hours per FTE, zero for a role with neither supply nor demand
     */
    public double clientCareHoursPerFte(int role) {
      return perFte[role];
    }

    /**
     * Returns the FTE required of a role: {@code demand / per FTE}, zero without demand.
     *
     * @param role the index of the role
     * @return FTE required
     */
    public double fteRequired(int role) {
      return fteRequired[role];
    }

    /**
     * Returns the gap in FTE of a role: {@code available - required}.
     *
     * @param role the index of the role
     * @return the gap, negative when understaffed
     */
    public double gapFte(int role) {
      return gap[role];
    }

    /**
     * Returns the staffing ratio of a role, {@code available / required}.
     *
     * @param role the index of the role
     * @return the ratio, {@code NaN} when no FTE is required
     */
    public double staffingRatio(int role) {
      return fteRequired[role] > 0 ? available[role] / fteRequired[role] : Double.NaN;
    }

    /**
     * Returns the capacity of a role in episodes per year, {@code S x E / D}.
     *
     * @param role the index of the role
     * @return the capacity, {@code NaN} for a role the clients need no time from
     */
    public double capacityEpisodes(int role) {
      return capacity[role];
    }

    /**
     * Returns the plan's capacity in episodes per year: that of the bottleneck role.
     *
     * @return episodes per year
     */
    public double capacityEpisodes() {
      return capacityEpisodes;
    }

    /**
     * Returns the plan's capacity as a concurrent caseload.
     *
     * @return clients at a time
     */
    public double capacityConcurrent() {
      return capacityConcurrent;
    }

    /**
     * Returns the FTE required, all roles.
     *
     * @return the sum of the roles' FTE required
     */
    public double totalFteRequired() {
      double sum = 0;
      for (double f : fteRequired) {
        sum += f;
      }
      return sum;
    }
  }
}
