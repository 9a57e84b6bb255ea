package io.github.cmpt.plan;

import io.github.cmpt.demand.InterventionActivity;
import io.github.cmpt.demand.LevelDemand;
import io.github.cmpt.supply.Clinician;
import io.github.cmpt.supply.Leave;
import io.github.cmpt.supply.NonClientActivity;
import io.github.cmpt.time.PeriodicHours;
import io.github.cmpt.time.WorkPattern;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.vocabulary.Role;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of a plan worked out again in the test with exact fractions of {@link BigInteger}s,
 * from the plan's inputs and the formulas of the method, independently of the library's
 * arithmetic: the oracle that whole counts are the floor of.
 */
final class ExactOracle {

  /** An exact fraction {@code n / d}, {@code d > 0}, reduced. */
  record Q(BigInteger n, BigInteger d) implements Comparable<Q> {
    static final Q ZERO = of(0);

    Q {
      if (d.signum() == 0) {
        throw new ArithmeticException("division by zero");
      }
      if (d.signum() < 0) {
        n = n.negate();
        d = d.negate();
      }
      BigInteger g = n.gcd(d);
      if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
        n = n.divide(g);
        d = d.divide(g);
      }
    }

    static Q of(long v) {
      return new Q(BigInteger.valueOf(v), BigInteger.ONE);
    }

    static Q of(BigDecimal v) {
      return v.scale() >= 0
          ? new Q(v.unscaledValue(), BigInteger.TEN.pow(v.scale()))
          : new Q(v.unscaledValue().multiply(BigInteger.TEN.pow(-v.scale())), BigInteger.ONE);
    }

    Q plus(Q o) {
      return new Q(n.multiply(o.d).add(o.n.multiply(d)), d.multiply(o.d));
    }

    Q minus(Q o) {
      return plus(new Q(o.n.negate(), o.d));
    }

    Q times(Q o) {
      return new Q(n.multiply(o.n), d.multiply(o.d));
    }

    Q over(Q o) {
      return new Q(n.multiply(o.d), d.multiply(o.n));
    }

    long floor() {
      BigInteger[] qr = n.divideAndRemainder(d);
      BigInteger f = qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
      return f.longValueExact();
    }

