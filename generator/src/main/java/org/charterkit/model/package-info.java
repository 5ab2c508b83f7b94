/**
 * The typed, immutable model of a Charterkit project: areas, their charters and pages, and the frameworks the
 * charters follow. Every element keeps the {@link org.charterkit.diagnostic.Location} it was read from, so any
 * later stage can point a person at the exact line to change.
 */
package org.charterkit.model;
