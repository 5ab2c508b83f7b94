/**
 * Freezing the current charter of an area as a released version: the one change Charterkit makes to the
 * sources. It uses the load and check stages, and nothing after them.
 */
package org.charterkit.release;
