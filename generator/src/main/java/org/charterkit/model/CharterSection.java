package org.charterkit.model;

import org.charterkit.diagnostic.Location;

/**
 * A second-level section of a charter, in the order written. The kinds differ in what they hold; templates
 * choose how to show each by {@link #kind()}.
 */
public sealed interface CharterSection permits FreeSection, CornerstoneSection, CentreSection, SpectrumSection,
        InvolvementSection {

    /** The heading as written. */
    String heading();

    /** The fragment identifier of the section on the full charter page. */
    String anchor();

    Location location();

    /** {@code free}, {@code cornerstone}, {@code centre}, {@code spectrum} or {@code involvement}. */
    String kind();
}
