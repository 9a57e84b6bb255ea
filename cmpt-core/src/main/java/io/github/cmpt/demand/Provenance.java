package io.github.cmpt.demand;

import io.github.cmpt.internal.Checks;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a figure comes from: records of past activity, professional judgment, or a blend of the
 * two, such as {@code records (n=42, median)}.
 *
 * <p>The CMPT's estimates come from retrospective data and professional judgment; every figure keeps
 * its provenance so that a report can show it. There are three kinds, each a nested class:
 * <ul>
 *   <li>{@link Records}: a statistic (mean, median, a percentile such as P80) of a number of
 *       episodes;</li>
 *   <li>{@link Judgment}: professional judgment, with the rationale;</li>
 *   <li>{@link Blend}: a weighted blend of judgment and another source, usually records.</li>
 * </ul>
 *
 * <pre>{@code
 * Provenance data = Provenance.ofRecords(42, "mean");          // records (n=42, mean)
 * Provenance team = Provenance.ofJudgment("team consensus 2026");
 * Provenance mix = Provenance.ofBlend(new BigDecimal("0.3"), "team consensus 2026", data);
 * mix.toString();   // blend 30% judgment / 70% records (n=42, mean)
 * }</pre>
 *
 * @implSpec This class and its subclasses are immutable and thread-safe.
 */
