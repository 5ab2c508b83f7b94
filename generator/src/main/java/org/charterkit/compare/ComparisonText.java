package org.charterkit.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A comparison written out for people: as plain text to paste into a pull request or print in a terminal, or as
 * Markdown for a pull-request summary. Both list only what changed, cornerstone by cornerstone in the newer
 * version's order, then signatories, partners and the two scales; the Markdown adds a count at the top.
 */
public final class ComparisonText {

    /**
     * Plain text: a heading line, then per cornerstone one line a change, marked {@code +} added, {@code -}
     * removed, {@code ~} reworded and {@code >} moved, so a reader can scan the margin.
     */
    public String plain(CharterComparison comparison) {
        StringBuilder out = new StringBuilder(heading(comparison)).append("\n\n");
        List<Section> sections = sections(comparison, Style.PLAIN);
        if (sections.isEmpty()) {
            return out.append("No changes.\n").toString();
        }
        return out.append(sections.stream().map(s -> s.title() + "\n" + lines(s))
                .collect(Collectors.joining("\n"))).toString();
    }

    /**
     * Markdown: the heading, a table counting the commitments of each kind, then a {@code ###} heading and a
     * bullet list per part that changed; a reworded commitment shows ~~deleted~~ and **inserted** words in place.
     */
    public String markdown(CharterComparison comparison) {
        return markdown(comparison, "");
    }

    /** The same, with the heading naming what is compared ("Warwickshire: changes from version 1.0 ..."). */
    public String markdown(CharterComparison comparison, String subject) {
        String heading = subject.isEmpty() ? heading(comparison)
                : subject + ": c" + heading(comparison).substring(1);
        StringBuilder out = new StringBuilder("## ").append(Style.MARKDOWN.text(heading)).append("\n\n");
        List<Section> sections = sections(comparison, Style.MARKDOWN);
        if (sections.isEmpty()) {
            return out.append("No changes.\n").toString();
        }
        out.append("| Commitments | Number |\n|---|---:|\n");
        for (ChangeKind kind : List.of(ChangeKind.ADDED, ChangeKind.REMOVED, ChangeKind.REWORDED, ChangeKind.MOVED,
                ChangeKind.UNCHANGED)) {
            out.append("| ").append(label(kind)).append(" | ").append(comparison.count(kind)).append(" |\n");
        }
        for (Section section : sections) {
            out.append("\n### ").append(Style.MARKDOWN.text(section.title())).append("\n\n").append(lines(section));
        }
        return out.toString();
    }

    private static String heading(CharterComparison comparison) {
        return "Changes from version " + comparison.from().version() + " to version " + comparison.to().version();
    }

    /** A part that changed, with one line a change, already written in the style. */
    private record Section(String title, List<String> lines) {
    }

    private static String lines(Section section) {
        return section.lines().stream().map(line -> line + "\n").collect(Collectors.joining());
    }

    private static List<Section> sections(CharterComparison comparison, Style style) {
        List<Section> sections = new ArrayList<>();
        for (CornerstoneComparison cornerstone : comparison.cornerstones()) {
            List<String> lines = cornerstone.changes().stream().filter(c -> c.kind() != ChangeKind.UNCHANGED)
                    .map(c -> style.line(c.kind(), commitment(c, style))).toList();
            List<String> all = new ArrayList<>(lines);
            comparison.texts().stream().filter(t -> t.cornerstoneId().equals(cornerstone.cornerstoneId()))
                    .map(t -> style.line(ChangeKind.REWORDED, PART.get(t.part()) + ": "
                            + style.reworded(t.before(), t.after(), t.words())))
                    .forEach(all::add);
            add(sections, cornerstone.name(), all);
        }
        add(sections, "Dates", dates(comparison, style));
        add(sections, "Signatories", lists(comparison.signatories(), style));
        add(sections, "Partners", lists(comparison.partners(), style));
        add(sections, "Spectrum of participation", definitions(comparison.spectrum(), style));
        add(sections, "Levels of involvement", definitions(comparison.levels(), style));
        add(sections, "Other sections", comparison.texts().stream().filter(t -> t.cornerstoneId().isEmpty())
                .map(t -> style.line(ChangeKind.REWORDED, style.text(t.name()) + ": "
                        + style.reworded(t.before(), t.after(), t.words())))
                .toList());
        add(sections, "Pledges", comparison.pledges().stream().map(p -> style.line(p.kind(), pledge(p, style)))
                .toList());
        return sections;
    }

    private static void add(List<Section> sections, String title, List<String> lines) {
        if (!lines.isEmpty()) {
            sections.add(new Section(title, lines));
        }
    }

    /** How each part of the words around the commitments is named in a line of the comparison. */
    private static final java.util.Map<String, String> PART = java.util.Map.of("lead-in", "lead-in",
            "closing", "closing words", "statement", "statement", "section", "section");

    private static String pledge(PledgeChange change, Style style) {
        List<String> what = new ArrayList<>();
        if (change.statusChanged()) {
            what.add("status was " + change.before().get().status().map(s -> s.key()).orElse("none") + ", now "
                    + change.after().get().status().map(s -> s.key()).orElse("none"));
        }
        if (change.targetChanged()) {
            what.add("target was " + change.before().get().target().map(t -> t.key()).orElse("none") + ", now "
                    + change.after().get().target().map(t -> t.key()).orElse("none"));
        }
        if (change.kind() == ChangeKind.REWORDED && what.isEmpty()) {
            what.add("lead, note or evidence updated");
        }
        return style.quote(change.what()) + (what.isEmpty() ? "" : " (" + String.join("; ", what) + ")");
    }

