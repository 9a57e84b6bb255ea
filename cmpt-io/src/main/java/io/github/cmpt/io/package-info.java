/**
 * Reading CMPT data from files. {@link io.github.cmpt.io.ActivityCsvReader} reads activity records
 * from a CSV file with a header straight into an
 * {@link io.github.cmpt.estimate.EpisodeAccumulator}; bad input is reported as a
 * {@link io.github.cmpt.io.CsvProblem} naming the line and column, thrown in a
 * {@link io.github.cmpt.io.CsvFormatException} or, when the caller chooses
 * {@link io.github.cmpt.io.OnMalformedRow#REJECT}, counted and listed in the
 * {@link io.github.cmpt.io.CsvReadReport}.
 */
@NullMarked
package io.github.cmpt.io;

import org.jspecify.annotations.NullMarked;
