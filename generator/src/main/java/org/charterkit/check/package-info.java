/**
 * Stage 2 of the pipeline: rules over the loaded model. Each rule adds located diagnostics and never throws,
 * so one run reports every mistake. The rules are what a charter must satisfy to be published; reading
 * problems (bad YAML, wrong kinds of value) were already reported by the load stage.
 */
package org.charterkit.check;