    private static String commitment(CommitmentChange change, Style style) {
        String before = change.before().map(c -> c.text()).orElse("");
        String after = change.after().map(c -> c.text()).orElse("");
        return switch (change.kind()) {
            case ADDED, UNCHANGED -> style.quote(after);
            case REMOVED -> style.quote(before);
            case REWORDED -> style.reworded(before, after, change.words())
                    + (change.changedCornerstone()
                            ? " (from " + style.text(change.fromCornerstone()) + ", position "
                                    + change.fromPosition() + ")"
                            : "");
            case MOVED -> style.quote(after) + " (from "
                    + (change.changedCornerstone() ? style.text(change.fromCornerstone()) + ", " : "") + "position "
                    + change.fromPosition() + ", to position " + change.toPosition() + ")";
        };
    }

    /** The adoption and review dates, where they differ. */
    private static List<String> dates(CharterComparison comparison, Style style) {
        List<String> lines = new ArrayList<>();
        date(lines, "Adopted", comparison.from().adopted(), comparison.to().adopted(), style);
        date(lines, "Review by", comparison.from().reviewBy(), comparison.to().reviewBy(), style);
        return lines;
    }

    private static void date(List<String> lines, String what, java.util.Optional<org.charterkit.model.CharterDate> from,
            java.util.Optional<org.charterkit.model.CharterDate> to, Style style) {
        if (!from.equals(to)) {
            String was = from.map(Object::toString).orElse("none");
            String now = to.map(Object::toString).orElse("none");
            lines.add(style == Style.MARKDOWN ? "- " + what + ": was " + was + ", now " + now
                    : "~ " + what + ": was " + was + ", now " + now);
        }
    }

    private static List<String> lists(List<ListChange> changes, Style style) {
        return changes.stream().map(c -> style.line(c.kind(), style.text(c.text()))).toList();
    }

    private static List<String> definitions(List<DefinitionChange> changes, Style style) {
        return changes.stream().map(c -> style.line(c.kind(), style.text(c.name()) + ": " + switch (c.kind()) {
            case REWORDED -> style.reworded(c.before(), c.after(), c.words());
            case REMOVED -> style.quote(c.before());
            default -> style.quote(c.after());
        })).toList();
    }

    private static String label(ChangeKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** How the two outputs differ in writing one change; everything else they share. */
    private enum Style {

        PLAIN {
            @Override
            String line(ChangeKind kind, String body) {
                String mark = switch (kind) {
                    case ADDED -> "+";
                    case REMOVED -> "-";
                    case REWORDED -> "~";
                    case MOVED -> ">";
                    case UNCHANGED -> "=";
                };
                return mark + " " + label(kind) + ": " + body;
            }

            @Override
            String text(String text) {
                return fold(text);
            }

            /** Words taken out whole, or written where there were none, say so rather than show empty quotes. */
            @Override
            String reworded(String before, String after, List<WordChange> words) {
                if (after.isBlank()) {
                    return quote(before) + " -> nothing (these words were taken out)";
                }
                if (before.isBlank()) {
                    return "nothing -> " + quote(after) + " (these words are new)";
                }
                return quote(before) + " -> " + quote(after);
            }
        },

        MARKDOWN {
            private static final Pattern SPECIAL = Pattern.compile("[\\\\`*_~\\[\\]<>|]");

            @Override
            String line(ChangeKind kind, String body) {
                return "- " + label(kind) + ": " + body;
            }

            /** Marks a reader wrote as words ("*", "_", "<") must not turn into emphasis or HTML here. */
            @Override
            String text(String text) {
                return SPECIAL.matcher(fold(text)).replaceAll("\\\\$0");
            }

            /**
             * The newer wording with the older one's words struck through in place. Markdown emphasis cannot
             * start or end with a space, so the spaces of each run stand outside its marks, and a run that only
             * changed the spacing shows as that spacing.
             */
            @Override
            String reworded(String before, String after, List<WordChange> words) {
                StringBuilder out = new StringBuilder("\"");
                for (WordChange word : words) {
                    Matcher m = EDGES.matcher(fold(word.text()));
                    m.matches();
                    String mark = switch (word.kind()) {
                        case SAME -> "";
                        case DELETED -> "~~";
                        case INSERTED -> "**";
                    };
                    if (!m.group(2).isEmpty()) {
                        out.append(m.group(1)).append(mark).append(text(m.group(2))).append(mark).append(m.group(3));
                    } else if (word.kind() != WordChange.Kind.DELETED) {
                        out.append(m.group(1));
                    }
                }
                return out.append('"').toString();
            }
        };

        private static final Pattern SPACES = Pattern.compile("\\s+");
        private static final Pattern EDGES = Pattern.compile("(\\s*)(.*?)(\\s*)", Pattern.DOTALL);

        /** One line a change, marked with its kind. */
        abstract String line(ChangeKind kind, String body);

        /** Text as written, made safe for the output. */
        abstract String text(String text);

        /** How a reworded commitment or definition reads. */
        abstract String reworded(String before, String after, List<WordChange> words);

        String quote(String text) {
            return "\"" + text(text) + "\"";
        }

        /** Line breaks in a definition's Markdown would break a one-line entry. */
        private static String fold(String text) {
            return SPACES.matcher(text).replaceAll(" ");
        }
    }
}
