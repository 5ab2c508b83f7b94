/**
 * Stage 5 of the pipeline: puts the rendered site on disk. It writes into a fresh folder beside the output and
 * swaps it in only when everything was written, so a failed build leaves the last good site as it was; and it
 * replaces or deletes only a folder whose {@link org.charterkit.write.SiteMarker} proves Charterkit wrote it.
 */
package org.charterkit.write;
