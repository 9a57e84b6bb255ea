package io.github.cmpt.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * Validation helpers whose messages follow one pattern:
 * {@code Invalid value for hoursPerWeek (valid values 0 < x <= 168): 170}.
 */
public final class Checks {

  /**
   * The context in which a value whose decimal does not terminate is rounded when it is asked for
   * as a decimal: 34 significant digits, rounding half-even. The time kernel's arithmetic is exact
   * and uses it only for {@code toBigDecimal()}; kept for the code that still divides decimals.
   */
  public static final MathContext MATH_CONTEXT = MathContext.DECIMAL128;

  private Checks() {}

  /**
   * Throws when a condition does not hold, with a message naming the field, the rule and the value.
   *
   * @param condition whether the value is valid
   * @param field the name of the field, as a caller spells it
   * @param rule the valid values, such as {@code 0 < x <= 168}
   * @param value the value given
   * @throws IllegalArgumentException when the condition does not hold
   */
  public static void check(boolean condition, String field, String rule, Object value) {
    if (!condition) {
      throw new IllegalArgumentException(invalid(field, rule, value));
    }
  }

  /**
   * Formats the message of an invalid value.
   *
   * @param field the name of the field
   * @param rule the valid values
   * @param value the value given
   * @return the message
   */
  public static String invalid(String field, String rule, Object value) {
    return "Invalid value for " + field + " (valid values " + rule + "): " + display(value);
  }

  private static String display(Object value) {
    if (value instanceof BigDecimal) {
      return Bounds.show((BigDecimal) value);
    }
    return String.valueOf(value);
  }

  /**
   * Returns the plain notation of a decimal without trailing zeros, such as {@code 37.5}.
   *
   * @param value the decimal
   * @return its plain notation
   */
  public static String plain(BigDecimal value) {
    if (value.signum() == 0) {
      return "0";
    }
    return value.stripTrailingZeros().toPlainString();
  }

  /**
   * Returns the canonical form of a decimal: no trailing zeros and no negative scale, so that
   * numerically equal decimals are {@code equals} and print in plain notation ({@code 260}, never
   * {@code 2.6E+2}).
   *
   * @param value the decimal
   * @return its canonical form
   */
  public static BigDecimal normal(BigDecimal value) {
    BigDecimal s = value.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }


  /**
   * Returns a hash code that is the same for decimals that are numerically equal.
   *
   * @param value the decimal
   * @return its scale-insensitive hash code
   */
  public static int hash(BigDecimal value) {
    return value.signum() == 0 ? 0 : value.stripTrailingZeros().hashCode();
  }

  /**
   * Checks that a value is not null, naming the parameter.
   *
   * @param <T> the type of the value
   * @param value the value
   * @param name the name of the parameter
   * @return the value
   * @throws NullPointerException when the value is null
   */
  public static <T> T notNull(T value, String name) {
    return Objects.requireNonNull(value, name);
  }
  /**
   * Returns an unmodifiable copy of a collection after checking it and each of its elements for
   * null, naming a null element by its position: {@code tables[2]}.
   *
   * @param <T> the type of the elements
   * @param values the collection
   * @param name the name of the parameter, as a caller spells it
   * @return the elements in iteration order
   * @throws NullPointerException when the collection or an element is null
   */
  public static <T> java.util.List<T> noneNull(java.util.Collection<? extends T> values, String name) {
    notNull(values, name);
    java.util.List<T> copy = new java.util.ArrayList<>(values.size());
    int i = 0;
    for (T value : values) {
      copy.add(notNull(value, name + "[" + i + "]"));
      i++;
    }
    return java.util.Collections.unmodifiableList(copy);
  }


  /**
   * Reads a decimal in the notation of {@link BigDecimal#BigDecimal(String)}, naming the field when
   * the text is not a number. A text of more than {@value Bounds#TEXT_LENGTH} characters is
   * rejected before it is read.
   *
   * @param text the text
   * @param field the name of the field
   * @return the decimal
   * @throws IllegalArgumentException when the text is not a decimal number
   */
  public static BigDecimal decimal(CharSequence text, String field) {
    Objects.requireNonNull(text, field);
    return decimal(text, field, text);
  }

  /**
   * Reads the number part of a text, such as {@code 37.5} of {@code 37.5h}, naming the field and the
   * whole text as given when the number part is not a decimal number. A text of more than
   * {@value Bounds#TEXT_LENGTH} characters is rejected before it is read; the message quotes only
   * its first characters.
   *
   * @param number the part of the text that holds the number, not null
   * @param field the name of the field
   * @param text the whole text as given, for the message
   * @return the decimal
   * @throws IllegalArgumentException when the number part is not a decimal number, or the text is
   *     too long
   */
  public static BigDecimal decimal(CharSequence number, String field, CharSequence text) {
    if (text.length() > Bounds.TEXT_LENGTH || number.length() > Bounds.TEXT_LENGTH) {
      throw new IllegalArgumentException(
          invalid(
              field,
              "a decimal number of at most " + Bounds.TEXT_LENGTH + " characters",
              Bounds.quote(text)));
    }
    try {
      return new BigDecimal(number.toString().trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(invalid(field, "a decimal number", Bounds.quote(text)), e);
    }
  }
}
