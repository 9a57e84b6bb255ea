package io.github.cmpt.horizon;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableTable;
import com.google.common.collect.Range;
import io.github.cmpt.demand.LevelDemand;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.plan.PlanResult;
import io.github.cmpt.report.Table;
import io.github.cmpt.report.Worksheet;
import io.github.cmpt.supply.ClinicianTime;
import io.github.cmpt.supply.Leave;
import io.github.cmpt.time.Fraction;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.WorkPattern;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.vocabulary.LeaveType;
import io.github.cmpt.vocabulary.Role;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A {@link HorizonPlan} evaluated period by period: each level's waiting list, starts, discharges
 * and caseload, each role's client-care hours, and caseload per FTE.
 *
 * <p><b>Supply per period</b> (Step 1 and the calendar). For a clinician with client-care hours
 * {@code CC} per year (Step 1), working days per year {@code W} (the pattern's
 * {@code daysPerWeek x weeksPerYear}) and leave that falls on dates: the lines of holiday dates,
 * and the lines of each type the clinician has an {@link Absence} of, {@code L_dated} hours a year,
 * <pre>
 * ordinary days per year  D = W - L_dated / (hoursPerDay x FTE)
 * client-care per day     r = CC / D
 * client-care in a period   = r x (ordinary days in the period)
 * </pre>
 * where an ordinary day is a date the pattern works ({@link WorkPattern#isWorkingDay(LocalDate)}:
 * its days of the week, working period and rotation, so that a school year's breaks, the gaps
 * between the ranges of its working period, have none) on which the clinician is employed, which is
 * not a statutory holiday (for a clinician with a holiday line) and not in an absence. Leave not on
 * dates (vacation days a year without an absence) and non-client time are thus spread evenly over
 * the ordinary days, and holidays and absences take whole days out of their periods. Over the
 * periods of one year of the pattern's days (52 weeks of a 52-week pattern), with the holiday and
 * absence days of its lines, the periods' client-care hours add up to {@code CC}. A role's supply
 * is the sum over its clinicians; its FTE in a period is each clinician's FTE times the share of
 * the period's days they are employed.
 *
 * <p><b>Starts</b> (Step 2 and the waiting list). A start of level {@code k} uses the hours per
 * episode {@code t_kr} of each role {@code r} (Step 2) from the period's supply, as the annual
 * plan charges an episode's hours to the year: a period's capacity is the episodes its
 * client-care hours serve, so that at a steady rate starts equal the annual plan's
 * {@link io.github.cmpt.plan.Capacity} per period. Waiting clients start in the
 * {@link ServiceOrder}: the next group starts in full when every role has
 * {@code sum_k q_k x t_kr} hours left, otherwise the fraction
 * {@code theta = min over r of (hours left of r / sum_k q_k x t_kr)} of it starts and no one
 * after it (the bottleneck role decides). Time left over in a period is not carried to the next.
 *
 * <p><b>Discharges.</b> Starts are taken as evenly spread over their period, and each is discharged
 * one episode length ({@code 7 x episodeWeeks} days) later, so a period's starts are discharged
 * over the periods that their shifted dates overlap; the clients on caseload at the start are
 * discharged evenly over the first episode length. Clients discharged after the horizon stay on
 * the caseload at its end.
 *
 * <p><b>Counts are exact fractions of clients.</b> A fraction is an expected number (a flow), which
 * keeps conservation and the annual totals exact; present them rounded down as whole clients. Per
 * level and period:
 * <pre>
 * waiting at start + arrivals = starts + waiting at end
 * caseload at start + starts  = discharges + caseload at end
 * mean wait (weeks)           = waiting at end / (starts / period weeks)          (Little's law)
 * caseload per FTE            = caseload at end / FTE
 * (caseload + waiting) per FTE = (caseload at end + waiting at end) / FTE
 * </pre>
 * Caseload per FTE including those waiting is the figure of the NHS Scotland paediatric
 * occupational therapy services (Good Goals study, Implementation Science 2012, 7:76); for a role it
 * counts the clients of the levels that need the role, over the FTE of that role's staff.
 *
 * <pre>{@code
 * Projection projection = Projection.of(input);
 * projection.level(scale.level("1"), 12).waitingAtEnd();
 * projection.clearingPeriod();
 * String table = projection.toTable().toText();
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Projection {

  private final HorizonPlan input;
  private final PlanResult result;
  private final ImmutableList<ComplexityLevel> levels;
  private final ImmutableList<Role> roles;
  private final ImmutableTable<Integer, ComplexityLevel, LevelPeriod> levelRows;
  private final ImmutableTable<Integer, Role, RolePeriod> roleRows;
  private final ImmutableList<Fte> fte;

  private Projection(
      HorizonPlan input,
      PlanResult result,
      ImmutableList<ComplexityLevel> levels,
      ImmutableList<Role> roles,
      ImmutableTable<Integer, ComplexityLevel, LevelPeriod> levelRows,
      ImmutableTable<Integer, Role, RolePeriod> roleRows,
      ImmutableList<Fte> fte) {
    this.input = input;
    this.result = result;
    this.levels = levels;
    this.roles = roles;
    this.levelRows = levelRows;
    this.roleRows = roleRows;
    this.fte = fte;
  }

  /**
   * Evaluates a plan over its horizon.
   *
   * @param input the plan over a horizon, not null
   * @return the projection
   * @throws IllegalArgumentException when the plan is impossible (see
   *     {@link PlanResult#of(io.github.cmpt.plan.CaseloadPlan)}) or a series of arrivals has not
   *     one value per period
   */
  public static Projection of(HorizonPlan input) {
    Checks.notNull(input, "input");
    return of(input, PlanResult.of(input.plan()));
  }

  /**
   * Evaluates a plan over its horizon from the plan's result (Steps 1 to 3).
   *
   * @param input the plan over a horizon, not null
   * @param result the result of {@code input.plan()}, not null
   * @return the projection
   * @throws IllegalArgumentException when the result is not that of the input's plan, or a series
   *     of arrivals has not one value per period
   */
  public static Projection of(HorizonPlan input, PlanResult result) {
    Checks.notNull(input, "input");
    Checks.notNull(result, "result");
    Checks.check(
        result.plan().equals(input.plan()), "result", "the result of the input's plan", result);
    return new Engine(input, result).run();
  }

  /** The period by period evaluation. */
  private static final class Engine {
    final HorizonPlan input;
    final PlanResult result;
    final Horizon horizon;
    final int n;
    final long[] from;
    final long[] to;
    final List<ComplexityLevel> levels = new ArrayList<>();
    final List<Role> roles;
    final Fraction[][] hoursPerEpisode; // [level][role]
    final Fraction[] episodeDays;
    final Fraction[][] supply; // [role][period]
    final Fraction[][] fteByRole; // [role][period]

    Engine(HorizonPlan input, PlanResult result) {
      this.input = input;
      this.result = result;
      this.horizon = input.horizon();
      this.n = horizon.size();
      this.from = new long[n];
      this.to = new long[n];
      for (int j = 0; j < n; j++) {
        Range<LocalDate> p = horizon.periods().get(j);
        from[j] = ChronoUnit.DAYS.between(horizon.start(), p.lowerEndpoint());
        to[j] = ChronoUnit.DAYS.between(horizon.start(), p.upperEndpoint());
      }
      this.roles = result.roles();
      List<LevelDemand> demand = input.plan().demand().levels();
      hoursPerEpisode = new Fraction[demand.size()][roles.size()];
      episodeDays = new Fraction[demand.size()];
      ImmutableTable<ComplexityLevel, Role, Hours> t =
          result.demand().hoursPerEpisodeByLevelAndRole();
      for (int k = 0; k < demand.size(); k++) {
        ComplexityLevel level = demand.get(k).level();
        levels.add(level);
        episodeDays[k] = Fraction.of(demand.get(k).profile().episodeWeeks().value()).multipliedBy(7);
        for (int r = 0; r < roles.size(); r++) {
          Hours h = t.get(level, roles.get(r));
          hoursPerEpisode[k][r] = h == null ? Fraction.ZERO : h.toFraction();
        }
      }
      supply = new Fraction[roles.size()][n];
      fteByRole = new Fraction[roles.size()][n];
      for (Fraction[] row : supply) {
        java.util.Arrays.fill(row, Fraction.ZERO);
      }
      for (Fraction[] row : fteByRole) {
        java.util.Arrays.fill(row, Fraction.ZERO);
      }
      for (ClinicianTime m : result.supply().members()) {
        addSupply(m);
      }
    }

    private void addSupply(ClinicianTime m) {
      String id = m.clinician().id();
      int r = roles.indexOf(m.clinician().role());
      WorkPattern pattern = m.clinician().workHours().pattern();
      Fte clinicianFte = m.clinician().workHours().fte();
      Hours perDay = pattern.hoursPerDay().multipliedBy(clinicianFte.toFraction());
      Set<LeaveType> placed = new HashSet<>();
      List<Range<LocalDate>> absent = new ArrayList<>();
      for (Absence a : input.absences()) {
        if (a.clinicianId().equals(id)) {
          placed.add(a.type());
          absent.add(a.dates());
        }
      }
      Hours dated = Hours.ZERO;
      boolean hasHolidayLine = false;
      SortedSet<LocalDate> holidays = new TreeSet<>();
      for (Leave l : m.leaveLines()) {
        if (l.measure() == Leave.Measure.DATES) {
          hasHolidayLine = true;
          holidays.addAll(l.dates());
          dated = dated.plus(l.hoursPerYear(m.clinician().workHours()));
        } else if (placed.contains(l.type())) {
          dated = dated.plus(l.hoursPerYear(m.clinician().workHours()));
        }
      }
      if (hasHolidayLine && input.holidays().isPresent()) {
        holidays.clear();
        holidays.addAll(
            input
                .holidays()
                .get()
                .holidaysIn(Range.closed(horizon.start(), horizon.end().minusDays(1))));
      }
      if (!hasHolidayLine) {
        holidays.clear();
      }
      Fraction ordinaryPerYear =
          Fraction.of(pattern.workingDaysPerYear()).minus(dated.ratioTo(perDay));
      Fraction rate =
          ordinaryPerYear.signum() > 0
              ? m.perYear().clientCareHours().toFraction().dividedBy(ordinaryPerYear)
              : Fraction.ZERO;
      Range<LocalDate> employed = input.employment().getOrDefault(id, Range.all());
      for (int j = 0; j < n; j++) {
        Range<LocalDate> p = horizon.periods().get(j);
        long ordinary = 0;
        long employedDays = 0;
        for (LocalDate d = p.lowerEndpoint(); d.isBefore(p.upperEndpoint()); d = d.plusDays(1)) {
          if (!employed.contains(d)) {
            continue;
          }
          employedDays++;
          if (pattern.isWorkingDay(d) && !holidays.contains(d) && !inAny(absent, d)) {
            ordinary++;
          }
        }
        if (ordinary > 0) {
          supply[r][j] = supply[r][j].plus(rate.multipliedBy(ordinary));
        }
        if (employedDays > 0) {
          fteByRole[r][j] =
              fteByRole[r][j].plus(
                  clinicianFte.toFraction().multipliedBy(employedDays).dividedBy(horizon.days(j)));
        }
      }
    }

    private static boolean inAny(List<Range<LocalDate>> ranges, LocalDate d) {
      for (Range<LocalDate> range : ranges) {
        if (range.contains(d)) {
          return true;
        }
      }
      return false;
    }

    /** A group of clients of one level referred in one period (-1: waiting at the start). */
    private static final class Cohort {
      final int period;
      Fraction count;

      Cohort(int period, Fraction count) {
        this.period = period;
        this.count = count;
      }
    }

    Projection run() {
      int levelCount = levels.size();
      List<Deque<Cohort>> queues = new ArrayList<>();
      Fraction[][] arrivals = new Fraction[levelCount][];
      Fraction[][] discharges = new Fraction[levelCount][n];
      Fraction[] caseload = new Fraction[levelCount];
      Map<ComplexityLevel, Fraction> planEpisodes = result.demand().episodesPerYearByLevel();
      Fraction weeksPerYear = Fraction.of(input.plan().demand().weeksPerYear());
      for (int k = 0; k < levelCount; k++) {
        ComplexityLevel level = levels.get(k);
        Arrivals a = input.arrivals().get(level);
        if (a == null) {
          a = Arrivals.ofWeekly(planEpisodes.get(level).dividedBy(weeksPerYear));
        }
        arrivals[k] = a.in(horizon).toArray(new Fraction[0]);
        Deque<Cohort> q = new ArrayDeque<>();
        Fraction w = input.initialWaiting().getOrDefault(level, Fraction.ZERO);
        if (w.signum() > 0) {
          q.add(new Cohort(-1, w));
        }
        queues.add(q);
        java.util.Arrays.fill(discharges[k], Fraction.ZERO);
        caseload[k] = input.initialCaseload().getOrDefault(level, Fraction.ZERO);
        if (caseload[k].signum() > 0) {
          // evenly spread over their episodes: discharged evenly over [0, D)
          for (int j = 0; j < n; j++) {
            Fraction overlap = overlap(Fraction.ZERO, episodeDays[k], from[j], to[j]);
            if (overlap.signum() > 0) {
              discharges[k][j] =
                  discharges[k][j].plus(caseload[k].multipliedBy(overlap).dividedBy(episodeDays[k]));
            }
          }
        }
      }

      ImmutableTable.Builder<Integer, ComplexityLevel, LevelPeriod> lrows = ImmutableTable.builder();
      ImmutableTable.Builder<Integer, Role, RolePeriod> rrows = ImmutableTable.builder();
      ImmutableList.Builder<Fte> fteTotal = ImmutableList.builder();
      for (int j = 0; j < n; j++) {
        Fraction[] left = new Fraction[roles.size()];
        for (int r = 0; r < roles.size(); r++) {
          left[r] = supply[r][j];
        }
        Fraction[] waitingStart = new Fraction[levelCount];
        Fraction[] starts = new Fraction[levelCount];
        for (int k = 0; k < levelCount; k++) {
          waitingStart[k] = total(queues.get(k));
          starts[k] = Fraction.ZERO;
          if (arrivals[k][j].signum() > 0) {
            queues.get(k).add(new Cohort(j, arrivals[k][j]));
          }
        }
        serve(queues, left, starts);
        Fraction[] caseloadEnd = new Fraction[levelCount];
        Fraction[] waitingEnd = new Fraction[levelCount];
        Fraction weeks = Fraction.of(to[j] - from[j], 7);
        for (int k = 0; k < levelCount; k++) {
          scheduleDischarges(discharges[k], j, starts[k], episodeDays[k]);
          waitingEnd[k] = total(queues.get(k));
          caseloadEnd[k] = caseload[k].plus(starts[k]).minus(discharges[k][j]);
          Optional<Fraction> wait =
              waitingEnd[k].signum() == 0
                  ? Optional.of(Fraction.ZERO)
                  : starts[k].signum() == 0
                      ? Optional.empty()
                      : Optional.of(waitingEnd[k].multipliedBy(weeks).dividedBy(starts[k]));
          lrows.put(
              j,
              levels.get(k),
              new LevelPeriod(
                  j,
                  levels.get(k),
                  waitingStart[k],
                  arrivals[k][j],
                  starts[k],
                  waitingEnd[k],
                  caseload[k],
                  discharges[k][j],
                  caseloadEnd[k],
                  wait));
          caseload[k] = caseloadEnd[k];
        }
        Fraction allFte = Fraction.ZERO;
        for (int r = 0; r < roles.size(); r++) {
          Fraction used = Fraction.ZERO;
          Fraction onCaseload = Fraction.ZERO;
          Fraction waiting = Fraction.ZERO;
          for (int k = 0; k < levelCount; k++) {
            if (hoursPerEpisode[k][r].signum() > 0) {
              used = used.plus(starts[k].multipliedBy(hoursPerEpisode[k][r]));
              onCaseload = onCaseload.plus(caseloadEnd[k]);
              waiting = waiting.plus(waitingEnd[k]);
            }
          }
          allFte = allFte.plus(fteByRole[r][j]);
          rrows.put(
              j,
              roles.get(r),
              new RolePeriod(
                  j,
                  roles.get(r),
                  Hours.of(supply[r][j]),
                  Hours.of(used),
                  Fte.of(fteByRole[r][j]),
                  onCaseload,
                  waiting));
        }
        fteTotal.add(Fte.of(allFte));
      }
      return new Projection(
          input,
          result,
          ImmutableList.copyOf(levels),
          roles instanceof ImmutableList ? (ImmutableList<Role>) roles : ImmutableList.copyOf(roles),
          lrows.build(),
          rrows.build(),
          fteTotal.build());
    }

    private static Fraction total(Deque<Cohort> q) {
      Fraction sum = Fraction.ZERO;
      for (Cohort c : q) {
        sum = sum.plus(c.count);
      }
      return sum;
    }

    /** Starts waiting clients in the service order, taking their hours from {@code left}. */
    private void serve(List<Deque<Cohort>> queues, Fraction[] left, Fraction[] starts) {
      // the priority levels in order, each first come first served; then the other levels
      // together, first come first served across them
      List<Integer> rest = new ArrayList<>();
      for (int k = 0; k < levels.size(); k++) {
        if (!input.order().priorityLevels().contains(levels.get(k))) {
          rest.add(k);
        }
      }
      for (ComplexityLevel l : input.order().priorityLevels()) {
        if (!firstComeFirstServed(queues, List.of(levels.indexOf(l)), left, starts)) {
          return;
        }
      }
      firstComeFirstServed(queues, rest, left, starts);
    }

    /**
     * Starts the clients of some levels in the order of their referral, a period's referrals of
     * all of them together; returns whether every one of them started.
     */
    private boolean firstComeFirstServed(
        List<Deque<Cohort>> queues, List<Integer> among, Fraction[] left, Fraction[] starts) {
      while (true) {
        int head = Integer.MAX_VALUE;
        for (int k : among) {
          Deque<Cohort> q = queues.get(k);
          if (!q.isEmpty()) {
            head = Math.min(head, q.peekFirst().period);
          }
        }
        if (head == Integer.MAX_VALUE) {
          return true;
        }
        List<Integer> group = new ArrayList<>();
        for (int k : among) {
          Deque<Cohort> q = queues.get(k);
          if (!q.isEmpty() && q.peekFirst().period == head) {
            group.add(k);
          }
        }
        if (!start(queues, group, left, starts)) {
          return false;
        }
      }
    }

    /**
     * Starts the head cohort of each level of a group, in full or the fraction theta the roles'
     * remaining hours allow; returns whether the group started in full.
     */
    private boolean start(
        List<Deque<Cohort>> queues, List<Integer> group, Fraction[] left, Fraction[] starts) {
      Fraction[] need = new Fraction[left.length];
      Fraction theta = Fraction.ONE;
      for (int r = 0; r < left.length; r++) {
        need[r] = Fraction.ZERO;
        for (int k : group) {
          need[r] = need[r].plus(queues.get(k).peekFirst().count.multipliedBy(hoursPerEpisode[k][r]));
        }
        if (need[r].signum() > 0) {
          theta = theta.min(left[r].dividedBy(need[r]));
        }
      }
      if (theta.compareTo(Fraction.ONE) >= 0) {
        for (int k : group) {
          starts[k] = starts[k].plus(queues.get(k).pollFirst().count);
        }
        for (int r = 0; r < left.length; r++) {
          left[r] = left[r].minus(need[r]);
        }
        return true;
      }
      if (theta.signum() > 0) {
        for (int k : group) {
          Cohort c = queues.get(k).peekFirst();
          Fraction started = c.count.multipliedBy(theta);
          starts[k] = starts[k].plus(started);
          c.count = c.count.minus(started);
        }
        for (int r = 0; r < left.length; r++) {
          left[r] = left[r].minus(need[r].multipliedBy(theta));
        }
      }
      return false;
    }

    /** Adds to later periods the discharges of starts spread evenly over period j. */
    private void scheduleDischarges(Fraction[] discharges, int j, Fraction started, Fraction days) {
      if (started.signum() == 0) {
        return;
      }
      Fraction lo = Fraction.of(from[j]).plus(days);
      Fraction hi = Fraction.of(to[j]).plus(days);
      long length = to[j] - from[j];
      for (int m = j; m < n && Fraction.of(from[m]).compareTo(hi) < 0; m++) {
        Fraction overlap = overlap(lo, hi, from[m], to[m]);
        if (overlap.signum() > 0) {
          discharges[m] = discharges[m].plus(started.multipliedBy(overlap).dividedBy(length));
        }
      }
    }

    private static Fraction overlap(Fraction lo, Fraction hi, long a, long b) {
      Fraction start = lo.max(Fraction.of(a));
      Fraction end = hi.min(Fraction.of(b));
      return end.compareTo(start) > 0 ? end.minus(start) : Fraction.ZERO;
    }
  }

  /**
   * Returns the input this projection evaluates.
   *
   * @return the input
   */
  public HorizonPlan input() {
    return input;
  }

  /**
   * Returns the result of the input's plan (Steps 1 to 3, per year).
   *
   * @return the plan's result
   */
  public PlanResult planResult() {
    return result;
  }

  /**
   * Returns the horizon.
   *
   * @return the horizon
   */
  public Horizon horizon() {
    return input.horizon();
  }

  /**
   * Returns the levels, in rank order.
   *
   * @return an immutable list
   */
  public ImmutableList<ComplexityLevel> levels() {
    return levels;
  }

  /**
   * Returns the roles, in the order of {@link PlanResult#roles()}.
   *
   * @return an immutable list
   */
  public ImmutableList<Role> roles() {
    return roles;
  }

  /**
   * Returns one level's figures in one period.
   *
   * @param level a level of the plan, not null
   * @param period the period's index, from 0
   * @return the figures
   * @throws IllegalArgumentException when the level is not the plan's or the period is outside
   *     the horizon
   */
  public LevelPeriod level(ComplexityLevel level, int period) {
    Checks.notNull(level, "level");
    LevelPeriod row = levelRows.get(period, level);
    Checks.check(row != null, "level, period", "a level of the plan and a period of the horizon",
        level.code() + ", " + period);
    return row;
  }

  /**
   * Returns one level's figures in every period.
   *
   * @param level a level of the plan, not null
   * @return an immutable list, one row per period
   * @throws IllegalArgumentException when the level is not the plan's
   */
  public ImmutableList<LevelPeriod> level(ComplexityLevel level) {
    Checks.notNull(level, "level");
    Checks.check(levels.contains(level), "level", "a level of the plan " + levels, level);
    return ImmutableList.copyOf(levelRows.column(level).values());
  }

  /**
   * Returns one role's figures in one period.
   *
   * @param role a role of the plan, not null
   * @param period the period's index, from 0
   * @return the figures
   * @throws IllegalArgumentException when the role is not the plan's or the period is outside the
   *     horizon
   */
  public RolePeriod role(Role role, int period) {
    Checks.notNull(role, "role");
    RolePeriod row = roleRows.get(period, role);
    Checks.check(row != null, "role, period", "a role of the plan and a period of the horizon",
        role + ", " + period);
    return row;
  }

  /**
   * Returns one role's figures in every period.
   *
   * @param role a role of the plan, not null
   * @return an immutable list, one row per period
   * @throws IllegalArgumentException when the role is not the plan's
   */
  public ImmutableList<RolePeriod> role(Role role) {
    Checks.notNull(role, "role");
    Checks.check(roles.contains(role), "role", "a role of the plan " + roles, role);
    return ImmutableList.copyOf(roleRows.column(role).values());
  }

  /**
   * Returns the clients waiting at the end of a period, all levels.
   *
   * @param period the period's index, from 0
   * @return clients waiting, exact
   * @throws IndexOutOfBoundsException when the period is outside the horizon
   */
  public Fraction waitingAtEnd(int period) {
    return sum(period, LevelPeriod::waitingAtEnd);
  }

  /**
   * Returns the clients on caseload at the end of a period, all levels.
   *
   * @param period the period's index, from 0
   * @return clients on caseload, exact
   * @throws IndexOutOfBoundsException when the period is outside the horizon
   */
  public Fraction caseloadAtEnd(int period) {
    return sum(period, LevelPeriod::caseloadAtEnd);
  }

  /**
   * Returns the starts of a period, all levels.
   *
   * @param period the period's index, from 0
   * @return starts, exact
   * @throws IndexOutOfBoundsException when the period is outside the horizon
   */
  public Fraction starts(int period) {
    return sum(period, LevelPeriod::starts);
  }

  private Fraction sum(int period, java.util.function.Function<LevelPeriod, Fraction> f) {
    Checks.check(period >= 0 && period < horizon().size(), "period", "0 <= x < " + horizon().size(),
        period);
    Fraction s = Fraction.ZERO;
    for (ComplexityLevel l : levels) {
      s = s.plus(f.apply(levelRows.get(period, l)));
    }
    return s;
  }

  /**
   * Returns the FTE of the whole team in a period: each clinician's FTE times the share of the
   * period's days they are employed.
   *
   * @param period the period's index, from 0
   * @return the FTE
   * @throws IllegalArgumentException when the period is outside the horizon
   */
  public Fte fte(int period) {
    Checks.check(period >= 0 && period < horizon().size(), "period", "0 <= x < " + horizon().size(),
        period);
    return fte.get(period);
  }

  /**
   * Returns the service's clients on caseload per FTE at the end of a period:
   * {@code caseload / FTE}, all roles.
   *
   * @param period the period's index, from 0
   * @return clients per FTE, or empty when no one is employed
   * @throws IllegalArgumentException when the period is outside the horizon
   */
  public Optional<Fraction> caseloadPerFte(int period) {
    return perFte(caseloadAtEnd(period), fte(period));
  }

  /**
   * Returns the service's clients on caseload and waiting per FTE at the end of a period:
   * {@code (caseload + waiting) / FTE}, all roles (Good Goals study, Implementation Science 2012,
   * 7:76).
   *
   * @param period the period's index, from 0
   * @return clients per FTE, or empty when no one is employed
   * @throws IllegalArgumentException when the period is outside the horizon
   */
  public Optional<Fraction> caseloadAndWaitingPerFte(int period) {
    return perFte(caseloadAtEnd(period).plus(waitingAtEnd(period)), fte(period));
  }

  static Optional<Fraction> perFte(Fraction clients, Fte fte) {
    return fte.isPositive() ? Optional.of(clients.dividedBy(fte.toFraction())) : Optional.empty();
  }

  /**
   * Returns the first period at whose end no client of any level waits.
   *
   * @return the period's index, or empty when the list does not clear within the horizon
   */
  public Optional<Integer> clearingPeriod() {
    for (int j = 0; j < horizon().size(); j++) {
      if (waitingAtEnd(j).signum() == 0) {
        return Optional.of(j);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the first period at whose end no client of a level waits.
   *
   * @param level a level of the plan, not null
   * @return the period's index, or empty when the level's list does not clear within the horizon
   * @throws IllegalArgumentException when the level is not the plan's
   */
  public Optional<Integer> clearingPeriod(ComplexityLevel level) {
    ImmutableList<LevelPeriod> rows = level(level);
    for (LevelPeriod row : rows) {
      if (row.waitingAtEnd().signum() == 0) {
        return Optional.of(row.period());
      }
    }
    return Optional.empty();
  }

  /**
   * Returns when the list clears, as text: the period's label ({@code 2026-03-02} or
   * {@code 2026-03}), or {@code does not clear within the horizon}.
   *
   * @return the text
   */
  public String clearance() {
    return clearingPeriod().map(j -> horizon().label(j)).orElse("does not clear within the horizon");
  }

  /**
   * Returns the period table: for each period, the clients waiting at its start, the arrivals,
   * starts and discharges, the clients waiting and on caseload at its end, the mean wait in weeks
   * (Little's law), the FTE, and caseload (and caseload plus waiting) per FTE; all levels together.
   * Text and Markdown round for reading; CSV keeps the exact values.
   *
   * @return the table
   */
  public Table toTable() {
    Table.Builder b =
        Table.builder(
            "Projection - " + input.plan().name() + " - " + horizon(),
            "Period",
            "Waiting at start",
            "Arrivals",
            "Starts",
            "Discharges",
            "Waiting at end",
            "On caseload",
            "Mean wait (weeks)",
            "FTE",
            "Caseload per FTE",
            "With waiting per FTE");
    for (int j = 0; j < horizon().size(); j++) {
      Fraction waitStart = sum(j, LevelPeriod::waitingAtStart);
      Fraction starts = starts(j);
      Fraction weeks = Fraction.of(horizon().days(j), 7);
      Fraction waiting = waitingAtEnd(j);
      Object wait =
          waiting.signum() == 0
              ? Fraction.ZERO
              : starts.signum() == 0 ? "" : waiting.multipliedBy(weeks).dividedBy(starts);
      b.row(
          horizon().label(j),
          waitStart,
          sum(j, LevelPeriod::arrivals),
          starts,
          sum(j, LevelPeriod::discharges),
          waiting,
          caseloadAtEnd(j),
          wait,
          fte(j),
          caseloadPerFte(j).<Object>map(f -> f).orElse(""),
          caseloadAndWaitingPerFte(j).<Object>map(f -> f).orElse(""));
    }
    b.note("Counts are expected numbers of clients (exact fractions); mean wait = waiting at end"
        + " / starts per week (Little's law).");
    b.note("Service order: " + input.order() + "; the list clears: " + clearance() + ".");
    return b.build();
  }

  /**
   * Returns one level's period table: waiting at start, arrivals, starts, waiting at end, caseload
   * at start, discharges, caseload at end and mean wait.
   *
   * @param level a level of the plan, not null
   * @return the table
   * @throws IllegalArgumentException when the level is not the plan's
   */
  public Table toTable(ComplexityLevel level) {
    ImmutableList<LevelPeriod> rows = level(level);
    Table.Builder b =
        Table.builder(
            "Level " + level.code() + " " + level.name(),
            "Period",
            "Waiting at start",
            "Arrivals",
            "Starts",
            "Waiting at end",
            "Caseload at start",
            "Discharges",
            "Caseload at end",
            "Mean wait (weeks)");
    for (LevelPeriod r : rows) {
      b.row(
          horizon().label(r.period()),
          r.waitingAtStart(),
          r.arrivals(),
          r.starts(),
          r.waitingAtEnd(),
          r.caseloadAtStart(),
          r.discharges(),
          r.caseloadAtEnd(),
          r.meanWaitWeeks().<Object>map(f -> f).orElse(""));
    }
    b.note("The list of level " + level.code() + " clears: "
        + clearingPeriod(level).map(j -> horizon().label(j)).orElse("does not clear within the horizon")
        + ".");
    return b.build();
  }

  /**
   * Returns one role's period table: client-care hours, hours used by starts, unused hours, FTE,
   * clients on caseload and waiting of the levels that need the role, and both per FTE.
   *
   * @param role a role of the plan, not null
   * @return the table
   * @throws IllegalArgumentException when the role is not the plan's
   */
  public Table toTable(Role role) {
    ImmutableList<RolePeriod> rows = role(role);
    Table.Builder b =
        Table.builder(
            "Role " + role,
            "Period",
            "Client-care hours",
            "Used",
            "Unused",
            "FTE",
            "On caseload",
            "Waiting",
            "Caseload per FTE",
            "With waiting per FTE");
    for (RolePeriod r : rows) {
      b.row(
          horizon().label(r.period()),
          r.clientCareHours(),
          r.usedHours(),
          r.unusedHours(),
          r.fte(),
          r.caseload(),
          r.waiting(),
          r.caseloadPerFte().<Object>map(f -> f).orElse(""),
          r.caseloadAndWaitingPerFte().<Object>map(f -> f).orElse(""));
    }
    return b.build();
  }

  /**
   * Returns the worksheet of the projection: the service's period table, then one table per level
   * and one per role.
   *
   * @return the worksheet
   */
  public Worksheet toWorksheet() {
    List<Table> tables = new ArrayList<>();
    tables.add(toTable());
    for (ComplexityLevel l : levels) {
      tables.add(toTable(l));
    }
    for (Role r : roles) {
      tables.add(toTable(r));
    }
    return Worksheet.of("Projection - " + input.plan().name(), tables);
  }

  /**
   * Returns whether another object is the projection of an equal input.
   *
   * @param obj the other object
   * @return true for an equal input
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Projection && input.equals(((Projection) obj).input);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return input.hashCode();
  }

  /**
   * Returns the plan, the horizon and the list at both ends, such as
   * {@code Projection[Community OT 2026, Horizon[52 weeks from 2026-01-05]: waiting 80 -> 0, clears 2026-03-02]}
   * (whole clients, rounded down).
   *
   * @return the projection as text
   */
  @Override
  public String toString() {
    Fraction first = sum(0, LevelPeriod::waitingAtStart);
    Fraction last = waitingAtEnd(horizon().size() - 1);
    return "Projection["
        + input.plan().name()
        + ", "
        + horizon()
        + ": waiting "
        + first.floor()
        + " -> "
        + last.floor()
        + ", "
        + clearingPeriod().map(j -> "clears " + horizon().label(j)).orElse(clearance())
        + "]";
  }

  /**
   * One level's figures in one period. Counts are exact; see {@link Projection} for the formulas.
   *
   * @implSpec This class is immutable and thread-safe.
   */
  public static final class LevelPeriod {
    private final int period;
    private final ComplexityLevel level;
    private final Fraction waitingAtStart;
    private final Fraction arrivals;
    private final Fraction starts;
    private final Fraction waitingAtEnd;
    private final Fraction caseloadAtStart;
    private final Fraction discharges;
    private final Fraction caseloadAtEnd;
    private final Optional<Fraction> meanWait;

    LevelPeriod(
        int period,
        ComplexityLevel level,
        Fraction waitingAtStart,
        Fraction arrivals,
        Fraction starts,
        Fraction waitingAtEnd,
        Fraction caseloadAtStart,
        Fraction discharges,
        Fraction caseloadAtEnd,
        Optional<Fraction> meanWait) {
      this.period = period;
      this.level = level;
      this.waitingAtStart = waitingAtStart;
      this.arrivals = arrivals;
      this.starts = starts;
      this.waitingAtEnd = waitingAtEnd;
      this.caseloadAtStart = caseloadAtStart;
      this.discharges = discharges;
      this.caseloadAtEnd = caseloadAtEnd;
      this.meanWait = meanWait;
    }

    /**
     * Returns the period's index.
     *
     * @return from 0
     */
    public int period() {
      return period;
    }

    /**
     * Returns the level.
     *
     * @return the level
     */
    public ComplexityLevel level() {
      return level;
    }

    /**
     * Returns the clients waiting at the start of the period.
     *
     * @return clients, at least 0
     */
    public Fraction waitingAtStart() {
      return waitingAtStart;
    }

    /**
     * Returns the clients referred in the period.
     *
     * @return clients, at least 0
     */
    public Fraction arrivals() {
      return arrivals;
    }

    /**
     * Returns the clients who start service in the period.
     *
     * @return clients, at least 0
     */
    public Fraction starts() {
      return starts;
    }

    /**
     * Returns the clients waiting at the end of the period:
     * {@code waiting at start + arrivals - starts}.
     *
     * @return clients, at least 0
     */
    public Fraction waitingAtEnd() {
      return waitingAtEnd;
    }

    /**
     * Returns the clients on caseload at the start of the period.
     *
     * @return clients, at least 0
     */
    public Fraction caseloadAtStart() {
      return caseloadAtStart;
    }

    /**
     * Returns the clients discharged in the period.
     *
     * @return clients, at least 0
     */
    public Fraction discharges() {
      return discharges;
    }

    /**
     * Returns the clients on caseload at the end of the period:
     * {@code caseload at start + starts - discharges}.
     *
     * @return clients, at least 0
     */
    public Fraction caseloadAtEnd() {
      return caseloadAtEnd;
    }

    /**
     * Returns the mean wait in weeks by Little's law: {@code waiting at end / starts per week}.
     *
     * @return weeks; 0 when no one waits; empty when clients wait and none started
     */
    public Optional<Fraction> meanWaitWeeks() {
      return meanWait;
    }

    /**
     * Returns whether another object has the same figures.
     *
     * @param obj the other object
     * @return true for the same period, level and figures
     */
    @Override
    public boolean equals(@Nullable Object obj) {
      if (!(obj instanceof LevelPeriod)) {
        return false;
      }
      LevelPeriod o = (LevelPeriod) obj;
      return period == o.period
          && level.equals(o.level)
          && waitingAtStart.equals(o.waitingAtStart)
          && arrivals.equals(o.arrivals)
          && starts.equals(o.starts)
          && caseloadAtStart.equals(o.caseloadAtStart)
          && discharges.equals(o.discharges);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
      return java.util.Objects.hash(period, level, starts, waitingAtEnd);
    }

    /**
     * Returns the figures as text, counts to one decimal, such as
     * {@code LevelPeriod[3, level 1: waiting 40 + 5 - 12.5 = 32.5, caseload 10 + 12.5 - 4 = 18.5]}.
     *
     * @return the figures as text
     */
    @Override
    public String toString() {
      return "LevelPeriod["
          + period
          + ", level "
          + level.code()
          + ": waiting "
          + show(waitingAtStart)
          + " + "
          + show(arrivals)
          + " - "
          + show(starts)
          + " = "
          + show(waitingAtEnd)
          + ", caseload "
          + show(caseloadAtStart)
          + " + "
          + show(starts)
          + " - "
          + show(discharges)
          + " = "
          + show(caseloadAtEnd)
          + "]";
    }
  }

  static String show(Fraction f) {
    return f.toBigDecimal(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  /**
   * One role's figures in one period: its client-care hours, the hours the period's starts use,
   * its FTE, and the clients on caseload and waiting of the levels that need the role.
   *
   * @implSpec This class is immutable and thread-safe.
   */
  public static final class RolePeriod {
    private final int period;
    private final Role role;
    private final Hours clientCare;
    private final Hours used;
    private final Fte fte;
    private final Fraction caseload;
    private final Fraction waiting;

    RolePeriod(
        int period,
        Role role,
        Hours clientCare,
        Hours used,
        Fte fte,
        Fraction caseload,
        Fraction waiting) {
      this.period = period;
      this.role = role;
      this.clientCare = clientCare;
      this.used = used;
      this.fte = fte;
      this.caseload = caseload;
      this.waiting = waiting;
    }

    /**
     * Returns the period's index.
     *
     * @return from 0
     */
    public int period() {
      return period;
    }

    /**
     * Returns the role.
     *
     * @return the role
     */
    public Role role() {
      return role;
    }

    /**
     * Returns the role's client-care hours in the period (see {@link Projection}).
     *
     * @return hours, at least 0
     */
    public Hours clientCareHours() {
      return clientCare;
    }

    /**
     * Returns the hours the period's starts use: {@code sum_k starts_k x t_k}.
     *
     * @return hours, at most {@link #clientCareHours()}
     */
    public Hours usedHours() {
      return used;
    }

    /**
     * Returns the hours left unused: {@code client-care - used}.
     *
     * @return hours, at least 0
     */
    public Hours unusedHours() {
      return clientCare.minus(used);
    }

    /**
     * Returns the role's FTE in the period: each clinician's FTE times the share of the period's
     * days they are employed.
     *
     * @return the FTE
     */
    public Fte fte() {
      return fte;
    }

    /**
     * Returns the clients on caseload at the end of the period, of the levels that need the role.
     *
     * @return clients, at least 0
     */
    public Fraction caseload() {
      return caseload;
    }

    /**
     * Returns the clients waiting at the end of the period, of the levels that need the role.
     *
     * @return clients, at least 0
     */
    public Fraction waiting() {
      return waiting;
    }

    /**
     * Returns clients on caseload per FTE of the role: {@code caseload / FTE}.
     *
     * @return clients per FTE, or empty when the role has no FTE in the period
     */
    public Optional<Fraction> caseloadPerFte() {
      return perFte(caseload, fte);
    }

    /**
     * Returns clients on caseload and waiting per FTE of the role:
     * {@code (caseload + waiting) / FTE} (Good Goals study, Implementation Science 2012, 7:76).
     *
     * @return clients per FTE, or empty when the role has no FTE in the period
     */
    public Optional<Fraction> caseloadAndWaitingPerFte() {
      return perFte(caseload.plus(waiting), fte);
    }

    /**
     * Returns whether another object has the same figures.
     *
     * @param obj the other object
     * @return true for the same period, role and figures
     */
    @Override
    public boolean equals(@Nullable Object obj) {
      if (!(obj instanceof RolePeriod)) {
        return false;
      }
      RolePeriod o = (RolePeriod) obj;
      return period == o.period
          && role.equals(o.role)
          && clientCare.equals(o.clientCare)
          && used.equals(o.used)
          && fte.equals(o.fte)
          && caseload.equals(o.caseload)
          && waiting.equals(o.waiting);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
      return java.util.Objects.hash(period, role, used);
    }

    /**
     * Returns the figures as text, such as
     * {@code RolePeriod[3, OT: 120h, used 120h, 3.4 FTE, caseload 40, waiting 33]}.
     *
     * @return the figures as text
     */
    @Override
    public String toString() {
      return "RolePeriod["
          + period
          + ", "
          + role
          + ": "
          + clientCare
          + ", used "
          + used
          + ", "
          + fte
          + ", caseload "
          + show(caseload)
          + ", waiting "
          + show(waiting)
          + "]";
    }
  }
}
