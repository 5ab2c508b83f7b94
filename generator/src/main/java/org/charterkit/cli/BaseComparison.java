package org.charterkit.cli;

import java.util.Map;
import java.util.TreeSet;
import org.charterkit.compare.CharterComparer;
import org.charterkit.compare.CharterComparison;
import org.charterkit.compare.ComparisonText;
import org.charterkit.model.Area;
import org.charterkit.model.Translation;

/**
 * What a pull request changes in each area's charter, as Markdown for a comment on it: the same comparison as
 * the version pages, area by area, plus areas added or removed.
 */
final class BaseComparison {

    private final String base;

    BaseComparison(String base) {
        this.base = base;
    }

    String markdown(Map<String, Area> before, Map<String, Area> after) {
        StringBuilder out = new StringBuilder("# Charter changes since ").append(base).append("\n\n");
        CharterComparer comparer = new CharterComparer();
        ComparisonText text = new ComparisonText();
        int changed = 0;
        for (String slug : new TreeSet<>(union(before, after))) {
            Area was = before.get(slug);
            Area now = after.get(slug);
            if (was == null) {
                out.append("## ").append(now.charter().areaName()).append(": a new area\n\n")
                        .append("`charters/").append(slug).append("/`, version ").append(now.charter().version())
                        .append(", with ").append(now.charter().commitmentCount()).append(" commitments.\n\n");
                changed++;
            } else if (now == null) {
                out.append("## ").append(was.charter().areaName()).append(": removed\n\n`charters/").append(slug)
                        .append("/` is no longer in the project.\n\n");
                changed++;
            } else {
                if (!was.currentSha256().equals(now.currentSha256())) {
                    CharterComparison comparison = comparer.compare(was.charter(), now.charter());
                    out.append(text.markdown(comparison, now.charter().areaName())).append('\n');
                    changed++;
                }
                // A change to a translation shows as well, under the translation's own file.
                for (Translation translation : now.translations()) {
                    java.util.Optional<Translation> earlier = was.translation(translation.language());
                    if (earlier.isPresent() && earlier.get().sha256().equals(translation.sha256())) {
                        continue;
                    }
                    String subject = now.charter().areaName() + ", " + translation.location().file();
                    if (earlier.isEmpty()) {
                        out.append("## ").append(subject).append(": a new translation (")
                                .append(translation.language()).append(")\n\n");
                    } else {
                        out.append(text.markdown(comparer.compare(earlier.get().charter(), translation.charter()),
                                subject)).append('\n');
                    }
                    changed++;
                }
            }
        }
        if (changed == 0) {
            out.append("No charter changes.\n");
        }
        return out.toString();
    }

    private static java.util.Set<String> union(Map<String, Area> a, Map<String, Area> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a.keySet());
        all.addAll(b.keySet());
        return all;
    }
}
