package org.charterkit.model;

import java.util.List;
import java.util.Optional;
import org.charterkit.diagnostic.Location;

/**
 * One charter: the facts from its front matter and its sections in the order written.
 *
 * <p>Facts a person may have left out are empty values rather than errors here: reading records what is
 * there, and the check says what is missing.
 *
 * @param frameworkId the framework the charter names
 * @param framework   that framework, when it exists
 * @param changes     the change notes of this version, as its front matter lists them
 * @param introduction text before the first section
 * @param poster      the paper the printable poster is made for
 * @param images      the images the charter's text shows, in the order written
 * @param rawHtml     the HTML written straight into the charter's text, in the order written
 * @param pledges     the pieces of work the charter pledges, in the order written
 * @param feedback    where readers tell the area what they think (a web address), or empty
 */
public record Charter(String title, String areaName, String version, Optional<CharterStatus> status,
        Optional<CharterDate> adopted, Optional<CharterDate> reviewBy, String frameworkId,
        Optional<Framework> framework, String language, String summary, String recognition, Optional<Contact> contact, PaperSize poster,
        List<String> changes, List<Partner> partners, List<Signatory> signatories, Markdown introduction,
        List<CharterSection> sections, List<ImageUse> images, List<RawHtml> rawHtml,
        FrontMatter frontMatter, Location location, List<Pledge> pledges, String feedback) {

    public Charter {
        pledges = List.copyOf(pledges);
        changes = List.copyOf(changes);
        partners = List.copyOf(partners);
        signatories = List.copyOf(signatories);
        sections = List.copyOf(sections);
        images = List.copyOf(images);
        rawHtml = List.copyOf(rawHtml);
    }

    /** A charter with no pledges and no feedback link, as charters were written before they had them. */
    public Charter(String title, String areaName, String version, Optional<CharterStatus> status,
            Optional<CharterDate> adopted, Optional<CharterDate> reviewBy, String frameworkId,
            Optional<Framework> framework, String language, String summary, String recognition,
            Optional<Contact> contact, PaperSize poster, List<String> changes, List<Partner> partners,
            List<Signatory> signatories, Markdown introduction, List<CharterSection> sections,
            List<ImageUse> images, List<RawHtml> rawHtml, FrontMatter frontMatter, Location location) {
        this(title, areaName, version, status, adopted, reviewBy, frameworkId, framework, language, summary,
                recognition, contact, poster, changes, partners, signatories, introduction, sections, images,
                rawHtml, frontMatter, location, List.of(), "");
    }

    /** How many pledges are done. */
    public long pledgesDone() {
        return pledges.stream().filter(Pledge::isDone).count();
    }

    /** How many pledges have the status written {@code key} ({@code planned}, {@code in-progress}, {@code done}). */
    public long pledgeCount(String key) {
        return pledges.stream().filter(p -> p.status().filter(s -> s.key().equals(key)).isPresent()).count();
    }

    /** The pledges whose target has passed on {@code today} and that are not done. */
    public List<Pledge> overduePledges(java.time.LocalDate today) {
        return pledges.stream().filter(p -> p.isOverdue(today)).toList();
    }

    /** Whether the framework's parts are prose statements rather than lists of commitments. */
    public boolean prose() {
        return framework.filter(Framework::prose).isPresent();
    }

    /** Whether any partner's logo is shown with the signatories. */
    public boolean showsLogos() {
        return partners.stream().anyMatch(p -> p.logo().isPresent());
    }

    /** Every image the charter uses: logos, signatures and images in its text. */
    public List<ImageUse> allImages() {
        List<ImageUse> all = new java.util.ArrayList<>();
        partners.forEach(p -> p.logo().ifPresent(all::add));
        signatories.forEach(s -> s.signature().ifPresent(all::add));
        all.addAll(images);
        return all;
    }

    public List<CornerstoneSection> cornerstoneSections() {
        return sections.stream().filter(CornerstoneSection.class::isInstance).map(CornerstoneSection.class::cast)
                .toList();
    }

    public Optional<CornerstoneSection> cornerstoneSection(String cornerstoneId) {
        return cornerstoneSections().stream().filter(s -> s.cornerstone().id().equals(cornerstoneId)).findFirst();
    }

    public Optional<CentreSection> centreSection() {
        return sections.stream().filter(CentreSection.class::isInstance).map(CentreSection.class::cast).findFirst();
    }

    public Optional<SpectrumSection> spectrum() {
        return sections.stream().filter(SpectrumSection.class::isInstance).map(SpectrumSection.class::cast)
                .findFirst();
    }

    public Optional<InvolvementSection> involvement() {
        return sections.stream().filter(InvolvementSection.class::isInstance).map(InvolvementSection.class::cast)
                .findFirst();
    }

    public Optional<Partner> partner(String id) {
        return partners.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * The organisation a signatory signed for, as the pages name it; empty when the signatory is that
     * organisation ("Oldham Council" signing as itself), so that its name is not shown twice.
     */
    public String organisationOf(Signatory signatory) {
        String organisation = partner(signatory.partnerId()).map(Partner::name).orElse(signatory.partnerId());
        return organisation.equals(signatory.name()) ? "" : organisation;
    }

    /**
     * Whether the signatories belong straight after this section: after the last cornerstone (or the centre,
     * if it comes later), where printed charters put the signatures, before the definitions that follow.
     */
    public boolean signatoriesFollow(CharterSection section) {
        CharterSection last = null;
        for (CharterSection s : sections) {
            if (s instanceof CornerstoneSection || s instanceof CentreSection) {
                last = s;
            }
        }
        return last == null ? section == sections.get(sections.size() - 1) : section == last;
    }

    /**
     * Whether the centre (Trust) belongs straight after this section on a page that reads top to bottom: after
     * the last cornerstone, because all of them build it. Printed charters draw the centre in the middle of the
     * cornerstones, so charters typed from them write its heading wherever the diagram put it (Warwickshire's
     * between the second and third); read in that place it looks like a fifth, smaller cornerstone.
     */
    public boolean centreFollows(CharterSection section) {
        List<CornerstoneSection> cornerstones = cornerstoneSections();
        return centreSection().isPresent() && !cornerstones.isEmpty()
                && section == cornerstones.get(cornerstones.size() - 1);
    }

    /**
     * The partners of one kind ({@code parent-carer-forum}, {@code young-people-forum}), in the charter's order:
     * the home page tells families which forum to go to.
     */
    public List<Partner> partnersOfKind(String kind) {
        return partners.stream().filter(p -> p.kind().equals(kind)).toList();
    }

    /**
     * Whether the charter's review date has passed on {@code today}. A review date before adoption is a mistake
     * of its own (the check reports it), not a review that is due.
     */
    public boolean isDueForReview(java.time.LocalDate today) {
        return reviewBy.filter(review -> adopted.map(a -> review.compareTo(a) > 0).orElse(true))
                .filter(review -> review.lastDay().isBefore(today)).isPresent();
    }

    public int commitmentCount() {
        return cornerstoneSections().stream().mapToInt(s -> s.commitments().size()).sum();
    }
}
