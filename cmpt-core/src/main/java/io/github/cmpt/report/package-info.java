/**
 * Reports: {@link io.github.cmpt.report.Table}, rows of typed cells rendered as plain text, Markdown
 * and CSV, and {@link io.github.cmpt.report.Shares}, shares of a whole rounded so that they still sum
 * to exactly 100%.
 */
@NullMarked
package io.github.cmpt.report;

import org.jspecify.annotations.NullMarked;
