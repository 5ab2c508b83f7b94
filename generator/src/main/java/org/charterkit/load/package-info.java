/**
 * Stage 1 of the pipeline: reads {@code charters/} and {@code content/frameworks/} into the typed
 * {@link org.charterkit.model model}. Reading records what is there, with locations; what cannot be read (bad
 * YAML, a value of the wrong kind, text that is not UTF-8) becomes a diagnostic, and reading goes on so every
 * problem is reported in one run. Judging what was read is the check stage's job.
 */
package org.charterkit.load;
