package io.github.cmpt.internal;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The bounds every number a caller gives is checked against before any arithmetic, so that no
 * input can exhaust memory or time and building a rejection message never does.
 *
 * <p>An amount (hours, minutes, FTE, percent, days, counts given as decimals, factors) has fewer
 * than {@value #AMOUNT_DIGITS} digits before the point and at most {@value #AMOUNT_PLACES} decimal
 * places once trailing zeros are left out: {@code |x| < 10^12}. A therapy service never comes near
 * it (hours in a year are below 10,000, FTE below 100, clients below 10^7), and a product of a few
 * such numbers stays small. A {@code Fraction} given by its parts or as a decimal has fewer than
 * {@value #FRACTION_DIGITS} digits in its numerator and denominator. A number given as text has at
 * most {@value #TEXT_LENGTH} characters; a name or code at most {@value #NAME_LENGTH}. Messages
 * follow {@link Checks#invalid(String, String, Object)}:
 * {@code Invalid value for hours (valid values |x| < 10^12, at most 12 decimal places): 1E+999999999}.
 */
public final class Bounds {

  /** The number of digits an amount may have before the point: {@code |x| < 10^12}. */
  public static final int AMOUNT_DIGITS = 12;

  /** The number of decimal places an amount may have, trailing zeros left out. */
  public static final int AMOUNT_PLACES = 12;

  /**
   * The number of decimal places of a figure that may come from records (minutes, frequencies): a
   * statistic of records is a quotient rounded to 34 significant digits.
   */
  public static final int ESTIMATE_PLACES = 36;

  /** The number of digits a fraction's numerator or denominator may have: below {@code 10^100}. */
  public static final int FRACTION_DIGITS = 100;

  /** The largest number of characters of a number given as text. */
  public static final int TEXT_LENGTH = 256;

  /** The largest number of characters of a code or name given as text. */
  public static final int NAME_LENGTH = 1_000;

  /** The largest number of members of a group session, and of parts of a split. */
  public static final int MAX_GROUP = 1_000;

  /** Beyond these, a decimal is not even looked at: far above any bound, cheap to test. */
  private static final int MAX_SCALE_SEEN = 1_000;

  private static final int MAX_BITS_SEEN = 1_000;

  /** The number of characters of an over-long text quoted in a message. */
  private static final int QUOTED = 20;

  private static final BigInteger[] TEN_POWERS = new BigInteger[FRACTION_DIGITS + 1];

  static {
    for (int i = 0; i <= FRACTION_DIGITS; i++) {
      TEN_POWERS[i] = BigInteger.TEN.pow(i);
    }
  }

  private Bounds() {}

  /**
   * Returns the rule of a decimal, such as {@code |x| < 10^12, at most 12 decimal places}.
   *
   * @param maxDigits the number of digits before the point
   * @param maxPlaces the number of decimal places
   * @return the rule as text
   */
  public static String rule(int maxDigits, int maxPlaces) {
    return "|x| < 10^" + maxDigits + ", at most " + maxPlaces + " decimal places";
  }

  /**
   * Checks an amount against the amount bounds ({@code |x| < 10^12}, at most 12 decimal places)
   * and returns it as a plain {@link BigDecimal}.
   *
   * @param field the name of the field, for the message
   * @param value the value, not null
   * @return the value, a plain {@code BigDecimal} (a subclass is copied); a value written with
   *     more than 12 decimal places of trailing zeros loses them
   * @throws IllegalArgumentException when the value is out of bounds
   */
  public static BigDecimal amount(String field, BigDecimal value) {
    return decimal(field, value, AMOUNT_DIGITS, AMOUNT_PLACES);
  }

  /**
   * Checks a decimal against bounds of magnitude and scale and returns it as a plain {@link
   * BigDecimal}, copying a subclass ({@code new BigDecimal(v.unscaledValue(), v.scale())}) before
   * anything else is asked of it.
   *
   * @param field the name of the field, for the message
   * @param value the value, not null
   * @param maxDigits the number of digits before the point: {@code |x| < 10^maxDigits}
   * @param maxPlaces the number of decimal places, trailing zeros left out
   * @return the value, a plain {@code BigDecimal}; with fewer trailing zeros when its scale is
   *     beyond {@code maxPlaces}
   * @throws IllegalArgumentException when the value is out of bounds
   */
  public static BigDecimal decimal(String field, BigDecimal value, int maxDigits, int maxPlaces) {
    Checks.notNull(value, field);
    BigDecimal v = plain(value);
    if (!within(v, maxDigits, maxPlaces)) {
      throw new IllegalArgumentException(
          Checks.invalid(field, rule(maxDigits, maxPlaces), show(v)));
    }
    if (v.scale() > maxPlaces || v.scale() < -maxDigits) {
      BigDecimal s = v.stripTrailingZeros();
      return s.scale() < 0 && s.signum() == 0 ? BigDecimal.ZERO : s;
    }
    return v;
  }

  /**
   * Returns whether a decimal is within bounds, without costly arithmetic for one that is far out.
   *
   * @param value the value, a plain {@code BigDecimal}
   * @param maxDigits the number of digits before the point
   * @param maxPlaces the number of decimal places, trailing zeros left out
   * @return true when {@code |value| < 10^maxDigits} and it has at most {@code maxPlaces} places
   */
  public static boolean within(BigDecimal value, int maxDigits, int maxPlaces) {
    if (Math.abs((long) value.scale()) > MAX_SCALE_SEEN
        || value.unscaledValue().bitLength() > MAX_BITS_SEEN) {
      return false;
    }
    if (value.signum() == 0) {
      return true;
    }
    // stripping trailing zeros lowers the scale and the precision alike, so the digits before the
    // point need no stripping, nor the places when there are few enough already
    if ((long) value.precision() - value.scale() > maxDigits) {
      return false;
    }
    return value.scale() <= maxPlaces || value.stripTrailingZeros().scale() <= maxPlaces;
  }

  /**
   * Checks a whole amount against the amount bounds: {@code |x| < 10^12}.
   *
   * @param field the name of the field, for the message
   * @param value the value
   * @return the value
   * @throws IllegalArgumentException when the value is out of bounds
   */
  public static long whole(String field, long value) {
    long max = 1_000_000_000_000L;
    Checks.check(value > -max && value < max, field, "|x| < 10^" + AMOUNT_DIGITS, value);
    return value;
  }

  /**
   * Checks a whole number against a number of digits: {@code |x| < 10^maxDigits}.
   *
   * @param field the name of the field, for the message
   * @param value the value, not null
   * @param maxDigits the number of digits, at most {@value #FRACTION_DIGITS}
   * @return the value, a plain {@code BigInteger} (a subclass is copied)
   * @throws IllegalArgumentException when the value is out of bounds
   */
  public static BigInteger integer(String field, BigInteger value, int maxDigits) {
    Checks.notNull(value, field);
    BigInteger v =
        value.getClass() == BigInteger.class ? value : new BigInteger(value.toByteArray());
    boolean ok = v.bitLength() <= MAX_BITS_SEEN && v.abs().compareTo(TEN_POWERS[maxDigits]) < 0;
    if (!ok) {
      throw new IllegalArgumentException(
          Checks.invalid(field, "|x| < 10^" + maxDigits, show(new BigDecimal(v))));
    }
    return v;
  }

  /**
   * Checks a count against its bounds, {@code min <= x <= max}.
   *
   * @param field the name of the field, for the message
   * @param value the value
   * @param min the smallest valid value
   * @param max the largest valid value
   * @return the value
   * @throws IllegalArgumentException when the value is out of bounds
   */
  public static int count(String field, int value, int min, int max) {
    Checks.check(value >= min && value <= max, field, min + " <= x <= " + max, value);
    return value;
  }

  /**
   * Checks a code a caller gives (a role's {@code OT}, a level's {@code 2}): not blank and without
   * spaces of any kind, then the rules of {@link #name(String, String)}.
   *
   * @param field the name of the field, for the message
   * @param value the code, not null
   * @return the code
   * @throws IllegalArgumentException when the code breaks a rule
   */
  public static String code(String field, String value) {
    Checks.notNull(value, field);
    Checks.check(
        !value.isBlank()
            && value.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)),
        field,
        "non-blank, without spaces",
        "\"" + value + "\"");
    return name(field, value);
  }

  /**
   * Checks a name or identifier a caller gives (a clinician's id, a team's or plan's name, a
   * role's code): at most {@value #NAME_LENGTH} characters, not blank (spaces of any kind, the
   * no-break space included, do not count), and without control characters (a line break would
   * break the tables a name is shown in).
   *
   * @param field the name of the field, for the message
   * @param value the name, not null
   * @return the name
   * @throws IllegalArgumentException when the name breaks a rule; a name with a control character
   *     is not quoted
   */
  public static String name(String field, String value) {
    Checks.notNull(value, field);
    text(field, value, NAME_LENGTH);
    if (value.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
      throw new IllegalArgumentException(
          Checks.invalid(field, "non-blank", "\"" + value + "\""));
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c)) {
        throw new IllegalArgumentException(
            Checks.invalid(
                field,
                "no control characters",
                String.format(
                    "U+%04X at index %d of a text of %d characters", (int) c, i, value.length())));
      }
    }
    return value;
  }

  /**
   * Checks the length of a text to be read, before it is read.
   *
   * @param field the name of the field, for the message
   * @param text the text, not null
   * @param maxLength the largest number of characters
   * @return the text as a string
   * @throws IllegalArgumentException when the text is longer
   */
  public static String text(String field, CharSequence text, int maxLength) {
    Checks.notNull(text, field);
    int length = text.length();
    if (length > maxLength) {
      throw new IllegalArgumentException(
          Checks.invalid(field, "a text of at most " + maxLength + " characters", quote(text)));
    }
    return text.toString();
  }

  /**
   * Returns a text for a message: quoted in full when it is short, otherwise its first characters
   * and its length, so that a message never copies a long text.
   *
   * @param text the text, not null
   * @return the text for a message, such as {@code "1111111111..." (10485760 characters)}
   */
  public static String quote(CharSequence text) {
    if (text.length() <= TEXT_LENGTH) {
      return "\"" + text + "\"";
    }
    return "\"" + text.subSequence(0, QUOTED) + "...\" (" + text.length() + " characters)";
  }

  /**
   * Returns a decimal for a message, cheaply for any value: plain notation without trailing zeros
   * for a value of moderate size ({@code 37.5}), otherwise {@link BigDecimal#toString()}
   * ({@code 1E+999999999}), or its size alone for a value of more than about 300 digits.
   *
   * @param value the value, not null
   * @return the value for a message
   */
  public static String show(BigDecimal value) {
    BigDecimal v = plain(value);
    int bits = v.unscaledValue().bitLength();
    if (bits > MAX_BITS_SEEN) {
      return "a decimal of about " + (long) (bits * 0.30103) + " digits and scale " + v.scale();
    }
    if (Math.abs((long) v.scale()) > TEXT_LENGTH) {
      return v.toString();
    }
    return Checks.plain(v);
  }

  private static BigDecimal plain(BigDecimal value) {
    return value.getClass() == BigDecimal.class
        ? value
        : new BigDecimal(value.unscaledValue(), value.scale());
  }
}
