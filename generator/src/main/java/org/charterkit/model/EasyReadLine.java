package org.charterkit.model;

import org.charterkit.diagnostic.Location;

/** One line of an Easy Read item's words, as written: one idea, read on its own line. */
public record EasyReadLine(String text, Location location) {
}
