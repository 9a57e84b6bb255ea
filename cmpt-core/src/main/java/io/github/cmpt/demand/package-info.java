/**
 * Step 2 of the CMPT, client intervention time: complexity levels, intervention activities and
 * profiles, and the demand of a caseload.
 */
@NullMarked
package io.github.cmpt.demand;

import org.jspecify.annotations.NullMarked;
