/**
 * Starts a new area: a {@code charter.md} with a heading for every part of its framework, ready for an area's
 * own words. Uses the load stage to find the framework, and the theme's {@code scaffold/} template.
 */
package org.charterkit.scaffold;
