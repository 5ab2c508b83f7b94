/**
 * What HTML a charter may carry, shared by the check (which warns, with a location, about everything that will
 * be removed) and the render stage (which removes it). One safelist, so the warning and the removal never
 * disagree.
 */
package org.charterkit.html;
