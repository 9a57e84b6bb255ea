/**
 * The Caseload Management Planning Tool (CMPT) as immutable values and pure functions.
 *
 * <p>The packages follow the method:
 * <ul>
 *   <li>{@link io.github.cmpt.time}: exact amounts of hours, FTE, percentages, and the work pattern
 *       that converts between days, weeks, months and years;</li>
 *   <li>{@link io.github.cmpt.supply}: Step 1, human resources time available;</li>
 *   <li>{@link io.github.cmpt.demand}: Step 2, client intervention time: complexity levels,
 *       intervention profiles and the demand of a service;</li>
 *   <li>{@link io.github.cmpt.estimate}: Step 2 estimates from retrospective activity records;</li>
 *   <li>{@link io.github.cmpt.plan}: Step 3, the caseload plan that matches the two, what-if
 *       comparisons and reports;</li>
 *   <li>{@link io.github.cmpt.horizon}: a plan over weeks or months: referrals, the waiting list
 *       carried from period to period, and what it takes to clear it;</li>
 *   <li>{@link io.github.cmpt.wisn}: the WHO Workload Indicators of Staffing Need (WISN)
 *       calculation, for comparison;</li>
 *   <li>{@link io.github.cmpt.uncertainty}: ranges and distributions on a plan's figures,
 *       one-at-a-time sensitivity, seeded Monte Carlo and the bootstrap;</li>
 *   <li>{@link io.github.cmpt.report}: tables and worksheets rendered as plain text, Markdown and
 *       CSV, and shares rounded to sum to 100%.</li>
 * </ul>
 */
module io.github.cmpt.core {
  requires transitive com.google.common;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;

  exports io.github.cmpt.time;
  exports io.github.cmpt.vocabulary;
  exports io.github.cmpt.supply;
  exports io.github.cmpt.demand;
  exports io.github.cmpt.estimate;
  exports io.github.cmpt.plan;
  exports io.github.cmpt.horizon;
  exports io.github.cmpt.report;
  exports io.github.cmpt.wisn;
  exports io.github.cmpt.uncertainty;
  exports io.github.cmpt.worksheet;
}
