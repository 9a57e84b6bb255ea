package io.github.cmpt.benchmarks;

import io.github.cmpt.demand.InterventionActivity;
import io.github.cmpt.demand.LevelDemand;
import io.github.cmpt.demand.ServiceDemand;
import io.github.cmpt.plan.CaseloadPlan;
import io.github.cmpt.supply.Clinician;
import io.github.cmpt.supply.Leave;
import io.github.cmpt.supply.NonClientActivity;
import io.github.cmpt.supply.Team;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.PeriodicHours;
import io.github.cmpt.time.WorkPattern;
import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.vocabulary.LeaveType;
import io.github.cmpt.vocabulary.NonClientCategory;
import io.github.cmpt.vocabulary.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The reference of the plan benchmarks: the arithmetic of the three steps in plain {@code double},
 * on the inputs of one plan copied into primitive arrays, computing the figures that
 * {@link ExactPlan} reads from the library.
 *
 * <p>{@link #of(CaseloadPlan)} copies the inputs (not timed: the benchmarks call it in their
 * setup): each member's contract, the leave lines (days, hours, or the number of holiday dates on
 * the member's working days, counted here once) and the non-client lines that apply to the member
 * (the team's, then the member's own), each level's volume and episode weeks, each activity's
 * minutes, occurrences per episode and group size. It also allocates every array of figures, so
 * that {@link #evaluate()} allocates nothing. The formulas are the library's:
 * <pre>
 * Step 1, per member:  paid        = hoursPerWeek x weeksPerYear x fte
 *                      leave line  = days x hoursPerDay, or hours  (x fte when prorated)
 *                      worked      = paid - leave
 *                      non-client  = share x worked, amount x worked / hoursPerDay (per day),
 *                                    amount x worked / hoursPerWeek (per week),
 *                                    amount x 12 (per month), amount (per year)
 *                      client-care = worked - non-client
 *   per month and week: each line / 12 or / the member's weeks per year; sums per role and for
 *   the team; per 1.0 FTE: each line / the FTE
 * Step 2, per level:   episodes    = volume, or concurrent x weeksPerYear / episodeWeeks
 *                      concurrent  = volume, or episodes x episodeWeeks / weeksPerYear
 *                      hours       = minutes x occurrences / 60 / group size, by role and kind
 *                      demand      = episodes x hours per episode
 * Step 3, per role:    FTE required = demand / client-care hours per 1.0 FTE
 *                      gap, staffing ratio, pressure, utilisation
 *                      capacity N = S x E / sum(e_k t_k), by level N_k = S x e_k / sum(e_k t_k)
 *                      single-level capacity S / t_k; suggested caseloads N x share of S
 * </pre>
 * The test of this module checks that the figures agree with the library's on the flagship plans.
 */
public final class DoublePlan {

  private static final int YEAR = 0;
  private static final int MONTH = 1;
  private static final int PERIODS = 3;

  private static final int SHARE = 0;
  private static final int PER_DAY = 1;
  private static final int PER_WEEK = 2;
  private static final int PER_MONTH = 3;
  private static final int PER_YEAR = 4;

  // layout of a breakdown: fte, paid, leave lines, total leave, worked, non-client lines, total
  // non-client, client-care, client-care share of paid
  private final int fteAt = 0;
  private final int paidAt = 1;
  private final int leaveAt = 2;
  private final int totalLeaveAt;
  private final int workedAt;
  private final int nonClientAt;
  private final int totalNonClientAt;
  private final int careAt;
  private final int shareAt;
  private final int width;

  private final List<Role> roles;
  private final List<ComplexityLevel> levels;

  // Step 1 inputs
  private final int members;
  private final int[] memberRole;
  private final boolean[] onTeam;
  private final double[] hoursPerWeek;
  private final double[] hoursPerDay;
  private final double[] weeksPerYear;
  private final double[] fte;
  private final int[][] leaveType;
  private final boolean[][] leaveInHours;
  private final boolean[][] leaveProrated;
  private final double[][] leaveAmount;
  private final int[][] nonClientCategory;
  private final int[][] nonClientKind;
  private final double[][] nonClientAmount;
  private final double[] givenPerFte;

  // Step 2 inputs
  private final int levelCount;
  private final int kindCount;
  private final double serviceWeeks;
  private final double[] episodeWeeks;
  private final double[] volume;
  private final boolean[] volumeConcurrent;
  private final int[] activityLevel;
  private final int[] activityRole;
  private final int[] activityKind;
  private final double[] activityMinutes;
  private final double[] activityOccurrences;
  private final double[] activityGroup;

  // Step 1 figures
  private final double[][] member;
  private final double[][] leaveLineHours;
  private final double[][] nonClientLineHours;
  private final double[][][] role;
  private final double[][][] rolePerFte;
  private final double[][] team;
  private final double[][] teamPerFte;

  // Step 2 figures
  private final double[] activityHours;
  private final double[] hoursPerEpisode;
  private final double[][] hoursPerEpisodeByRole;
  private final double[][] hoursPerEpisodeByKind;
  private final double[] levelHoursPerWeek;
  private final double[] episodes;
  private final double[] concurrent;
  private final double[] demandByLevel;
  private final double[][] demandByLevelAndRole;
  private final double[] demandByRole;
  private final double[] demandByKind;
  private final double[] caseMixByClients;
  private final double[] caseMixByTime;
  private double episodesTotal;
  private double concurrentTotal;
  private double demandHours;

  // Step 3 figures, per role
  private final boolean[] matched;
  private final double[] available;
  private final double[] supply;
  private final double[] perFte;
  private final double[] demand;
  private final double[] fteRequired;
  private final double[] gapHours;
  private final double[] gapFte;
  private final double[] ratio;
  private final double[] pressure;
  private final double[] utilisation;
  private final double[][] fteRequiredByLevel;
  private final boolean[] hasCapacity;
  private final double[] capacityHoursPerEpisode;
  private final double[] capacityEpisodes;
  private final double[] capacityConcurrent;
  private final double[][] capacityEpisodesByLevel;
  private final double[][] capacityConcurrentByLevel;
  private final double[] wholes;

  // Step 3 figures, whole plan
  private final double[] planTotals = new double[9];
  private int leastRole;
  private final int[] singleRole;
  private final double[] singleHoursPerEpisode;
  private final double[] singleEpisodes;
  private final double[] singleConcurrent;
  private final boolean[] hasCaseload;
  private final double[] caseloadShare;
  private final double[] caseloadEpisodes;
  private final double[] caseloadConcurrent;

  private DoublePlan(CaseloadPlan plan) {
    Team t = plan.team();
    ServiceDemand d = plan.demand();

    // roles: the team's in order of appearance, then those the activities name, standard first
    Map<Role, Integer> roleIndex = new LinkedHashMap<>();
    for (Clinician c : t.clinicians()) {
      roleIndex.putIfAbsent(c.role(), roleIndex.size());
    }
    List<Role> named = new ArrayList<>();
    for (LevelDemand ld : d.levels()) {
      for (InterventionActivity a : ld.profile().activities()) {
        if (!named.contains(a.role())) {
          named.add(a.role());
        }
      }
    }
    for (Role r : Role.standardRoles()) {
      if (named.contains(r)) {
        roleIndex.putIfAbsent(r, roleIndex.size());
      }
    }
    for (Role r : named) {
      roleIndex.putIfAbsent(r, roleIndex.size());
    }
    roles = List.copyOf(roleIndex.keySet());
    int nRoles = roles.size();

    Map<LeaveType, Integer> typeIndex = new LinkedHashMap<>();
    Map<NonClientCategory, Integer> categoryIndex = new LinkedHashMap<>();
    members = t.clinicians().size();
    memberRole = new int[members];
    onTeam = new boolean[nRoles];
    hoursPerWeek = new double[members];
    hoursPerDay = new double[members];
    weeksPerYear = new double[members];
    fte = new double[members];
    leaveType = new int[members][];
    leaveInHours = new boolean[members][];
    leaveProrated = new boolean[members][];
    leaveAmount = new double[members][];
    nonClientCategory = new int[members][];
    nonClientKind = new int[members][];
    nonClientAmount = new double[members][];
    for (int i = 0; i < members; i++) {
      Clinician c = t.clinicians().get(i);
      WorkPattern pattern = c.workHours().pattern();
      memberRole[i] = roleIndex.get(c.role());
      onTeam[memberRole[i]] = true;
      hoursPerWeek[i] = pattern.hoursPerWeek().toBigDecimal().doubleValue();
      hoursPerDay[i] = hoursPerWeek[i] / pattern.daysPerWeek().doubleValue();
      weeksPerYear[i] = pattern.weeksPerYear().doubleValue();
      fte[i] = c.workHours().fte().toBigDecimal().doubleValue();

      List<Leave> leave = new ArrayList<>(t.leave());
      leave.addAll(c.leave());
      int n = leave.size();
      leaveType[i] = new int[n];
      leaveInHours[i] = new boolean[n];
      leaveProrated[i] = new boolean[n];
      leaveAmount[i] = new double[n];
      for (int j = 0; j < n; j++) {
        Leave l = leave.get(j);
        leaveType[i][j] = index(typeIndex, l.type());
        leaveInHours[i][j] = l.measure() == Leave.Measure.HOURS;
        leaveProrated[i][j] = l.isProrated();
        // days as given, hours as given, or the holiday dates on the member's working days
        leaveAmount[i][j] = l.measure() == Leave.Measure.DATES
            ? l.dates().stream().filter(pattern::isWorkingDay).count()
            : l.amount().doubleValue();
      }

      List<NonClientActivity> activities = new ArrayList<>();
      for (NonClientActivity a : t.activities()) {
        if (a.appliesTo(c.id())) {
          activities.add(a);
        }
      }
      activities.addAll(c.activities());
      n = activities.size();
      nonClientCategory[i] = new int[n];
      nonClientKind[i] = new int[n];
      nonClientAmount[i] = new double[n];
      for (int j = 0; j < n; j++) {
        NonClientActivity a = activities.get(j);
        nonClientCategory[i][j] = index(categoryIndex, a.category());
        if (a.share().isPresent()) {
          nonClientKind[i][j] = SHARE;
          nonClientAmount[i][j] = a.share().get().toFraction().doubleValue();
        } else {
          PeriodicHours amount = a.amount().orElseThrow();
          nonClientKind[i][j] = kindOf(amount);
          nonClientAmount[i][j] = amount.hours().toBigDecimal().doubleValue();
        }
      }
    }
    givenPerFte = new double[nRoles];
    for (int r = 0; r < nRoles; r++) {
      Hours given = plan.clientCareHoursPerFte().get(roles.get(r));
      givenPerFte[r] = given == null ? Double.NaN : given.toBigDecimal().doubleValue();
    }

    int nTypes = typeIndex.size();
    int nCategories = categoryIndex.size();
    totalLeaveAt = leaveAt + nTypes;
    workedAt = totalLeaveAt + 1;
    nonClientAt = workedAt + 1;
    totalNonClientAt = nonClientAt + nCategories;
    careAt = totalNonClientAt + 1;
    shareAt = careAt + 1;
    width = shareAt + 1;

    // Step 2 inputs
    levels = new ArrayList<>();
    Map<ActivityKind, Integer> kindIndex = new LinkedHashMap<>();
    List<InterventionActivity> all = new ArrayList<>();
    List<Integer> allLevels = new ArrayList<>();
    levelCount = d.levels().size();
    serviceWeeks = d.weeksPerYear().doubleValue();
    episodeWeeks = new double[levelCount];
    volume = new double[levelCount];
    volumeConcurrent = new boolean[levelCount];
    for (int k = 0; k < levelCount; k++) {
      LevelDemand ld = d.levels().get(k);
      levels.add(ld.level());
      episodeWeeks[k] = ld.profile().episodeWeeks().value().doubleValue();
      volume[k] = ld.volume().count().doubleValue();
      volumeConcurrent[k] = ld.volume().isConcurrent();
      for (InterventionActivity a : ld.profile().activities()) {
        all.add(a);
        allLevels.add(k);
        index(kindIndex, a.kind());
      }
    }
    kindCount = kindIndex.size();
    int nActivities = all.size();
    activityLevel = new int[nActivities];
    activityRole = new int[nActivities];
    activityKind = new int[nActivities];
    activityMinutes = new double[nActivities];
    activityOccurrences = new double[nActivities];
    activityGroup = new double[nActivities];
    for (int a = 0; a < nActivities; a++) {
      InterventionActivity act = all.get(a);
      activityLevel[a] = allLevels.get(a);
      activityRole[a] = roleIndex.get(act.role());
      activityKind[a] = kindIndex.get(act.kind());
      activityMinutes[a] = act.minutes().value().doubleValue();
      activityOccurrences[a] = act.frequency().occurrencesPerEpisode().doubleValue();
      activityGroup[a] = act.groupSize().orElse(1);
    }

    // figures
    member = new double[members][width];
    leaveLineHours = new double[members][];
    nonClientLineHours = new double[members][];
    for (int i = 0; i < members; i++) {
      leaveLineHours[i] = new double[leaveType[i].length];
      nonClientLineHours[i] = new double[nonClientKind[i].length];
    }
    role = new double[PERIODS][nRoles][width];
    rolePerFte = new double[PERIODS][nRoles][width];
    team = new double[PERIODS][width];
    teamPerFte = new double[PERIODS][width];

    activityHours = new double[nActivities];
    hoursPerEpisode = new double[levelCount];
    hoursPerEpisodeByRole = new double[levelCount][nRoles];
    hoursPerEpisodeByKind = new double[levelCount][kindCount];
    levelHoursPerWeek = new double[levelCount];
    episodes = new double[levelCount];
    concurrent = new double[levelCount];
    demandByLevel = new double[levelCount];
    demandByLevelAndRole = new double[levelCount][nRoles];
    demandByRole = new double[nRoles];
    demandByKind = new double[kindCount];
    caseMixByClients = new double[levelCount];
    caseMixByTime = new double[levelCount];

    matched = new boolean[nRoles];
    available = new double[nRoles];
    supply = new double[nRoles];
    perFte = new double[nRoles];
    demand = new double[nRoles];
    fteRequired = new double[nRoles];
    gapHours = new double[nRoles];
    gapFte = new double[nRoles];
    ratio = new double[nRoles];
    pressure = new double[nRoles];
    utilisation = new double[nRoles];
    fteRequiredByLevel = new double[nRoles][levelCount];
    hasCapacity = new boolean[nRoles];
    capacityHoursPerEpisode = new double[nRoles];
    capacityEpisodes = new double[nRoles];
    capacityConcurrent = new double[nRoles];
    capacityEpisodesByLevel = new double[nRoles][levelCount];
    capacityConcurrentByLevel = new double[nRoles][levelCount];
    wholes = new double[2 * nRoles + 4 * levelCount + 2 * members];

    singleRole = new int[levelCount];
    singleHoursPerEpisode = new double[levelCount];
    singleEpisodes = new double[levelCount];
    singleConcurrent = new double[levelCount];
    hasCaseload = new boolean[members];
    caseloadShare = new double[members];
    caseloadEpisodes = new double[members];
    caseloadConcurrent = new double[members];
  }

  /**
   * Copies the inputs of a plan into arrays and allocates the arrays of its figures.
   *
   * @param plan the plan, not null
   * @return the reference of the plan, not yet evaluated
   */
  public static DoublePlan of(CaseloadPlan plan) {
    return new DoublePlan(plan);
  }

  private static <K> int index(Map<K, Integer> index, K key) {
    Integer i = index.get(key);
    if (i == null) {
      i = index.size();
      index.put(key, i);
    }
    return i;
  }

  private static int kindOf(PeriodicHours amount) {
    switch (amount.period()) {
      case DAY:
        return PER_DAY;
      case WEEK:
        return PER_WEEK;
      case MONTH:
        return PER_MONTH;
      case YEAR:
        return PER_YEAR;
      default:
        throw new AssertionError(amount.period());
    }
  }

  /**
   * Computes every figure of the three steps from the copied inputs, into the arrays allocated by
   * {@link #of(CaseloadPlan)}.
   *
   * @return this reference, evaluated
   */
  public DoublePlan evaluate() {
    step1();
    step2();
    step3();
    return this;
  }

  private void step1() {
    for (double[][] p : role) {
      for (double[] b : p) {
        Arrays.fill(b, 0);
      }
    }
    for (double[] b : team) {
      Arrays.fill(b, 0);
    }
    for (int i = 0; i < members; i++) {
      double[] b = member[i];
      Arrays.fill(b, 0);
      double f = fte[i];
      double paid = hoursPerWeek[i] * weeksPerYear[i] * f;
      b[fteAt] = f;
      b[paidAt] = paid;
      double leave = 0;
      for (int j = 0; j < leaveType[i].length; j++) {
        double h = leaveInHours[i][j] ? leaveAmount[i][j] : leaveAmount[i][j] * hoursPerDay[i];
        if (leaveProrated[i][j]) {
          h *= f;
        }
        leaveLineHours[i][j] = h;
        b[leaveAt + leaveType[i][j]] += h;
        leave += h;
      }
      double worked = paid - leave;
      b[totalLeaveAt] = leave;
      b[workedAt] = worked;
      double nonClient = 0;
      for (int j = 0; j < nonClientKind[i].length; j++) {
        double a = nonClientAmount[i][j];
        double h;
        switch (nonClientKind[i][j]) {
          case SHARE:
            h = a * worked;
            break;
          case PER_DAY:
            h = a * (worked / hoursPerDay[i]);
            break;
          case PER_WEEK:
            h = a * (worked / hoursPerWeek[i]);
            break;
          case PER_MONTH:
            h = a * 12;
            break;
          default:
            h = a;
            break;
        }
        nonClientLineHours[i][j] = h;
        b[nonClientAt + nonClientCategory[i][j]] += h;
        nonClient += h;
      }
      b[totalNonClientAt] = nonClient;
      b[careAt] = worked - nonClient;
      b[shareAt] = b[careAt] / paid;
      // the member's lines per year, month and week, added to the role's and the team's
      int r = memberRole[i];
      for (int p = 0; p < PERIODS; p++) {
        double div = p == YEAR ? 1 : p == MONTH ? 12 : weeksPerYear[i];
        double[] rb = role[p][r];
        double[] tb = team[p];
        rb[fteAt] += f;
        tb[fteAt] += f;
        for (int x = paidAt; x < careAt + 1; x++) {
          double v = b[x] / div;
          rb[x] += v;
          tb[x] += v;
        }
      }
    }
    for (int p = 0; p < PERIODS; p++) {
      for (int r = 0; r < roles.size(); r++) {
        if (onTeam[r]) {
          finish(role[p][r]);
          perFte(role[p][r], rolePerFte[p][r]);
        }
      }
      finish(team[p]);
      perFte(team[p], teamPerFte[p]);
    }
  }

  /** Derives worked, client-care and the share of a sum of lines. */
  private void finish(double[] b) {
    b[workedAt] = b[paidAt] - b[totalLeaveAt];
    b[careAt] = b[workedAt] - b[totalNonClientAt];
    b[shareAt] = b[careAt] / b[paidAt];
  }

  private void perFte(double[] b, double[] out) {
    double f = b[fteAt];
    out[fteAt] = 1;
    for (int x = paidAt; x < careAt + 1; x++) {
      out[x] = b[x] / f;
    }
    out[shareAt] = b[shareAt];
  }

  private void step2() {
    Arrays.fill(hoursPerEpisode, 0);
    Arrays.fill(demandByRole, 0);
    Arrays.fill(demandByKind, 0);
    for (int k = 0; k < levelCount; k++) {
      Arrays.fill(hoursPerEpisodeByRole[k], 0);
      Arrays.fill(hoursPerEpisodeByKind[k], 0);
      episodes[k] = volumeConcurrent[k] ? volume[k] * serviceWeeks / episodeWeeks[k] : volume[k];
      concurrent[k] = volumeConcurrent[k] ? volume[k] : volume[k] * episodeWeeks[k] / serviceWeeks;
    }
    for (int a = 0; a < activityHours.length; a++) {
      double h = activityMinutes[a] * activityOccurrences[a] / (60 * activityGroup[a]);
      activityHours[a] = h;
      int k = activityLevel[a];
      hoursPerEpisode[k] += h;
      hoursPerEpisodeByRole[k][activityRole[a]] += h;
      hoursPerEpisodeByKind[k][activityKind[a]] += h;
    }
    episodesTotal = 0;
    concurrentTotal = 0;
    demandHours = 0;
    for (int k = 0; k < levelCount; k++) {
      double e = episodes[k];
      levelHoursPerWeek[k] = hoursPerEpisode[k] / episodeWeeks[k];
      demandByLevel[k] = hoursPerEpisode[k] * e;
      for (int r = 0; r < roles.size(); r++) {
        double h = hoursPerEpisodeByRole[k][r] * e;
        demandByLevelAndRole[k][r] = h;
        demandByRole[r] += h;
      }
      for (int x = 0; x < kindCount; x++) {
        demandByKind[x] += hoursPerEpisodeByKind[k][x] * e;
      }
      episodesTotal += e;
      concurrentTotal += concurrent[k];
      demandHours += demandByLevel[k];
    }
    shares(episodes, episodesTotal, caseMixByClients);
    shares(demandByLevel, demandHours, caseMixByTime);
  }

  /** Shares in percent; the largest value takes the remainder of the others, as the library. */
  private static void shares(double[] values, double total, double[] out) {
    int largest = 0;
    for (int k = 1; k < values.length; k++) {
      if (values[k] > values[largest]) {
        largest = k;
      }
    }
    double others = 0;
    for (int k = 0; k < values.length; k++) {
      out[k] = k == largest || total == 0 ? 0 : values[k] * 100 / total;
      others += out[k];
    }
    out[largest] = 100 - others;
  }

  private void step3() {
    int nRoles = roles.size();
    int w = 0;
    double planAvailable = 0;
    double planSupply = 0;
    double planRequired = 0;
    leastRole = -1;
    for (int r = 0; r < nRoles; r++) {
      double[] year = role[YEAR][r];
      available[r] = onTeam[r] ? year[fteAt] : 0;
      supply[r] = onTeam[r] ? year[careAt] : 0;
      demand[r] = demandByRole[r];
      matched[r] = onTeam[r] || demand[r] > 0;
      if (!Double.isNaN(givenPerFte[r])) {
        perFte[r] = givenPerFte[r];
      } else if (onTeam[r] && supply[r] > 0) {
        perFte[r] = rolePerFte[YEAR][r][careAt];
      } else {
        perFte[r] = 0;
      }
      fteRequired[r] = demand[r] == 0 ? 0 : demand[r] / perFte[r];
      gapHours[r] = supply[r] - demand[r];
      gapFte[r] = available[r] - fteRequired[r];
      ratio[r] = fteRequired[r] == 0 ? Double.NaN : available[r] / fteRequired[r];
      pressure[r] = ratio[r] < 1 ? 1 - ratio[r] : Double.isNaN(ratio[r]) ? Double.NaN : 0;
      utilisation[r] = supply[r] == 0 ? Double.NaN : demand[r] / supply[r];
      double weighted = 0;
      double weightedWeeks = 0;
      boolean needed = false;
      for (int k = 0; k < levelCount; k++) {
        double h = demandByLevelAndRole[k][r];
        fteRequiredByLevel[r][k] = h == 0 ? 0 : h / perFte[r];
        double t = hoursPerEpisodeByRole[k][r];
        weighted += episodes[k] * t;
        weightedWeeks += episodes[k] * episodeWeeks[k];
        needed |= t > 0 && episodes[k] > 0;
      }
      hasCapacity[r] = needed;
      if (needed) {
        double s = supply[r];
        capacityHoursPerEpisode[r] = weighted / episodesTotal;
        capacityEpisodes[r] = s * episodesTotal / weighted;
        capacityConcurrent[r] = s * weightedWeeks / (weighted * serviceWeeks);
        wholes[w++] = Math.floor(capacityEpisodes[r]);
        wholes[w++] = Math.floor(capacityConcurrent[r]);
        for (int k = 0; k < levelCount; k++) {
          capacityEpisodesByLevel[r][k] = s * episodes[k] / weighted;
          capacityConcurrentByLevel[r][k] =
              s * episodes[k] * episodeWeeks[k] / (weighted * serviceWeeks);
        }
        if (leastRole < 0 || capacityEpisodes[r] < capacityEpisodes[leastRole]) {
          leastRole = r;
        }
      }
      if (matched[r]) {
        planAvailable += available[r];
        planSupply += supply[r];
        planRequired += fteRequired[r];
      }
    }
    double planRatio = planRequired == 0 ? Double.NaN : planAvailable / planRequired;
    planTotals[0] = planAvailable;
    planTotals[1] = planSupply;
    planTotals[2] = demandHours;
    planTotals[3] = planRequired;
    planTotals[4] = planSupply - demandHours;
    planTotals[5] = planAvailable - planRequired;
    planTotals[6] = planRatio;
    planTotals[7] = planRatio < 1 ? 1 - planRatio : Double.isNaN(planRatio) ? Double.NaN : 0;
    planTotals[8] = planSupply == 0 ? Double.NaN : demandHours / planSupply;

    // the plan's capacity by level, whole counts
    for (int k = 0; k < levelCount; k++) {
      wholes[w++] = Math.floor(capacityEpisodesByLevel[leastRole][k]);
      wholes[w++] = Math.floor(capacityConcurrentByLevel[leastRole][k]);
    }
    // if every client were of one level: the smallest S / t_k over the roles the level needs
    for (int k = 0; k < levelCount; k++) {
      int least = -1;
      double leastEpisodes = 0;
      for (int r = 0; r < nRoles; r++) {
        double t = hoursPerEpisodeByRole[k][r];
        if (t > 0) {
          double n = supply[r] / t;
          if (least < 0 || n < leastEpisodes) {
            least = r;
            leastEpisodes = n;
          }
        }
      }
      singleRole[k] = least;
      if (least >= 0) {
        double t = hoursPerEpisodeByRole[k][least];
        singleHoursPerEpisode[k] = t;
        singleEpisodes[k] = leastEpisodes;
        singleConcurrent[k] = supply[least] * episodeWeeks[k] / (t * serviceWeeks);
        wholes[w++] = Math.floor(singleEpisodes[k]);
        wholes[w++] = Math.floor(singleConcurrent[k]);
      }
    }
    // suggested caseloads: each role's capacity shared in proportion to client-care hours
    for (int i = 0; i < members; i++) {
      int r = memberRole[i];
      hasCaseload[i] = hasCapacity[r] && supply[r] != 0;
      if (hasCaseload[i]) {
        double share = member[i][careAt] / supply[r];
        caseloadShare[i] = share;
        caseloadEpisodes[i] = capacityEpisodes[r] * share;
        caseloadConcurrent[i] = capacityConcurrent[r] * share;
        wholes[w++] = Math.floor(caseloadEpisodes[i]);
        wholes[w++] = Math.floor(caseloadConcurrent[i]);
      }
    }
  }

  /**
   * Gives every array of figures to a blackhole. The arrays are fields of this object, so the
   * writes of {@link #evaluate()} are seen whatever the blackhole does.
   *
   * @param bh consumes the figures
   */
  public void consume(Blackhole bh) {
    bh.consume(member);
    bh.consume(leaveLineHours);
    bh.consume(nonClientLineHours);
    bh.consume(role);
    bh.consume(rolePerFte);
    bh.consume(team);
    bh.consume(teamPerFte);
    bh.consume(activityHours);
    bh.consume(hoursPerEpisode);
    bh.consume(hoursPerEpisodeByRole);
    bh.consume(hoursPerEpisodeByKind);
    bh.consume(levelHoursPerWeek);
    bh.consume(episodes);
    bh.consume(concurrent);
    bh.consume(demandByLevel);
    bh.consume(demandByLevelAndRole);
    bh.consume(demandByRole);
    bh.consume(demandByKind);
    bh.consume(caseMixByClients);
    bh.consume(caseMixByTime);
    bh.consume(episodesTotal);
    bh.consume(concurrentTotal);
    bh.consume(demandHours);
    bh.consume(available);
    bh.consume(supply);
    bh.consume(perFte);
    bh.consume(fteRequired);
    bh.consume(gapHours);
    bh.consume(gapFte);
    bh.consume(ratio);
    bh.consume(pressure);
    bh.consume(utilisation);
    bh.consume(fteRequiredByLevel);
    bh.consume(capacityHoursPerEpisode);
    bh.consume(capacityEpisodes);
    bh.consume(capacityConcurrent);
    bh.consume(capacityEpisodesByLevel);
    bh.consume(capacityConcurrentByLevel);
    bh.consume(wholes);
    bh.consume(planTotals);
    bh.consume(leastRole);
    bh.consume(singleRole);
    bh.consume(singleHoursPerEpisode);
    bh.consume(singleEpisodes);
    bh.consume(singleConcurrent);
    bh.consume(caseloadShare);
    bh.consume(caseloadEpisodes);
    bh.consume(caseloadConcurrent);
  }

  private int roleIndex(Role r) {
    int i = roles.indexOf(r);
    if (i < 0) {
      throw new IllegalArgumentException("Invalid value for role (valid values " + roles + "): " + r);
    }
    return i;
  }

  /**
   * Returns the roles of the plan: the team's in order of appearance, then the other roles its
   * activities name.
   *
   * @return an unmodifiable list
   */
  public List<Role> roles() {
    return roles;
  }

  /**
   * Returns the levels of the demand, in rank order.
   *
   * @return an unmodifiable list
   */
  public List<ComplexityLevel> levels() {
    return List.copyOf(levels);
  }

  /**
   * Returns the client-care hours per year of one member, in the team's order.
   *
   * @param index the member's index in the team, {@code 0 <= x < members}
   * @return hours per year
   */
  public double clientCareHours(int index) {
    return member[index][careAt];
  }

  /**
   * Returns the client-care hours per year of a role (the role's supply).
   *
   * @param r a role of {@link #roles()}
   * @return hours per year, 0 for a role not on the team
   */
  public double supplyHours(Role r) {
    return supply[roleIndex(r)];
  }

  /**
   * Returns the demand hours per year of a role.
   *
   * @param r a role of {@link #roles()}
   * @return hours per year
   */
  public double demandHours(Role r) {
    return demand[roleIndex(r)];
  }

  /**
   * Returns the FTE required of a role.
   *
   * @param r a role of {@link #roles()}
   * @return FTE
   */
  public double fteRequired(Role r) {
    return fteRequired[roleIndex(r)];
  }

  /**
   * Returns the gap of a role in FTE: available minus required.
   *
   * @param r a role of {@link #roles()}
   * @return FTE, negative when understaffed
   */
  public double gapFte(Role r) {
    return gapFte[roleIndex(r)];
  }

  /**
   * Returns the gap of a role in hours: supply minus demand.
   *
   * @param r a role of {@link #roles()}
   * @return hours per year
   */
  public double gapHours(Role r) {
    return gapHours[roleIndex(r)];
  }

  /**
   * Returns the episodes per year a role's client-care hours serve for the case mix.
   *
   * @param r a role of {@link #roles()}
   * @return episodes per year, NaN when the clients need no time from the role
   */
  public double episodesPerYear(Role r) {
    int i = roleIndex(r);
    return hasCapacity[i] ? capacityEpisodes[i] : Double.NaN;
  }

  /**
   * Returns the concurrent caseload a role's client-care hours carry for the case mix.
   *
   * @param r a role of {@link #roles()}
   * @return clients at one time, NaN when the clients need no time from the role
   */
  public double concurrentCaseload(Role r) {
    int i = roleIndex(r);
    return hasCapacity[i] ? capacityConcurrent[i] : Double.NaN;
  }

  /**
   * Returns the plan's capacity for the case mix: the episodes per year of the bottleneck role.
   *
   * @return episodes per year
   */
  public double episodesPerYear() {
    return capacityEpisodes[leastRole];
  }

  /**
   * Returns the bottleneck role of the plan's capacity.
   *
   * @return the role whose capacity is smallest
   */
  public Role bottleneck() {
    return roles.get(leastRole);
  }

  /**
   * Returns the plan's FTE required, all roles.
   *
   * @return FTE
   */
  public double fteRequired() {
    return planTotals[3];
  }

  /**
   * Returns the capacity if every client were of one level, in episodes per year.
   *
   * @param level the level's index in {@link #levels()}
   * @return episodes per year, NaN when the level needs no time
   */
  public double singleLevelEpisodesPerYear(int level) {
    return singleRole[level] < 0 ? Double.NaN : singleEpisodes[level];
  }

  /**
   * Returns a member's suggested caseload in episodes per year.
   *
   * @param index the member's index in the team
   * @return episodes per year, NaN when the member has none
   */
  public double suggestedEpisodesPerYear(int index) {
    return hasCaseload[index] ? caseloadEpisodes[index] : Double.NaN;
  }
}
