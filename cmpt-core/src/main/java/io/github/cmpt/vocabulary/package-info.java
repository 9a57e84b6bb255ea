/**
 * The vocabulary the steps share: {@link io.github.cmpt.vocabulary.Role} (who does the work),
 * {@link io.github.cmpt.vocabulary.ActivityKind} (what kind of client activity),
 * {@link io.github.cmpt.vocabulary.ComplexityLevel} (how complex a client is),
 * {@link io.github.cmpt.vocabulary.LeaveType} and {@link io.github.cmpt.vocabulary.NonClientCategory}
 * (the lines of Step 1).
 *
 * <p>Roles, activity kinds, leave types and non-client categories are open enumerations: each has
 * standard terms as constants and accepts terms a service names itself, with one shared base,
 * {@link io.github.cmpt.vocabulary.Term}.
 */
@NullMarked
package io.github.cmpt.vocabulary;

import org.jspecify.annotations.NullMarked;
