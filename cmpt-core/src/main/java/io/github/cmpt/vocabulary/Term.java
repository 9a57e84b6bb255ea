package io.github.cmpt.vocabulary;

import io.github.cmpt.internal.Bounds;
import io.github.cmpt.internal.Checks;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A term of an open enumeration: a {@link Role}, an {@link ActivityKind}, a {@link LeaveType} or a
 * {@link NonClientCategory}, each with standard terms as constants and terms a service names itself.
 *
 * <p>A term has a code that identifies it within its enumeration and a display name. Two terms are
 * equal when they are of the same enumeration and have the same code ({@link Role} also compares
 * the name and kind). The text of a term is its code.
 *
 * <pre>{@code
 * Term vacation = LeaveType.VACATION;        // code "Vacation"
 * Term assessment = ActivityKind.ASSESSMENT; // code "assessment", name "Assessment"
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public abstract sealed class Term permits Role, ActivityKind, LeaveType, NonClientCategory {

  private final String code;
  private final String name;

  Term(String code, String name) {
    this.code = code;
    this.name = name;
  }

  /**
   * Returns the code that identifies the term in its enumeration, such as {@code OT} or
   * {@code group-intervention}.
   *
   * @return the code, not blank
   */
  public final String code() {
    return code;
  }

  /**
   * Returns the display name, such as {@code Occupational therapist}.
   *
   * @return the name, not blank
   */
  public final String name() {
    return name;
  }

  /**
   * Returns whether this is one of the standard terms of its enumeration.
   *
   * @return true for a standard term
   */
  public final boolean isStandard() {
    return standardTerms().contains(this);
  }

  abstract List<? extends Term> standardTerms();

  /**
   * Returns whether another object is a term of the same enumeration with the same code.
   *
   * @param obj the other object
   * @return true for the same term
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj != null && obj.getClass() == getClass() && code.equals(((Term) obj).code);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public final int hashCode() {
    return code.hashCode();
  }

  /**
   * Returns the code.
   *
   * @return the code
   */
  @Override
  public final String toString() {
    return code;
  }

  /** Trims a user-given name, rejecting a blank one for {@code field}. */
  static String trimmed(String name, String field) {
    Checks.notNull(name, "name");
    String trimmed = name.trim();
    Checks.check(!trimmed.isEmpty(), field, "non-blank", "\"" + name + "\"");
    return Bounds.name(field, trimmed);
  }

  /** The standard term whose code, or name ignoring case, is {@code text} (after {@code toCode}). */
  static <T extends Term> Optional<T> find(
      List<T> standard, String text, Function<String, String> toCode) {
    String code = toCode.apply(text);
    for (T t : standard) {
      if (t.code().equals(code) || t.name().equalsIgnoreCase(text)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The codes of {@code terms}, joined by commas. */
  static String codes(List<? extends Term> terms) {
    StringBuilder sb = new StringBuilder();
    for (Term t : terms) {
      sb.append(sb.length() == 0 ? "" : ", ").append(t.code());
    }
    return sb.toString();
  }
}
