package io.github.cmpt.wisn;

import io.github.cmpt.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Decimal helpers of the WISN package: canonical form of inputs, and numbers written for reading. */
final class Decimals {

  /** Decimals kept when a figure is written in an explanation. */
  static final int EXPLAIN_SCALE = 4;

  private Decimals() {}

  /** Returns whether a decimal has at most {@link #EXPLAIN_SCALE} decimals. */
  static boolean isShort(BigDecimal value) {
    return Checks.normal(value).scale() <= EXPLAIN_SCALE;
  }

  /**
   * Returns a decimal as written in an explanation: exactly when it has at most four decimals,
   * otherwise rounded half-up to four.
   */
  static String text(BigDecimal value) {
    if (isShort(value)) {
      return Checks.plain(value);
    }
    return Checks.plain(value.setScale(EXPLAIN_SCALE, RoundingMode.HALF_UP));
  }
}
