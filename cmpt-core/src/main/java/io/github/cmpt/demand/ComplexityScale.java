package io.github.cmpt.demand;

import io.github.cmpt.internal.Checks;
import io.github.cmpt.vocabulary.ComplexityLevel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * An ordered, user-defined scale of complexity levels, such as
 * {@code ComplexityScale[1 Low, 2 Moderate, 3 High]}.
 *
 * <p>A scale has at least one level; its levels have unique codes and unique ranks, and are kept in
 * rank order. The library has no hidden default scale: {@link #ofThreeLevels()} and
 * {@link #ofFourLevels()} are conveniences that create the common scales explicitly, and a service
 * can name its own levels with {@link #of(ComplexityLevel...)}.
 *
 * <pre>{@code
 * ComplexityScale scale = ComplexityScale.ofThreeLevels(
 *     "One goal, family carries over the program",
 *     "Two or more goals",
 *     "Multiple goals, medical fragility, team coordination");
 * ComplexityLevel moderate = scale.level("2");   // ComplexityLevel[2 Moderate]
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ComplexityScale {

  private final List<ComplexityLevel> levels;

  private ComplexityScale(List<ComplexityLevel> levels) {
    this.levels = levels;
  }

  /**
   * Returns a scale of the given levels, in rank order whatever the order given.
   *
   * @param levels the levels, at least one, with unique codes and unique ranks, none null
   * @return the scale
   * @throws IllegalArgumentException when no level is given, or two levels share a code or a rank
   * @throws NullPointerException when a level is null
   */
  public static ComplexityScale of(ComplexityLevel... levels) {
    Checks.notNull(levels, "levels");
    return of(Arrays.asList(levels));
  }

  /**
   * Returns a scale of the given levels, in rank order whatever the order given.
   *
   * @param levels the levels, at least one, with unique codes and unique ranks, none null
   * @return the scale
   * @throws IllegalArgumentException when no level is given, or two levels share a code or a rank
   * @throws NullPointerException when the list or a level is null
   */
  public static ComplexityScale of(List<ComplexityLevel> levels) {
    Checks.notNull(levels, "levels");
    Checks.check(!levels.isEmpty(), "levels", "at least one level", "none");
    Set<String> codes = new HashSet<>();
    Set<Integer> ranks = new HashSet<>();
    for (ComplexityLevel level : levels) {
      Checks.notNull(level, "level");
      Checks.check(
          codes.add(level.code()), "code", "unique on the scale", "\"" + level.code() + "\"");
      Checks.check(ranks.add(level.rank()), "rank", "unique on the scale", level.rank());
    }
    List<ComplexityLevel> sorted = new ArrayList<>(levels);
    sorted.sort(null);
    return new ComplexityScale(List.copyOf(sorted));
  }

  /**
   * Returns the scale Low, Moderate, High with codes and ranks 1 to 3 and no criteria text.
   *
   * @return a new three-level scale
   */
  public static ComplexityScale ofThreeLevels() {
    return ofThreeLevels("", "", "");
  }

  /**
   * Returns the scale Low, Moderate, High with codes and ranks 1 to 3 and the given criteria.
   *
   * @param low the criteria of level 1, Low, not null
   * @param moderate the criteria of level 2, Moderate, not null
   * @param high the criteria of level 3, High, not null
   * @return a new three-level scale
   * @throws NullPointerException when a criteria text is null
   */
  public static ComplexityScale ofThreeLevels(String low, String moderate, String high) {
    return of(
        ComplexityLevel.of("1", "Low", 1, low),
        ComplexityLevel.of("2", "Moderate", 2, moderate),
        ComplexityLevel.of("3", "High", 3, high));
  }

  /**
   * Returns the scale Low, Moderate, High, Very high with codes and ranks 1 to 4 and no criteria
   * text.
   *
   * @return a new four-level scale
   */
  public static ComplexityScale ofFourLevels() {
    return ofFourLevels("", "", "", "");
  }

  /**
   * Returns the scale Low, Moderate, High, Very high with codes and ranks 1 to 4 and the given
   * criteria.
   *
   * @param low the criteria of level 1, Low, not null
   * @param moderate the criteria of level 2, Moderate, not null
   * @param high the criteria of level 3, High, not null
   * @param veryHigh the criteria of level 4, Very high, not null
   * @return a new four-level scale
   * @throws NullPointerException when a criteria text is null
   */
  public static ComplexityScale ofFourLevels(
      String low, String moderate, String high, String veryHigh) {
    return of(
        ComplexityLevel.of("1", "Low", 1, low),
        ComplexityLevel.of("2", "Moderate", 2, moderate),
        ComplexityLevel.of("3", "High", 3, high),
        ComplexityLevel.of("4", "Very high", 4, veryHigh));
  }

  /**
   * Returns the levels, least complex first.
   *
   * @return an unmodifiable list of levels in rank order
   */
  public List<ComplexityLevel> levels() {
    return levels;
  }

  /**
   * Returns the level with a code.
   *
   * @param code the code of a level of this scale, such as {@code "2"}, not null
   * @return the level
   * @throws IllegalArgumentException when no level of this scale has the code; the message names
   *     the code and the known ones
   */
  public ComplexityLevel level(String code) {
    Checks.notNull(code, "code");
    return find(code)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    Checks.invalid("code", "one of " + codes(), "\"" + code + "\"")));
  }

  /**
   * Returns the level with a code, if this scale has one.
   *
   * @param code the code, not null
   * @return the level, or empty
   */
  public Optional<ComplexityLevel> find(String code) {
    Checks.notNull(code, "code");
    for (ComplexityLevel level : levels) {
      if (level.code().equals(code)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns whether a level belongs to this scale: the same code, name, rank and criteria.
   *
   * @param level the level, not null
   * @return true when the level is one of this scale's
   */
  public boolean contains(ComplexityLevel level) {
    return levels.contains(Checks.notNull(level, "level"));
  }

  /**
   * Returns the number of levels.
   *
   * @return at least 1
   */
  public int size() {
    return levels.size();
  }

  private String codes() {
    StringJoiner j = new StringJoiner(", ");
    for (ComplexityLevel level : levels) {
      j.add(level.code());
    }
    return j.toString();
  }

  /**
   * Returns whether another object is a scale with the same levels.
   *
   * @param obj the other object
   * @return true for an equal scale
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof ComplexityScale && levels.equals(((ComplexityScale) obj).levels);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return levels.hashCode();
  }

  /**
   * Returns the ranks and names of the levels, such as
   * {@code ComplexityScale[1 Low, 2 Moderate, 3 High]}.
   *
   * @return the scale as text
   */
  @Override
  public String toString() {
    StringJoiner j = new StringJoiner(", ", "ComplexityScale[", "]");
    for (ComplexityLevel level : levels) {
      j.add(level.rank() + " " + level.name());
    }
    return j.toString();
  }
}
