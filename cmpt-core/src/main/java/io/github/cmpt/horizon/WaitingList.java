package io.github.cmpt.horizon;

import io.github.cmpt.internal.Checks;
import io.github.cmpt.time.Fraction;
import io.github.cmpt.time.Fte;

/**
 * The waiting-list figures of the NHS-R method: Fong, Walton et al. (2022), "Understanding waiting
 * list pressures", medRxiv, doi 10.1101/2022.08.23.22279117, as implemented by the R package
 * NHSRwaitinglist (NHS-R Community). Demand and capacity are clients per week, waits weeks, queues
 * clients; every figure is exact.
 *
 * <pre>
 * load                  = demand / capacity                      (above 1 the list grows without bound)
 * target queue size     = demand x target wait / factor          (factor 4 by default)
 * relief capacity       = demand + (queue - target queue) / weeks to reach the target
 * target capacity       = demand + ((cv_demand^2 + cv_capacity^2) / 2) x (factor / target wait)
 * waiting-list pressure = 2 x mean wait / target wait            (below 1 is on track)
 * caseload and waiting per FTE = (caseload + waiting) / FTE
 * </pre>
 * A factor of 4 sets the mean wait at a quarter of the target, which keeps the chance of waiting
 * longer than the target near 2% for an exponential distribution of waits. The target capacity
 * is Kingman's approximation of a single queue; coefficients of variation of 1 suit Poisson-like
 * referrals and removals. The last figure is that of the NHS Scotland paediatric occupational
 * therapy services (Good Goals study, Implementation Science 2012, 7:76).
 *
 * <pre>{@code
 * Fraction queue = WaitingList.targetQueueSize(Fraction.of(30), Fraction.of(52));   // 390
 * Fraction relief = WaitingList.reliefCapacity(Fraction.of(30), Fraction.of(1200), queue,
 *     Fraction.of(26));                                                              // 795/13
 * }</pre>
 */
public final class WaitingList {

  /** The default factor between the target wait and the mean wait: 4. */
  public static final Fraction DEFAULT_FACTOR = Fraction.of(4);

  private WaitingList() {}

  /**
   * Returns the load of a queue: {@code demand / capacity} (Fong et al. 2022; NHSRwaitinglist
   * {@code calc_queue_load}). Above 1 the list grows without bound.
   *
   * @param demand referrals per week, {@code x >= 0}, not null
   * @param capacity removals per week, {@code x > 0}, not null
   * @return the load
   * @throws IllegalArgumentException when demand is negative or capacity not positive
   */
  public static Fraction load(Fraction demand, Fraction capacity) {
    nonNegative("demand", demand);
    positive("capacity", capacity);
    return demand.dividedBy(capacity);
  }

  /**
   * Returns the target queue size with the default factor 4:
   * {@code demand x target wait / 4} (Fong et al. 2022; NHSRwaitinglist
   * {@code calc_target_queue_size}).
   *
   * @param demand referrals per week, {@code x >= 0}, not null
   * @param targetWait the target wait in weeks, {@code x > 0}, not null
   * @return clients on the list
   * @throws IllegalArgumentException when an argument is out of range
   */
  public static Fraction targetQueueSize(Fraction demand, Fraction targetWait) {
    return targetQueueSize(demand, targetWait, DEFAULT_FACTOR);
  }

  /**
   * Returns the target queue size: {@code demand x target wait / factor} (Fong et al. 2022;
   * NHSRwaitinglist {@code calc_target_queue_size}). By Little's law it is the queue whose mean
   * wait is {@code target wait / factor}.
   *
   * @param demand referrals per week, {@code x >= 0}, not null
   * @param targetWait the target wait in weeks, {@code x > 0}, not null
   * @param factor the target wait over the mean wait, {@code x > 0}, not null
   * @return clients on the list
   * @throws IllegalArgumentException when an argument is out of range
   */
  public static Fraction targetQueueSize(Fraction demand, Fraction targetWait, Fraction factor) {
    nonNegative("demand", demand);
    positive("targetWait", targetWait);
    positive("factor", factor);
    return demand.multipliedBy(targetWait).dividedBy(factor);
  }

