/**
 * Stage 3 of the pipeline: decides which pages the site has, where each lives, and how a reader moves between
 * them (navigation and breadcrumbs), before any HTML exists. Addresses are site paths without a leading slash
 * ({@code warwickshire/charter/index.html}); links between pages are made relative so the site works under
 * any base path.
 */
package org.charterkit.plan;
