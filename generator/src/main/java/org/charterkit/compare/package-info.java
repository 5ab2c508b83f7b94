/**
 * Compares two versions of one charter, commitment by commitment, for the "what changed" pages, the
 * {@code charterkit diff} command and pull-request summaries. It reads only the model: a comparison says what
 * changed, and each caller decides how to show it.
 */
package org.charterkit.compare;
