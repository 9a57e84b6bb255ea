/**
 * Implementation details shared by the public packages; not exported by the module.
 */
@NullMarked
package io.github.cmpt.internal;

import org.jspecify.annotations.NullMarked;
