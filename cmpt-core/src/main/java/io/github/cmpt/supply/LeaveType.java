package io.github.cmpt.supply;

import io.github.cmpt.internal.Checks;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A kind of paid leave (MIS "benefit hours"), such as {@code Vacation} or {@code Statutory holidays},
 * or one a service names itself.
 *
 * <pre>{@code
 * LeaveType vacation = LeaveType.VACATION;            // Vacation
 * LeaveType union = LeaveType.of("Union business");   // a user-named type
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class LeaveType {

  /** Vacation (annual leave). */
  public static final LeaveType VACATION = new LeaveType("Vacation");

  /** Statutory (public) holidays. */
  public static final LeaveType STATUTORY_HOLIDAYS = new LeaveType("Statutory holidays");

  /** Sick leave. */
  public static final LeaveType SICK = new LeaveType("Sick leave");

  /** Education or professional leave. */
  public static final LeaveType EDUCATION = new LeaveType("Education leave");

  /** Other paid leave. */
  public static final LeaveType OTHER = new LeaveType("Other leave");

  private static final List<LeaveType> STANDARD =
      List.of(VACATION, STATUTORY_HOLIDAYS, SICK, EDUCATION, OTHER);

  private final String name;

  private LeaveType(String name) {
    this.name = name;
  }

  /**
   * Returns the leave type with a name: a standard type when the name is one (ignoring case),
   * otherwise a user-named type.
   *
   * @param name the name, not blank
   * @return the leave type
   * @throws IllegalArgumentException when the name is blank
   */
  public static LeaveType of(String name) {
    Checks.notNull(name, "name");
    String trimmed = name.trim();
    Checks.check(!trimmed.isEmpty(), "leaveType", "non-blank", "\"" + name + "\"");
    for (LeaveType t : STANDARD) {
      if (t.name.equalsIgnoreCase(trimmed)) {
        return t;
      }
    }
    return new LeaveType(trimmed);
  }

  /**
   * Returns the standard leave types, in worksheet order.
   *
   * @return an unmodifiable list
   */
  public static List<LeaveType> standardTypes() {
    return STANDARD;
  }

  /**
   * Returns the name, such as {@code Vacation}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns whether another object is a leave type with the same name.
   *
   * @param obj the other object
   * @return true for the same type
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof LeaveType && name.equals(((LeaveType) obj).name);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /**
   * Returns the name.
   *
   * @return the name
   */
  @Override
  public String toString() {
    return name;
  }
}
