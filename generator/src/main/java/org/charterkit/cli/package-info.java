/**
 * The {@code charterkit} command (picocli): {@code build}, {@code check} and {@code serve}. Exit codes follow
 * picocli's conventions: 0 done, 1 the charters have errors, 2 the command was used wrongly. Diagnostics go to
 * standard error, results to standard output.
 */
package org.charterkit.cli;
