/**
 * Step 2 of the CMPT, client intervention time: complexity levels, intervention activities and
 * profiles, and the demand of a caseload.
 *
 * <p>The main types:
 * <ul>
 *   <li>{@link io.github.cmpt.demand.ComplexityScale}, an ordered user-defined scale of
 *       {@link io.github.cmpt.vocabulary.ComplexityLevel}s;</li>
 *   <li>{@link io.github.cmpt.demand.Figure}, an exact estimate with its
 *       {@link io.github.cmpt.demand.Provenance} (records, judgment or a blend);</li>
 *   <li>{@link io.github.cmpt.demand.InterventionActivity}, an {@link
 *       io.github.cmpt.vocabulary.ActivityKind} with its minutes, {@link
 *       io.github.cmpt.demand.Frequency}, role and group size;</li>
 *   <li>{@link io.github.cmpt.demand.InterventionProfile}, the activities and episode length of one
 *       level, with the hours per episode;</li>
 *   <li>{@link io.github.cmpt.demand.ServiceDemand}, the profiles and {@link
 *       io.github.cmpt.demand.Volume}s of all levels: the input of Step 2;</li>
 *   <li>{@link io.github.cmpt.demand.InterventionTime}, Step 2 itself: the episodes, hours and
 *       annual demand hours of every level, role and kind, and the case mix
 *       ({@link io.github.cmpt.worksheet.Step2Worksheet} shows it as tables).</li>
 * </ul>
 *
 * <pre>{@code
 * ComplexityScale scale = ComplexityScale.ofThreeLevels();
 * InterventionActivity assessment = InterventionActivity.builder()
 *     .kind(ActivityKind.ASSESSMENT)
 *     .role(Role.OCCUPATIONAL_THERAPIST)
 *     .minutes(Figure.ofJudgment(90, "team consensus 2026"))
 *     .frequency(Frequency.ONCE)
 *     .frequencyProvenance(Provenance.ofJudgment("program design"))
 *     .build();
 * InterventionProfile low = InterventionProfile.builder()
 *     .level(scale.level("1"))
 *     .episodeWeeks(Figure.ofRecords(new BigDecimal("6"), 42, "median"))
 *     .addActivity(assessment)
 *     .build();
 * ServiceDemand demand = ServiceDemand.builder()
 *     .weeksPerYear(52)
 *     .scale(scale)
 *     .addLevel(low, Volume.ofEpisodesPerYear(120))
 *     .build();
 * InterventionTime.of(demand).demandHours();   // 180h: 120 episodes x 1.5h
 * }</pre>
 */
@NullMarked
package io.github.cmpt.demand;

import org.jspecify.annotations.NullMarked;
