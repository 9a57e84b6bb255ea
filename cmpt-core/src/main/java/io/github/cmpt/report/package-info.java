/** Reports. */
@NullMarked
package io.github.cmpt.report;
import org.jspecify.annotations.NullMarked;
