/**
 * Stage 4 of the pipeline: turns each planned page into HTML with the theme's Thymeleaf templates. Templates
 * only loop and choose; everything they need is computed here or earlier and handed to them as values and the
 * small helpers {@link org.charterkit.render.MarkdownHtml}, {@link org.charterkit.render.Links} and
 * {@link org.charterkit.render.Formats}.
 */
package org.charterkit.render;
