package io.github.cmpt.vocabulary;

import java.util.List;

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
public final class LeaveType extends Term {

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

  private LeaveType(String name) {
    super(name, name);
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
    String trimmed = trimmed(name, "leaveType");
    return find(STANDARD, trimmed, String::trim).orElseGet(() -> new LeaveType(trimmed));
  }

  /**
   * Returns the standard leave types, in worksheet order.
   *
   * @return an unmodifiable list
   */
  public static List<LeaveType> standardTypes() {
    return STANDARD;
  }

  @Override
  List<LeaveType> standardTerms() {
    return STANDARD;
  }
}
