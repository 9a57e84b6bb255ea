/**
 * Reading CMPT data from files: {@link io.github.cmpt.io.ActivityCsvReader} reads retrospective
 * activity records from CSV into the Step 2 estimator of {@code io.github.cmpt.core}.
 */
module io.github.cmpt.io {
  requires transitive io.github.cmpt.core;
  requires static org.jspecify;

  exports io.github.cmpt.io;
}
