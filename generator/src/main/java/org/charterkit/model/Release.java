package org.charterkit.model;

/**
 * A released version of a charter: a frozen file {@code versions/<version>.md}, in the same format as
 * {@code charter.md}, that must never change again.
 *
 * @param file   the file's name within {@code versions/} ({@code 1.0.md})
 * @param sha256 the SHA-256 of the file's bytes as they are now, to compare with the manifest
 */
public record Release(Charter charter, String file, String sha256) {
}
