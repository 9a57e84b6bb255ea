package io.github.cmpt.time;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators of the time kernel's values, shared by its tests. */
final class TimeGen {

  private TimeGen() {}

  /**
   * Decimals of any sign within the bounds of an amount ({@code |x| < 10^12}), with up to 18
   * significant digits, up to 6 of them decimals, so that sums and products with a
   * {@link #factors() factor} stay inside the 34 digits of {@link Hours#MATH_CONTEXT}.
   */
  static Gen<BigDecimal> decimals() {
    return integers()
        .between(0, 6)
        .flatMap(
            scale -> {
              long max = BigDecimal.ONE.movePointRight(12 + scale).longValueExact() - 1;
              return longs().between(-max, max).map(n -> BigDecimal.valueOf(n, scale));
            });
  }

  /** Small non-zero factors, such as 52, 0.8 or -1.25. */
  static Gen<BigDecimal> factors() {
    return longs()
        .between(-1_000_000L, 1_000_000L)
        .zip(integers().between(0, 3), BigDecimal::valueOf)
        .assuming(f -> f.signum() != 0);
  }

  /** Extra decimal places to add to a value without changing it. */
  static Gen<Integer> extraScales() {
    return integers().between(0, 5);
  }

  static Gen<Hours> hours() {
    return decimals().map(Hours::of);
  }

  static Gen<Fte> ftes() {
    return decimals().map(Fte::of);
  }

  static Gen<Percentage> percentages() {
    return decimals().map(Percentage::ofPercent);
  }

  static Gen<Period> periods() {
    return Generate.enumValues(Period.class);
  }

  /**
   * Valid full-time patterns: {@code 0 < hoursPerWeek <= 168} to the hundredth, any non-empty set
   * of working days, {@code 0 < weeksPerYear <= 53} to the thousandth.
   */
  static Gen<WorkPattern> patterns() {
    Gen<Hours> hoursPerWeek =
        longs().between(1, 16_800).map(n -> Hours.of(BigDecimal.valueOf(n, 2)));
    Gen<Set<DayOfWeek>> days = integers().between(1, 127).map(TimeGen::days);
    Gen<BigDecimal> weeksPerYear = longs().between(1, 53_000).map(n -> BigDecimal.valueOf(n, 3));
    return hoursPerWeek.zip(days, weeksPerYear, WorkPattern::of);
  }

  /** Returns the days of the week whose bits are set, Monday being bit 0. */
  static Set<DayOfWeek> days(int mask) {
    EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (DayOfWeek d : DayOfWeek.values()) {
      if ((mask & (1 << (d.getValue() - 1))) != 0) {
        days.add(d);
      }
    }
    return days;
  }

  /** Returns the same number with more decimal places, such as 2.00 for 2. */
  static BigDecimal rescaled(BigDecimal value, int extraScale) {
    return value.setScale(value.scale() + extraScale);
  }
}
