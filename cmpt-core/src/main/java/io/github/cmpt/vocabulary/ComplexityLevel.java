package io.github.cmpt.vocabulary;

import io.github.cmpt.internal.Bounds;
import io.github.cmpt.internal.Checks;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One level of a user-defined complexity scale, such as {@code ComplexityLevel[2 Moderate]}: a code,
 * a name, a rank that orders the levels (higher is more complex), and the criteria that place a
 * client there.
 *
 * <p>Levels order by rank. The library has no built-in levels: a service defines its own scale.
 *
 * <pre>{@code
 * ComplexityLevel moderate = ComplexityLevel.of("M", "Moderate", 2,
 *     "Two or more goals; family needs support to carry over the program");
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ComplexityLevel implements Comparable<ComplexityLevel> {

  private final String code;
  private final String name;
  private final int rank;
  private final String criteria;
  private final int hash;

  private ComplexityLevel(String code, String name, int rank, String criteria) {
    this.code = code;
    this.name = name;
    this.rank = rank;
    this.criteria = criteria;
    this.hash = Objects.hash(code, name, rank, criteria);
  }

  /**
   * Returns a complexity level.
   *
   * @param code a short code without spaces, such as {@code M} or {@code 2}, not null
   * @param name the name, such as {@code Moderate}, not blank
   * @param rank the position on the scale, higher is more complex, {@code x >= 0}
   * @param criteria the criteria that place a client at this level, may be empty, not null
   * @return the level
   * @throws IllegalArgumentException when the code is blank or has spaces, the name is blank or
   *     the rank is negative
   */
  public static ComplexityLevel of(String code, String name, int rank, String criteria) {
    Checks.notNull(code, "code");
    Checks.notNull(name, "name");
    Checks.notNull(criteria, "criteria");
    Bounds.code("code", code);
    Bounds.name("name", name);
    Checks.check(rank >= 0, "rank", "x >= 0", rank);
    return new ComplexityLevel(code, name, rank, criteria);
  }

  /**
   * Returns a complexity level without criteria text.
   *
   * @param code a short code without spaces, not null
   * @param name the name, not blank
   * @param rank the position on the scale, {@code x >= 0}
   * @return the level
   * @throws IllegalArgumentException when a value is invalid
   */
  public static ComplexityLevel of(String code, String name, int rank) {
    return of(code, name, rank, "");
  }

  /**
   * Returns the code, such as {@code M}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns the name, such as {@code Moderate}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the rank: higher is more complex.
   *
   * @return the rank, at least 0
   */
  public int rank() {
    return rank;
  }

  /**
   * Returns the criteria that place a client at this level.
   *
   * @return the criteria, possibly empty
   */
  public String criteria() {
    return criteria;
  }

  /**
   * Compares levels by rank, then code, then name and criteria, so that the order is consistent
   * with {@link #equals(Object)}: only equal levels compare as zero.
   *
   * @param other the other level, not null
   * @return negative, zero or positive as this level is less, as, or more complex
   */
  @Override
  public int compareTo(ComplexityLevel other) {
    int c = Integer.compare(rank, other.rank);
    if (c == 0) {
      c = code.compareTo(other.code);
    }
    if (c == 0) {
      c = name.compareTo(other.name);
    }
    return c != 0 ? c : criteria.compareTo(other.criteria);
  }

  /**
   * Returns whether another object is a level with the same code, name, rank and criteria.
   *
   * @param obj the other object
   * @return true for an equal level
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof ComplexityLevel)) {
      return false;
    }
    ComplexityLevel l = (ComplexityLevel) obj;
    return code.equals(l.code) && name.equals(l.name) && rank == l.rank && criteria.equals(l.criteria);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return hash;
  }

  /**
   * Returns the rank and name, such as {@code ComplexityLevel[2 Moderate]}.
   *
   * @return the level as text
   */
  @Override
  public String toString() {
    return "ComplexityLevel[" + rank + " " + name + "]";
  }
}
