/** Step 1. */
@NullMarked
package io.github.cmpt.supply;
import org.jspecify.annotations.NullMarked;
