package io.github.cmpt.io;

/**
 * Parsers of field values straight from the reader's character buffer, without making strings:
 * whole numbers, and ISO-8601 calendar dates ({@code yyyy-mm-dd}) as epoch days.
 */
final class Fields {

  /** Returned by the parsers for text that is not a value. */
  static final long INVALID = Long.MIN_VALUE;

  private static final int MAX_LONG_DIGITS = 18;

  private Fields() {}

  /**
   * Returns the whole number written with an optional sign and at most 18 digits, or
   * {@link #INVALID}.
   */
  static long parseLong(char[] buf, int off, int len) {
    int i = off;
    int end = off + len;
    boolean negative = false;
    if (i < end && (buf[i] == '-' || buf[i] == '+')) {
      negative = buf[i] == '-';
      i++;
    }
    int digits = end - i;
    if (digits == 0 || digits > MAX_LONG_DIGITS) {
      return INVALID;
    }
    long value = 0;
    for (; i < end; i++) {
      char c = buf[i];
      if (c < '0' || c > '9') {
        return INVALID;
      }
      value = value * 10 + (c - '0');
    }
    return negative ? -value : value;
  }

  /**
   * Returns the days since 1970-01-01 of a date written {@code yyyy-mm-dd} (four-digit year,
   * two-digit month and day, a real calendar date), or {@link #INVALID}.
   */
  static long parseEpochDay(char[] buf, int off, int len) {
    if (len != 10 || buf[off + 4] != '-' || buf[off + 7] != '-') {
      return INVALID;
    }
    int year = digits(buf, off, 4);
    int month = digits(buf, off + 5, 2);
    int day = digits(buf, off + 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
      return INVALID;
    }
    return epochDay(year, month, day);
  }

  private static int digits(char[] buf, int off, int count) {
    int value = 0;
    for (int i = off; i < off + count; i++) {
      char c = buf[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static int lengthOfMonth(int year, int month) {
    if (month == 2) {
      boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
      return leap ? 29 : 28;
    }
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  /**
   * Returns the days since 1970-01-01 of a proleptic Gregorian date, as
   * {@link java.time.LocalDate#toEpochDay()}: days from the civil date through 400-year eras.
   */
  static long epochDay(int year, int month, int day) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yearOfEra = y - era * 400;
    long shiftedMonth = month > 2 ? month - 3 : month + 9;
    long dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1;
    long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
  }

  /** As {@link #parseLong(char[], int, int)}, on ASCII bytes. */
  static long parseLong(byte[] buf, int off, int len) {
    int i = off;
    int end = off + len;
    boolean negative = false;
    if (i < end && (buf[i] == '-' || buf[i] == '+')) {
      negative = buf[i] == '-';
      i++;
    }
    int digits = end - i;
    if (digits == 0 || digits > MAX_LONG_DIGITS) {
      return INVALID;
    }
    long value = 0;
    for (; i < end; i++) {
      int c = buf[i] - '0';
      if (c < 0 || c > 9) {
        return INVALID;
      }
      value = value * 10 + c;
    }
    return negative ? -value : value;
  }

  /** As {@link #parseEpochDay(char[], int, int)}, on ASCII bytes. */
  static long parseEpochDay(byte[] buf, int off, int len) {
    if (len != 10 || buf[off + 4] != '-' || buf[off + 7] != '-') {
      return INVALID;
    }
    int year = digits(buf, off, 4);
    int month = digits(buf, off + 5, 2);
    int day = digits(buf, off + 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
      return INVALID;
    }
    return epochDay(year, month, day);
  }

  private static int digits(byte[] buf, int off, int count) {
    int value = 0;
    for (int i = off; i < off + count; i++) {
      int c = buf[i] - '0';
      if (c < 0 || c > 9) {
        return -1;
      }
      value = value * 10 + c;
    }
    return value;
  }
}
