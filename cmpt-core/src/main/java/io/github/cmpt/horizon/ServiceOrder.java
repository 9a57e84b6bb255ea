package io.github.cmpt.horizon;

import com.google.common.collect.ImmutableList;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.vocabulary.ComplexityLevel;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The order in which waiting clients start service when a period's capacity does not reach them
 * all.
 *
 * <ul>
 *   <li>{@link #FIRST_COME_FIRST_SERVED}: clients start in the order they were referred, whatever
 *       their level; clients referred in the same period (or waiting at the start) form one group,
 *       whose levels start in proportion to their numbers.</li>
 *   <li>{@link #priority(List)}: the levels in the order given (for example the most urgent
 *       first), each level's list first come first served; the levels not named follow together,
 *       first come first served across them.</li>
 * </ul>
 * In both, the order is strict: when the group at the head of the order cannot all start, because
 * a role its levels need has no time left in the period, no client after it starts in that period,
 * and the other roles' remaining time is left unused (it shows as unused hours). That is what makes
 * the projection monotone: more staff never lengthens the list, more referrals never shorten it.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ServiceOrder {

  /** First come, first served across levels; the default. */
  public static final ServiceOrder FIRST_COME_FIRST_SERVED = new ServiceOrder(ImmutableList.of());

  private final ImmutableList<ComplexityLevel> priority;

  private ServiceOrder(ImmutableList<ComplexityLevel> priority) {
    this.priority = priority;
  }

  /**
   * Returns a priority order of levels: every client waiting at a level named earlier starts before
   * any client of a level named later, and before any client of a level not named; the levels not
   * named are served together, first come first served.
   *
   * @param levels the levels, first served first, at least one, no duplicates
   * @return the order
   * @throws IllegalArgumentException when no level is given or a level is named twice
   */
  public static ServiceOrder priority(List<ComplexityLevel> levels) {
    Checks.notNull(levels, "levels");
    Checks.check(!levels.isEmpty(), "levels", "at least one level", levels);
    Set<ComplexityLevel> seen = new HashSet<>();
    for (ComplexityLevel l : levels) {
      Checks.check(seen.add(Checks.notNull(l, "levels[]")), "levels", "no level twice", l);
    }
    return new ServiceOrder(ImmutableList.copyOf(levels));
  }

  /**
   * Returns the levels of a priority order, first served first; empty for first come first served.
   *
   * @return an immutable list
   */
  public ImmutableList<ComplexityLevel> priorityLevels() {
    return priority;
  }

  /**
   * Returns whether this is first come first served across levels.
   *
   * @return true for {@link #FIRST_COME_FIRST_SERVED}
   */
  public boolean isFirstComeFirstServed() {
    return priority.isEmpty();
  }

  /**
   * Returns whether another object is the same order.
   *
   * @param obj the other object
   * @return true for the same priority levels
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof ServiceOrder && priority.equals(((ServiceOrder) obj).priority);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return priority.hashCode();
  }

  /**
   * Returns the order as text: {@code first come first served}, or
   * {@code priority [4, 3, 2, 1]} by level code.
   *
   * @return the order as text
   */
  @Override
  public String toString() {
    if (priority.isEmpty()) {
      return "first come first served";
    }
    StringBuilder b = new StringBuilder("priority [");
    for (int i = 0; i < priority.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(priority.get(i).code());
    }
    return b.append(']').toString();
  }
}
