package org.charterkit.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.charterkit.diagnostic.Location;
import org.charterkit.model.Charter;
import org.charterkit.model.CharterSection;
import org.charterkit.model.Commitment;
import org.charterkit.model.Cornerstone;
import org.charterkit.model.CornerstoneSection;
import org.charterkit.model.FrontMatter;
import org.charterkit.model.InvolvementLevel;
import org.charterkit.model.InvolvementSection;
import org.charterkit.model.Markdown;
import org.charterkit.model.Partner;
import org.charterkit.model.Signatory;
import org.charterkit.model.SpectrumLevel;
import org.charterkit.model.SpectrumSection;

/**
 * Builds one version of a charter straight from lists of words, so a test states exactly what each version says
 * and nothing it does not compare. Each version reads from its own file, as versions of a charter do.
 */
final class Versions {

    private final String version;
    private final Location file;
    private final List<CharterSection> cornerstones = new ArrayList<>();
    private final List<Partner> partners = new ArrayList<>();
    private final List<Signatory> signatories = new ArrayList<>();
    private final List<SpectrumLevel> spectrum = new ArrayList<>();
    private final List<InvolvementLevel> levels = new ArrayList<>();
    private int line;

    private Versions(String version) {
        this.version = version;
        this.file = Location.of("charters/test/versions/" + version + ".md");
    }

    static Versions version(String version) {
        return new Versions(version);
    }

    /** A cornerstone section; its id is its name in lower case with hyphens, as a framework would give it. */
    Versions cornerstone(String name, String... commitments) {
        String id = name.toLowerCase(Locale.ROOT).replace(' ', '-');
        Cornerstone cornerstone = new Cornerstone(id, name, List.of(), "", List.of());
        List<Commitment> list = new ArrayList<>();
        for (String text : commitments) {
            Location at = at();
            list.add(new Commitment(text, new Markdown(text, at), id + "-" + list.size(), at));
        }
        cornerstones.add(new CornerstoneSection(cornerstone, name, id, new Markdown("We will:", at()), list,
                Markdown.empty(at()), at()));
        return this;
    }

    Versions partner(String id, String name) {
        partners.add(new Partner(id, name, "", "", Optional.empty(), false, at()));
        return this;
    }

    Versions signatory(String name, String partnerId) {
        signatories.add(new Signatory(name, partnerId, "", false, Optional.empty(), at()));
        return this;
    }

    Versions spectrum(String id, String name, String definition) {
        spectrum.add(new SpectrumLevel(id, name, spectrum.size(), new Markdown(definition, at()), at()));
        return this;
    }

    Versions level(String id, String name, String definition) {
        levels.add(new InvolvementLevel(id, name, levels.size(), new Markdown(definition, at()), at()));
        return this;
    }

    Charter charter() {
        List<CharterSection> sections = new ArrayList<>(cornerstones);
        if (!spectrum.isEmpty()) {
            sections.add(new SpectrumSection("Spectrum of Participation", "spectrum", Markdown.empty(at()), spectrum,
                    at()));
        }
        if (!levels.isEmpty()) {
            sections.add(new InvolvementSection("Levels of Involvement", "levels", Markdown.empty(at()), levels,
                    at()));
        }
        return new Charter("Working Together Charter", "Test", version, Optional.empty(), Optional.empty(),
                Optional.empty(), "four-cornerstones", Optional.empty(), "en-GB", "", "", Optional.empty(),
                org.charterkit.model.PaperSize.A4, List.of(),
                partners, signatories, Markdown.empty(file), sections, List.of(), List.of(),
                new FrontMatter(Map.of(), Set.of(), Set.of(), true, file), file);
    }

    /** Each element on a line of its own, as in a file, so no two commitments are equal records by accident. */
    private Location at() {
        return file.at(++line, 1);
    }
}
