package io.github.cmpt.io;

import io.github.cmpt.estimate.Rejection;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A rule that a row of an activity file breaks, such as {@code minutes-format}: the rules of the
 * file's format (a malformed row), and the rules of the estimator (a row read but rejected, with
 * the {@link Rejection} it counts under).
 *
 * <p>An {@link ActivityCsvReader} counts every rejected row under one rule, the first it breaks,
 * and keeps the first problems of each rule with their place, in the {@link CsvReadReport}. The
 * format rules are checked in this order: how the bytes and quotes make a row
 * ({@link #ENCODING}, {@link #UNCLOSED_QUOTE}, {@link #FIELD_TOO_LONG}), then the number of
 * fields ({@link #FIELD_COUNT}), then each value in the order of the columns. Then the rules of
 * the estimator, in the order of {@link Rejection}.
 */
public enum CsvRule {

  /** The header names each required column once; a header that does not stops the read. */
  HEADER("header", null, "the header names each required column once"),

  /** The bytes are valid in the reader's character set. */
  ENCODING("encoding", Rejection.MALFORMED, "bytes valid in the file's character set"),

  /** A quoted field is closed, within the longest field allowed. */
  UNCLOSED_QUOTE(
      "unclosed-quote", Rejection.MALFORMED,
      "a quoted field is closed, within the longest field allowed"),

  /** No field is longer than the reader's maximum. */
  FIELD_TOO_LONG("field-too-long", Rejection.MALFORMED, "no field longer than the maximum"),

  /** A row has as many fields as the header. */
  FIELD_COUNT("field-count", Rejection.MALFORMED, "as many fields as the header"),

  /** The episode identifier is not blank. */
  NO_EPISODE("no-episode", Rejection.MALFORMED, "an episode identifier"),

  /** The minutes are a whole number. */
  MINUTES_FORMAT("minutes-format", Rejection.MALFORMED, "whole minutes, optionally signed"),

  /** The date is an ISO-8601 calendar date. */
  DATE_FORMAT("date-format", Rejection.MALFORMED, "an ISO-8601 calendar date, yyyy-mm-dd"),

  /** The group size, when given, is a whole number. */
  GROUP_SIZE_FORMAT("group-size-format", Rejection.MALFORMED, "a whole number of clients"),

  /** See {@link Rejection#MISSING_LEVEL}. */
  MISSING_LEVEL(Rejection.MISSING_LEVEL),

  /** See {@link Rejection#UNKNOWN_LEVEL}. */
  UNKNOWN_LEVEL(Rejection.UNKNOWN_LEVEL),

  /** See {@link Rejection#UNKNOWN_KIND}. */
  UNKNOWN_KIND(Rejection.UNKNOWN_KIND),

  /** See {@link Rejection#UNKNOWN_ROLE}. */
  UNKNOWN_ROLE(Rejection.UNKNOWN_ROLE),

  /** See {@link Rejection#NEGATIVE_MINUTES}. */
  NEGATIVE_MINUTES(Rejection.NEGATIVE_MINUTES),

  /** See {@link Rejection#ABSURD_MINUTES}. */
  ABSURD_MINUTES(Rejection.ABSURD_MINUTES),

  /** See {@link Rejection#INVALID_GROUP_SIZE}. */
  INVALID_GROUP_SIZE(Rejection.INVALID_GROUP_SIZE),

  /** See {@link Rejection#DATE_OUTSIDE_WINDOW}. */
  DATE_OUTSIDE_WINDOW(Rejection.DATE_OUTSIDE_WINDOW);

  private static final CsvRule[] ALL = values();

  private final String code;
  private final Optional<Rejection> rejection;
  private final String description;

  CsvRule(String code, @Nullable Rejection rejection, String description) {
    this.code = code;
    this.rejection = Optional.ofNullable(rejection);
    this.description = description;
  }

  CsvRule(Rejection rejection) {
    this(rejection.code(), rejection, rejection.description());
  }

  static CsvRule[] all() {
    return ALL;
  }

  /** Returns the rule of a rejection other than {@link Rejection#MALFORMED}. */
  static CsvRule of(Rejection rejection) {
    for (CsvRule r : ALL) {
      if (r.ordinal() >= MISSING_LEVEL.ordinal() && r.rejection.orElseThrow() == rejection) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "Invalid value for rejection (valid values a rule of the estimator): " + rejection);
  }

  /**
   * Returns the code, such as {@code minutes-format}; the rules of the estimator have the code of
   * their {@link Rejection}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns what the rule asks, such as {@code whole minutes, optionally signed}.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Returns the reason a row that breaks this rule is counted under in the estimator's
   * {@link io.github.cmpt.estimate.DataQuality} account: {@link Rejection#MALFORMED} for a rule
   * of the format; none for {@link #HEADER}, which stops the read.
   *
   * @return the rejection, or empty for the header
   */
  public Optional<Rejection> rejection() {
    return rejection;
  }

  /**
   * Returns the code, such as {@code minutes-format}.
   *
   * @return the code
   */
  @Override
  public String toString() {
    return code;
  }
}
