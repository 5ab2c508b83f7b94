/**
 * The {@code charterkit} command (picocli): {@code new}, {@code build}, {@code check}, {@code serve},
 * {@code release}, {@code diff} and {@code completion}. Exit codes follow picocli's conventions: 0 done, 1 the
 * charters have errors, 2 the command was used wrongly (told in one line by {@link org.charterkit.cli.UsageMistake}).
 * Diagnostics go to standard error, results to standard output.
 */
package org.charterkit.cli;