public abstract sealed class Provenance
    permits Provenance.Records, Provenance.Judgment, Provenance.Blend {

  /** The kind of a provenance. */
  public enum Kind {
    /** A statistic of records of past activity. */
    RECORDS,
    /** Professional judgment. */
    JUDGMENT,
    /** A blend of judgment and another source. */
    BLEND
  }

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  Provenance() {}

  /**
   * Returns the provenance of a statistic of records, such as the median of 42 episodes.
   *
   * @param episodes the number of episodes the statistic is computed from, {@code x >= 1}
   * @param statistic the statistic, such as {@code mean}, {@code median} or {@code P80}, not blank
   * @return the provenance
   * @throws IllegalArgumentException when {@code episodes} is below 1 or the statistic is blank
   * @throws NullPointerException when {@code statistic} is null
   */
  public static Records ofRecords(int episodes, String statistic) {
    Checks.notNull(statistic, "statistic");
    Checks.check(episodes >= 1, "episodes", "x >= 1", episodes);
    Checks.check(!statistic.isBlank(), "statistic", "non-blank", "\"" + statistic + "\"");
    return new Records(episodes, statistic.trim());
  }

  /**
   * Returns the provenance of professional judgment.
   *
   * @param rationale why the figure is what it is, such as {@code team consensus 2026}; may be
   *     empty, not null
   * @return the provenance
   * @throws NullPointerException when {@code rationale} is null
   */
  public static Judgment ofJudgment(String rationale) {
    Checks.notNull(rationale, "rationale");
    return new Judgment(rationale.trim());
  }

  /**
   * Returns the provenance of a blend of judgment, with a weight, and another source.
   *
   * @param judgmentWeight the weight of judgment, a fraction {@code 0 <= x <= 1}, not null; the
   *     other source has weight {@code 1 - x}
   * @param rationale why judgment is blended in, may be empty, not null
   * @param data the provenance of the figure judgment is blended with, not null
   * @return the provenance
   * @throws IllegalArgumentException when the weight is outside {@code [0, 1]}
   * @throws NullPointerException when an argument is null
   */
  public static Blend ofBlend(BigDecimal judgmentWeight, String rationale, Provenance data) {
    Checks.notNull(judgmentWeight, "judgmentWeight");
    Checks.notNull(data, "data");
    checkWeight(judgmentWeight);
    return new Blend(Decimals.normal(judgmentWeight), ofJudgment(rationale), data);
  }

  static void checkWeight(BigDecimal weight) {
    Checks.check(
        weight.signum() >= 0 && weight.compareTo(BigDecimal.ONE) <= 0,
        "weight",
        "0 <= x <= 1",
        weight);
  }

  /**
   * Returns the kind of this provenance, for a {@code switch}.
   *
   * @return records, judgment or blend
   */
  public abstract Kind kind();

  /**
   * A statistic of records of past activity, such as {@code records (n=42, median)}.
   *
   * @implSpec This class is immutable and thread-safe.
   */
  public static final class Records extends Provenance {
    private final int episodes;
    private final String statistic;

    private Records(int episodes, String statistic) {
      this.episodes = episodes;
      this.statistic = statistic;
    }

    /**
     * Returns the number of episodes the statistic is computed from.
     *
     * @return at least 1
     */
    public int episodes() {
      return episodes;
    }

    /**
     * Returns the statistic, such as {@code median}.
     *
     * @return the statistic, not blank
     */
    public String statistic() {
      return statistic;
    }

    /**
     * Returns {@link Kind#RECORDS}.
     *
     * @return {@link Kind#RECORDS}
     */
    @Override
    public Kind kind() {
      return Kind.RECORDS;
    }

    /**
     * Returns whether another object is the same statistic of the same number of episodes.
     *
     * @param obj the other object
     * @return true for an equal provenance
     */
    @Override
    public boolean equals(@Nullable Object obj) {
      return obj instanceof Records
          && episodes == ((Records) obj).episodes
          && statistic.equals(((Records) obj).statistic);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
      return Objects.hash(episodes, statistic);
    }

    /**
     * Returns the number of episodes and the statistic, such as {@code records (n=42, median)}.
     *
     * @return the provenance as text
     */
    @Override
    public String toString() {
      return "records (n=" + episodes + ", " + statistic + ")";
    }
  }

  /**
   * Professional judgment, such as {@code judgment: "team consensus 2026"}.
   *
   * @implSpec This class is immutable and thread-safe.
   */
  public static final class Judgment extends Provenance {
    private final String rationale;

    private Judgment(String rationale) {
      this.rationale = rationale;
    }

    /**
     * Returns why the figure is what it is.
     *
     * @return the rationale, possibly empty
     */
    public String rationale() {
      return rationale;
    }

    /**
     * Returns {@link Kind#JUDGMENT}.
     *
     * @return {@link Kind#JUDGMENT}
     */
    @Override
    public Kind kind() {
      return Kind.JUDGMENT;
    }

    /**
     * Returns whether another object is judgment with the same rationale.
     *
     * @param obj the other object
     * @return true for an equal provenance
     */
    @Override
    public boolean equals(@Nullable Object obj) {
      return obj instanceof Judgment && rationale.equals(((Judgment) obj).rationale);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
      return rationale.hashCode();
    }

    /**
     * Returns the rationale in quotes, such as {@code judgment: "team consensus 2026"}, or
     * {@code judgment} when there is none.
     *
     * @return the provenance as text
     */
    @Override
    public String toString() {
      return rationale.isEmpty() ? "judgment" : "judgment: \"" + rationale + "\"";
    }
  }

  /**
   * A blend of judgment and another source, such as
   * {@code blend 30% judgment / 70% records (n=42, mean)}.
   *
   * @implSpec This class is immutable and thread-safe.
   */
  public static final class Blend extends Provenance {
    private final BigDecimal judgmentWeight;
    private final Judgment judgment;
    private final Provenance data;

    private Blend(BigDecimal judgmentWeight, Judgment judgment, Provenance data) {
      this.judgmentWeight = judgmentWeight;
      this.judgment = judgment;
      this.data = data;
    }

    /**
     * Returns the weight of judgment, a fraction of one; the other source has the rest.
     *
     * @return the weight, {@code 0 <= x <= 1}
     */
    public BigDecimal judgmentWeight() {
      return judgmentWeight;
    }

    /**
     * Returns why judgment is blended in.
     *
     * @return the rationale, possibly empty
     */
    public String rationale() {
      return judgment.rationale();
    }

    /**
     * Returns the judgment side of the blend.
     *
     * @return the judgment, with the rationale
     */
    public Judgment judgment() {
      return judgment;
    }

    /**
     * Returns the other side of the blend, usually records.
     *
     * @return the provenance of the figure judgment was blended with
     */
    public Provenance data() {
      return data;
    }

    /**
     * Returns {@link Kind#BLEND}.
     *
     * @return {@link Kind#BLEND}
     */
    @Override
    public Kind kind() {
      return Kind.BLEND;
    }

    /**
     * Returns whether another object is a blend with the same weight (whatever its scale),
     * rationale and data.
     *
     * @param obj the other object
     * @return true for an equal provenance
     */
    @Override
    public boolean equals(@Nullable Object obj) {
      if (!(obj instanceof Blend)) {
        return false;
      }
      Blend b = (Blend) obj;
      return judgmentWeight.compareTo(b.judgmentWeight) == 0
          && judgment.equals(b.judgment)
          && data.equals(b.data);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
      return Objects.hash(Checks.hash(judgmentWeight), judgment, data);
    }

    /**
     * Returns the weights and the other source, such as
     * {@code blend 30% judgment / 70% records (n=42, mean)}; the rationale is in
     * {@link #judgment()}.
     *
     * @return the provenance as text
     */
    @Override
    public String toString() {
      BigDecimal percent = judgmentWeight.multiply(HUNDRED);
      return "blend "
          + Checks.plain(percent)
          + "% judgment / "
          + Checks.plain(HUNDRED.subtract(percent))
          + "% "
          + data;
    }
  }
}
