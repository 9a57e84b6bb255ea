package io.github.cmpt.wisn;

import io.github.cmpt.internal.Checks;
import io.github.cmpt.internal.CmptStyle;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A health-service activity of WISN: work done for patients or clients that is counted in units
 * (consultations, sessions, admissions), with its {@link ActivityStandard} and its annual workload,
 * such as {@code HealthServiceActivity[Outpatient session 0.75h/unit x 1200/year]}.
 *
 * <p>Rules: the name is not blank; the annual workload is {@code x >= 0} (it may be fractional, as
 * an average of several years).
 *
 * <pre>{@code
 * HealthServiceActivity sessions = HealthServiceActivity.builder()
 *     .name("Outpatient session")
 *     .standard(ActivityStandard.ofUnitTime(Hours.ofMinutes(45)))
 *     .annualWorkload(new BigDecimal("1200"))
 *     .build();
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
@CmptStyle
public abstract class HealthServiceActivity {

  HealthServiceActivity() {}

  /**
   * Returns a builder; every field is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the name of the activity, such as {@code Outpatient session}.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the activity standard: a time per unit or a rate of working.
   *
   * @return the standard
   */
  public abstract ActivityStandard standard();

  /**
   * Returns the units of this activity done in a year (WISN's annual workload).
   *
   * @return units per year, {@code x >= 0}
   */
  public abstract BigDecimal annualWorkload();

  @Value.Check
  HealthServiceActivity normalize() {
    Checks.check(!name().isBlank(), "name", "non-blank", "\"" + name() + "\"");
    Checks.check(
        annualWorkload().signum() >= 0,
        "annualWorkload (" + name() + ")",
        "x >= 0",
        annualWorkload());
    BigDecimal canonical = Checks.normal(annualWorkload());
    if (canonical.equals(annualWorkload())) {
      return this;
    }
    return builder().name(name()).standard(standard()).annualWorkload(canonical).build();
  }

  /**
   * Returns the name, standard and workload, such as
   * {@code HealthServiceActivity[Outpatient session 0.75h/unit x 1200/year]}.
   *
   * @return the activity as text
   */
  @Override
  public String toString() {
    return "HealthServiceActivity["
        + name()
        + " "
        + standard()
        + " x "
        + Checks.plain(annualWorkload())
        + "/year]";
  }

  /**
   * Builds a {@link HealthServiceActivity}.
   *
   * <p>A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableHealthServiceActivity.Builder {
    Builder() {}

    /**
     * Sets the units done in a year as a whole number.
     *
     * @param units units per year, {@code x >= 0}
     * @return this builder
     */
    public Builder annualWorkload(long units) {
      annualWorkload(BigDecimal.valueOf(units));
      return this;
    }
  }
}
