package io.github.cmpt.estimate;

/**
 * A reason to look again at an episode that the estimates include, such as {@code outlier}.
 *
 * <p>Flagged episodes are counted in the {@link DataQuality} account and kept in the estimates:
 * a flag never drops an episode.
 */
public enum EpisodeFlag {

  /** An episode with a single accepted record: perhaps an assessment only, or a partial record. */
  SINGLE_RECORD("single-record"),

  /**
   * An episode whose records carry more than one complexity level; it counts at the most complex
   * of them.
   */
  MIXED_LEVELS("mixed-levels"),

  /**
   * An episode whose minutes lie outside Tukey's fences of its level: below
   * {@code Q1 - k x IQR} or above {@code Q3 + k x IQR}, where {@code Q1} and {@code Q3} are the
   * 25th and 75th percentiles of minutes per episode of the level, {@code IQR = Q3 - Q1}, and
   * {@code k} is {@link EstimationRules#outlierFactor()} (1.5 by default).
   */
  OUTLIER("outlier");

  private final String code;

  EpisodeFlag(String code) {
    this.code = code;
  }

  /**
   * Returns the code, such as {@code single-record}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns the code, such as {@code single-record}.
   *
   * @return the code
   */
  @Override
  public String toString() {
    return code;
  }
}
