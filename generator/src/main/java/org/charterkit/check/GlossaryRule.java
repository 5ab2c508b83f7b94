package org.charterkit.check;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.load.Suggestions;
import org.charterkit.model.GlossaryEntry;
import org.charterkit.model.KnowledgePage;
import org.charterkit.model.Project;

/**
 * The glossary explains each term once, each abbreviation stands for one term, every entry has an address of
 * its own on the glossary page, and every link leads to a knowledge page that exists.
 */
final class GlossaryRule implements Rule {

    @Override
    public void check(Project project, Diagnostics out) {
        List<String> slugs = project.knowledgePages().stream().map(KnowledgePage::slug).toList();
        Map<String, GlossaryEntry> terms = new HashMap<>();
        Map<String, GlossaryEntry> abbreviations = new HashMap<>();
        Map<String, GlossaryEntry> anchors = new HashMap<>();
        // In file order, so "first at line" names the entry a person reads first.
        List<GlossaryEntry> inFileOrder = project.glossary().stream()
                .sorted(java.util.Comparator.comparing(GlossaryEntry::location)).toList();
        for (GlossaryEntry entry : inFileOrder) {
            GlossaryEntry first = terms.putIfAbsent(entry.term().toLowerCase(Locale.ROOT), entry);
            if (first != null) {
                out.error(entry.location(), "the term `" + entry.term() + "` is in the glossary twice (first at line "
                        + first.location().line() + ")", "keep one entry for it and remove the other");
                continue;
            }
            for (String abbreviation : entry.abbreviations()) {
                GlossaryEntry other = abbreviations.putIfAbsent(abbreviation, entry);
                if (other != null) {
                    out.error(entry.location(), "the abbreviation `" + abbreviation + "` stands for both `"
                                    + other.term() + "` (line " + other.location().line() + ") and `" + entry.term() + "`",
                            "an abbreviation is explained by one term on every page: keep it on one entry");
                }
            }
            GlossaryEntry sameAnchor = anchors.putIfAbsent(entry.anchor(), entry);
            if (sameAnchor != null && !sameAnchor.abbreviations().isEmpty()) {
                out.error(entry.location(), "the entries `" + sameAnchor.term() + "` and `" + entry.term()
                                + "` would share the address glossary/#" + entry.anchor(),
                        "if one is another spelling of the other, list it under the other's `spellings`");
            } else if (sameAnchor != null) {
                out.error(entry.location(), "the entries `" + sameAnchor.term() + "` and `" + entry.term()
                                + "` would share the address glossary/#" + entry.anchor(),
                        "reword one of the two terms");
            }
            if (!entry.link().isEmpty() && !slugs.contains(entry.link())) {
                Optional<String> near = Suggestions.closest(entry.link(), slugs);
                out.error(entry.location(), "the glossary entry `" + entry.term() + "` links to the knowledge page `"
                                + entry.link() + "`, which does not exist"
                                + near.map(n -> " (did you mean `" + n + "`?)").orElse(""),
                        "`link` names a file in content/knowledge/ without `.md`: "
                                + (slugs.isEmpty() ? "there are none yet" : String.join(", ", slugs)));
            }
        }
    }
}
