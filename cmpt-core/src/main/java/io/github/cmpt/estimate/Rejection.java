package io.github.cmpt.estimate;

/**
 * Why an {@link EpisodeAccumulator} did not accept a record, such as {@code negative-minutes}.
 *
 * <p>A record is rejected for one reason only: the first rule it breaks, in the order of this
 * enumeration. So a row without a level and with negative minutes counts as
 * {@link #MISSING_LEVEL}.
 */
public enum Rejection {

  /** A row that a reader could not read: a value not in the expected format. */
  MALFORMED("malformed", "a row that could not be read"),

  /** No complexity level. */
  MISSING_LEVEL("missing-level", "no complexity level"),

  /** A complexity level that is not one of the rules' levels, when the rules name levels. */
  UNKNOWN_LEVEL("unknown-level", "a complexity level not among the rules' levels"),

  /** An activity kind that is not one of the rules' kinds. */
  UNKNOWN_KIND("unknown-kind", "an activity kind not among the rules' kinds"),

  /** A role that is not one of the rules' roles. */
  UNKNOWN_ROLE("unknown-role", "a role not among the rules' roles"),

  /** Minutes below zero. */
  NEGATIVE_MINUTES("negative-minutes", "minutes < 0"),

  /** Minutes above the rules' maximum for one record. */
  ABSURD_MINUTES("absurd-minutes", "minutes above the rules' maximum for one record"),

  /** A group size below 1. */
  INVALID_GROUP_SIZE("invalid-group-size", "group size < 1"),

  /** A date before the start or after the end of the rules' window (both inclusive). */
  DATE_OUTSIDE_WINDOW("date-outside-window", "a date outside the rules' window");

  private static final Rejection[] ALL = values();

  private final String code;
  private final String description;

  Rejection(String code, String description) {
    this.code = code;
    this.description = description;
  }

  static Rejection[] all() {
    return ALL;
  }

  /**
   * Returns the code, such as {@code negative-minutes}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns a short description of the rule broken, such as {@code minutes < 0}.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Returns the code, such as {@code negative-minutes}.
   *
   * @return the code
   */
  @Override
  public String toString() {
    return code;
  }
}