  /**
   * Returns the relief capacity: the removals per week that bring a queue to its target size in a
   * number of weeks, {@code demand + (queue - target queue) / weeks} (Fong et al. 2022;
   * NHSRwaitinglist {@code calc_relief_capacity}, whose example is 30 + (1200 - 390) / 26 = 61.15
   * a week).
   *
   * @param demand referrals per week, {@code x >= 0}, not null
   * @param queue clients on the list now, {@code x >= 0}, not null
   * @param targetQueue the target size, {@code x >= 0}, not null
   * @param weeks the weeks to reach it, {@code x > 0}, not null
   * @return removals per week; below demand when the queue is under its target
   * @throws IllegalArgumentException when an argument is out of range
   */
  public static Fraction reliefCapacity(
      Fraction demand, Fraction queue, Fraction targetQueue, Fraction weeks) {
    nonNegative("demand", demand);
    nonNegative("queue", queue);
    nonNegative("targetQueue", targetQueue);
    positive("weeks", weeks);
    return demand.plus(queue.minus(targetQueue).dividedBy(weeks));
  }

  /**
   * Returns the target capacity with the default factor 4 and coefficients of variation of 1.
   *
   * @param demand referrals per week, {@code x >= 0}, not null
   * @param targetWait the target wait in weeks, {@code x > 0}, not null
   * @return removals per week
   * @throws IllegalArgumentException when an argument is out of range
   * @see #targetCapacity(Fraction, Fraction, Fraction, Fraction, Fraction)
   */
  public static Fraction targetCapacity(Fraction demand, Fraction targetWait) {
    return targetCapacity(demand, targetWait, DEFAULT_FACTOR, Fraction.ONE, Fraction.ONE);
  }

  /**
   * Returns the target capacity by Kingman's approximation: the removals per week that keep the
   * mean wait at {@code target wait / factor},
   * {@code demand + ((cvDemand^2 + cvCapacity^2) / 2) x (factor / target wait)} (Fong et al.
   * 2022; NHSRwaitinglist {@code calc_target_capacity}).
   *
   * @param demand referrals per week, {@code x >= 0}, not null
   * @param targetWait the target wait in weeks, {@code x > 0}, not null
   * @param factor the target wait over the mean wait, {@code x > 0}, not null
   * @param cvDemand the coefficient of variation of the times between referrals, {@code x >= 0},
   *     not null
   * @param cvCapacity the coefficient of variation of the times between removals, {@code x >= 0},
   *     not null
   * @return removals per week
   * @throws IllegalArgumentException when an argument is out of range
   */
  public static Fraction targetCapacity(
      Fraction demand,
      Fraction targetWait,
      Fraction factor,
      Fraction cvDemand,
      Fraction cvCapacity) {
    nonNegative("demand", demand);
    positive("targetWait", targetWait);
    positive("factor", factor);
    nonNegative("cvDemand", cvDemand);
    nonNegative("cvCapacity", cvCapacity);
    Fraction variability =
        cvDemand.multipliedBy(cvDemand).plus(cvCapacity.multipliedBy(cvCapacity)).dividedBy(2);
    return demand.plus(variability.multipliedBy(factor.dividedBy(targetWait)));
  }

  /**
   * Returns the waiting-list pressure: {@code 2 x mean wait / target wait} (Fong et al. 2022;
   * NHSRwaitinglist {@code calc_waiting_list_pressure}). Below 1 the list is on track to meet its
   * target; lists of different targets compare by it.
   *
   * @param meanWait the mean wait in weeks, {@code x >= 0}, not null
   * @param targetWait the target wait in weeks, {@code x > 0}, not null
   * @return the pressure
   * @throws IllegalArgumentException when an argument is out of range
   */
  public static Fraction pressure(Fraction meanWait, Fraction targetWait) {
    nonNegative("meanWait", meanWait);
    positive("targetWait", targetWait);
    return meanWait.multipliedBy(2).dividedBy(targetWait);
  }

  /**
   * Returns clients on caseload and waiting per FTE: {@code (caseload + waiting) / FTE}, the
   * figure of the NHS Scotland paediatric occupational therapy services (Good Goals study,
   * Implementation Science 2012, 7:76).
   *
   * @param caseload clients on caseload, {@code x >= 0}, not null
   * @param waiting clients waiting, {@code x >= 0}, not null
   * @param fte the FTE (WTE) of the staff, positive, not null
   * @return clients per FTE
   * @throws IllegalArgumentException when an argument is out of range
   */
  public static Fraction caseloadAndWaitingPerFte(Fraction caseload, Fraction waiting, Fte fte) {
    nonNegative("caseload", caseload);
    nonNegative("waiting", waiting);
    Checks.notNull(fte, "fte");
    Checks.check(fte.isPositive(), "fte", "x > 0", fte);
    return caseload.plus(waiting).dividedBy(fte.toFraction());
  }

  private static void nonNegative(String field, Fraction value) {
    Checks.notNull(value, field);
    Checks.check(value.signum() >= 0, field, "x >= 0", value);
  }

  private static void positive(String field, Fraction value) {
    Checks.notNull(value, field);
    Checks.check(value.signum() > 0, field, "x > 0", value);
  }
}
