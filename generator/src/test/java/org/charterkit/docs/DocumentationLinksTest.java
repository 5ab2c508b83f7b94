package org.charterkit.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.charterkit.TestProjects;
import org.junit.jupiter.api.Test;

/**
 * Every link between the project's Markdown documents (the READMEs and the documentation site's pages) leads
 * to a file that exists and, when it names a heading, to a heading that exists, as GitHub names its anchors.
 * Moving a section must not leave a reader at a dead link.
 */
class DocumentationLinksTest {

    private static final Path ROOT = TestProjects.repositoryRoot();
    private static final Parser MARKDOWN = Parser.builder().build();

    @Test
    void everyLinkBetweenTheDocumentsLeadsSomewhere() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("bench/README.md")));
        try (Stream<Path> site = Files.list(ROOT.resolve("src/site/markdown"))) {
            site.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        List<String> dead = new ArrayList<>();
        int followed = 0;
        for (Path document : documents) {
            for (String target : links(document)) {
                if (target.matches("^[a-z]+:.*") || target.startsWith("//")) {
                    continue;
                }
                followed++;
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : "";
                Path to = file.isEmpty() ? document : document.getParent().resolve(file).normalize();
                // The documentation site links page to page by the .html that Maven's site makes of each .md.
                if (!Files.exists(to) && to.toString().endsWith(".html")) {
                    to = Path.of(to.toString().replaceAll("\\.html$", ".md"));
                }
                if (!Files.exists(to)) {
                    dead.add(ROOT.relativize(document) + ": " + target + " (no such file)");
                } else if (!anchor.isEmpty() && to.toString().endsWith(".md") && !anchors(to).contains(anchor)) {
                    dead.add(ROOT.relativize(document) + ": " + target + " (no such heading)");
                }
            }
        }
        assertTrue(followed >= 10, "the documents link to each other: " + followed);
        assertEquals(List.of(), dead);
    }

    @Test
    void anchorsAreNamedAsGitHubNamesThem() {
        assertEquals("frameworks-contentframeworksyml", anchor("Frameworks: `content/frameworks/*.yml`"));
        assertEquals("project-settings-charterkityml", anchor("Project settings: `charterkit.yml`"));
        assertEquals("working-together-agreement--our-commitment", anchor("Working Together Agreement – Our Commitment"));
    }

    private static List<String> links(Path document) throws IOException {
        List<String> targets = new ArrayList<>();
        Node root = MARKDOWN.parse(Files.readString(document));
        new NodeVisitor(new VisitHandler<>(Link.class, l -> targets.add(l.getUrl().toString())),
                new VisitHandler<>(Image.class, i -> targets.add(i.getUrl().toString()))).visit(root);
        return targets;
    }

    private static Set<String> anchors(Path document) throws IOException {
        Set<String> anchors = new HashSet<>();
        Node root = MARKDOWN.parse(Files.readString(document));
        new NodeVisitor(new VisitHandler<>(Heading.class, h -> anchors.add(anchor(h.getText().toString()))))
                .visit(root);
        return anchors;
    }

    /** GitHub's anchor for a heading: lower case, punctuation dropped, each space a hyphen. */
    private static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }
}