    @Override
    public int compareTo(Q o) {
      return n.multiply(o.d).compareTo(o.n.multiply(d));
    }
  }

  private ExactOracle() {}

  /** Client-care hours per year of one member, with the team's lines and its own. */
  static Q clientCare(Clinician c, List<Leave> teamLeave, List<NonClientActivity> teamActivities) {
    WorkPattern p = c.workHours().pattern();
    Q fte = Q.of(c.workHours().fte().toBigDecimal());
    Q hoursPerWeek = Q.of(p.hoursPerWeek().toBigDecimal());
    Q day = hoursPerWeek.over(Q.of(p.daysPerWeek()));
    Q paid = hoursPerWeek.times(Q.of(p.weeksPerYear())).times(fte);
    List<Leave> leave = new ArrayList<>(teamLeave);
    leave.addAll(c.leave());
    Q leaveHours = Q.ZERO;
    for (Leave l : leave) {
      Q full;
      switch (l.measure()) {
        case DAYS:
          full = Q.of(l.amount()).times(day);
          break;
        case HOURS:
          full = Q.of(l.amount());
          break;
        default:
          full = Q.of(l.dates().stream().filter(p::isWorkingDay).count()).times(day);
      }
      leaveHours = leaveHours.plus(l.isProrated() ? full.times(fte) : full);
    }
    Q worked = paid.minus(leaveHours);
    List<NonClientActivity> activities = new ArrayList<>();
    teamActivities.stream().filter(a -> a.appliesTo(c.id())).forEach(activities::add);
    activities.addAll(c.activities());
    Q nonClient = Q.ZERO;
    for (NonClientActivity a : activities) {
      if (a.share().isPresent()) {
        nonClient =
            nonClient.plus(
                worked.times(Q.of(a.share().get().toPercent())).over(Q.of(100)));
        continue;
      }
      PeriodicHours amount = a.amount().orElseThrow();
      Q h = Q.of(amount.hours().toBigDecimal());
      switch (amount.period()) {
        case DAY:
          nonClient = nonClient.plus(h.times(worked).over(day));
          break;
        case WEEK:
          nonClient = nonClient.plus(h.times(worked).over(hoursPerWeek));
          break;
        case MONTH:
          nonClient = nonClient.plus(h.times(Q.of(12)));
          break;
        default:
          nonClient = nonClient.plus(h);
      }
    }
    return worked.minus(nonClient);
  }

  /** Client-care hours per year of each member, in the team's order. */
  static Map<String, Q> members(CaseloadPlan plan) {
    Map<String, Q> out = new LinkedHashMap<>();
    for (Clinician c : plan.team().clinicians()) {
      out.put(c.id(), clientCare(c, plan.team().leave(), plan.team().activities()));
    }
    return out;
  }

  /** Client-care hours per year of a role: the sum over its members. */
  static Q supply(CaseloadPlan plan, Role role) {
    Map<String, Q> members = members(plan);
    Q s = Q.ZERO;
    for (Clinician c : plan.team().clinicians()) {
      if (c.role().equals(role)) {
        s = s.plus(members.get(c.id()));
      }
    }
    return s;
  }

  /** New episodes per year of a level (Little's law for a concurrent caseload). */
  static Q episodes(CaseloadPlan plan, LevelDemand d) {
    Q count = Q.of(d.volume().count());
    return d.volume().isConcurrent()
        ? count.times(Q.of(plan.demand().weeksPerYear()))
            .over(Q.of(d.profile().episodeWeeks().value()))
        : count;
  }

  /** Hours an episode of a level needs from a role: minutes x occurrences / 60 / group size. */
  static Q hoursPerEpisode(LevelDemand d, Role role) {
    Q h = Q.ZERO;
    for (InterventionActivity a : d.profile().activities()) {
      if (a.role().equals(role)) {
        Q occurrences =
            a.frequency().isWeekly()
                ? Q.of(a.frequency().times()).times(Q.of(a.frequency().weeks().orElseThrow()))
                : Q.of(a.frequency().times());
        h =
            h.plus(
                Q.of(a.minutes().value())
                    .times(occurrences)
                    .over(Q.of(60L * a.groupSize().orElse(1))));
      }
    }
    return h;
  }

  /** Weighted hours per year of a role for the case mix: sum of episodes x hours per episode. */
  static Q weighted(CaseloadPlan plan, Role role) {
    Q w = Q.ZERO;
    for (LevelDemand d : plan.demand().levels()) {
      w = w.plus(episodes(plan, d).times(hoursPerEpisode(d, role)));
    }
    return w;
  }

  /** Episodes per year a role can serve for the case mix: {@code S x sum(e) / sum(e x t)}. */
  static Q capacity(CaseloadPlan plan, Role role) {
    Q total = Q.ZERO;
    for (LevelDemand d : plan.demand().levels()) {
      total = total.plus(episodes(plan, d));
    }
    return supply(plan, role).times(total).over(weighted(plan, role));
  }

  /** Clients at a time a role can serve: {@code S x sum(e x w) / (sum(e x t) x weeksPerYear)}. */
  static Q concurrent(CaseloadPlan plan, Role role) {
    Q ew = Q.ZERO;
    for (LevelDemand d : plan.demand().levels()) {
      ew = ew.plus(episodes(plan, d).times(Q.of(d.profile().episodeWeeks().value())));
    }
    return supply(plan, role)
        .times(ew)
        .over(weighted(plan, role).times(Q.of(plan.demand().weeksPerYear())));
  }

  /** Episodes per year of one level within a role's capacity: {@code S x e_k / sum(e x t)}. */
  static Q capacity(CaseloadPlan plan, Role role, ComplexityLevel level) {
    LevelDemand d = plan.demand().levelDemand(level);
    return supply(plan, role).times(episodes(plan, d)).over(weighted(plan, role));
  }
}
