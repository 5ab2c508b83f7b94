package org.charterkit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.charterkit.TestProjects;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.BuildResult;
import org.charterkit.build.SiteBuild;
import org.charterkit.model.Settings;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "What the charter means for you": the part for families that opens each area's home page. It says what the
 * charter is, who agreed it (the forums named as partners), what to expect, and who to tell when it is not
 * happening, without ever inventing a contact; and it reads more easily than a charter has to.
 */
class ForFamiliesTest {

    /** Stricter than a charter's own threshold: 70 and above is "fairly easy" on Flesch's scale. */
    static final int AT_LEAST = Settings.DEFAULT_READING_EASE_WARNING_BELOW + 30;

    @TempDir
    static Path site;

    @BeforeAll
    static void build() {
        TestProjects.buildRealSite(site);
    }

    private static Element forYou(Path site, String slug) throws Exception {
        Document home = Jsoup.parse(site.resolve(slug + "/index.html").toFile(), "UTF-8");
        Element main = home.selectFirst("main");
        assertEquals("h1", main.child(0).tagName());
        Element part = main.child(1);
        assertTrue(part.is("section.for-you"), "the home page opens with the part for families: " + part);
        assertEquals("What the charter means for you", part.selectFirst("h2").text());
        return part;
    }

    @ParameterizedTest
    @ValueSource(strings = {"warwickshire", "se7"})
    void itReadsMoreEasilyThanACharterMust(String slug) throws Exception {
        Element part = forYou(site, slug);
        StringBuilder text = new StringBuilder();
        // Each paragraph and list item is read as a sentence of its own, as the charter's check reads them.
        part.select("p, li").forEach(e -> text.append(e.text()).append("\n\n"));
        double score = ReadingEase.count(text.toString()).score().orElseThrow();
        assertTrue(score >= AT_LEAST, slug + " reads at " + score + ", below " + AT_LEAST + ":\n" + text);
    }

    @Test
    void warwickshireNamesItsForumsAsPartnersAndPointsToThemForLackOfAContact() throws Exception {
        Element part = forYou(site, "warwickshire");
        List<String> partners = part.select("ul").first().select("li").eachText();
        assertTrue(partners.contains("Warwickshire Parent Carer Voice: the parent carer forum"), partners.toString());
        assertTrue(partners.contains("IMPACT (Young People's Forum for SEND): the young people's forum"),
                partners.toString());
        assertTrue(part.text().contains("You can expect them to keep its 26 promises."), part.text());
        assertTrue(part.text().contains("If this is not happening, tell Warwickshire Parent Carer Voice."));
        assertTrue(part.text().contains("Young people can tell IMPACT (Young People's Forum for SEND)."));
        assertTrue(part.select("a[href^=mailto:]").isEmpty(), "the charter gives no contact: none is invented");
        assertEquals("../warwickshire/easy-read/".replace("../warwickshire/", ""),
                part.select("a").stream().filter(a -> a.text().equals("read them in Easy Read")).findFirst()
                        .orElseThrow().attr("href"));
    }

    @Test
    void aCharterWithAContactSendsFamiliesThereAndOneWithNeitherSaysSo(@TempDir Path dir) throws Exception {
        Path project = TestProjects.emptyProject(dir.resolve("p"));
        String charter = Files.readString(TestProjects.repositoryRoot()
                .resolve("generator/src/test/resources/check-fixtures/easy-read-is-fine/charters/testshire/charter.md"));
        TestProjects.write(project.resolve("charters/testshire/charter.md"), charter);
        TestProjects.write(project.resolve("charters/noforum/charter.md"), charter
                .replace("area: Testshire", "area: Noforum").replace("    kind: parent-carer-forum\n", "")
                .replace("contact:\n  email: charter@testshire.example\n", ""));
        TestProjects.write(project.resolve("charters/feedbackshire/charter.md"), charter
                .replace("area: Testshire", "area: Feedbackshire")
                .replace("contact:\n  email: charter@testshire.example\n", "feedback: https://feedback.example/charter\n"));
        Path out = dir.resolve("site");
        BuildResult result = new SiteBuild("test").run(BuildRequest.build(project, out)
                .on(TestProjects.BUILD_DAY).printing(false));
        assertTrue(result.succeeded(), result.diagnostics().toString());

        Element withContact = forYou(out, "testshire");
        assertTrue(withContact.text().contains("If this is not happening, tell them:"), withContact.text());
        assertEquals("mailto:charter@testshire.example", withContact.selectFirst("a[href^=mailto:]").attr("href"));
        assertTrue(withContact.text().contains("Testshire Parent Carer Forum: the parent carer forum"));

        Element feedback = forYou(out, "feedbackshire");
        assertTrue(feedback.text().contains("If this is not happening, tell them on their feedback page."),
                feedback.text());
        assertEquals("https://feedback.example/charter", feedback.selectFirst("a[href^=https]").attr("href"));
        assertFalse(feedback.text().contains("If this is not happening, tell Testshire Parent Carer Forum"));

        Element neither = forYou(out, "noforum");
        assertTrue(neither.text().contains("The charter does not say who to tell."), neither.text());
        assertTrue(neither.select("a[href^=mailto:]").isEmpty());
        assertFalse(neither.text().contains("the parent carer forum"), neither.text());
        // The check still warns that the charter gives no contact.
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.location().file().equals(
                "charters/noforum/charter.md") && d.message().contains("no contact")), result.diagnostics().toString());
    }
}
