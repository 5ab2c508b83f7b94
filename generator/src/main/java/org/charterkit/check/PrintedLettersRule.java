package org.charterkit.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.diagnostic.Location;
import org.charterkit.load.PrintFontsReader;
import org.charterkit.model.Area;
import org.charterkit.model.Charter;
import org.charterkit.model.Partner;
import org.charterkit.model.PrintFonts;
import org.charterkit.model.Project;
import org.charterkit.model.Release;
import org.charterkit.model.Signatory;

/**
 * Every letter a printed charter shows is one its fonts can draw. A letter the fonts lack prints as "#" in the
 * page and in the text a screen reader gets ("t# cymunedol" for "tŷ cymunedol"), which misquotes the charter;
 * so it is an error here, at the letter's own place, before any PDF is made.
 *
 * <p>What is printed: the title, area, summary and recognition, the partners' and signatories' names and roles,
 * and the whole text after the front matter (the booklet prints every section).
 */
final class PrintedLettersRule implements Rule {

    /** Where the default theme keeps the fonts its printed charters embed. */
    static final String FONTS = "themes/default/print/fonts";

    /** The fonts last read, and from where: a checker kept by the live preview reads them once, not per save. */
    private Path fontsRead;
    private PrintFonts fontsKept;

    private synchronized PrintFonts fonts(Path folder) {
        if (!folder.equals(fontsRead)) {
            fontsKept = new PrintFontsReader().read(folder);
            fontsRead = folder;
        }
        return fontsKept;
    }

    @Override
    public void check(Project project, Diagnostics out) {
        PrintFonts fonts = fonts(project.root().resolve(FONTS));
        if (fonts.isEmpty()) {
            return;
        }
        for (Area area : project.areas()) {
            List<Charter> printed = new ArrayList<>();
            printed.add(area.charter());
            area.releases().stream().map(Release::charter).forEach(printed::add);
            for (Charter charter : printed) {
                check(project.root(), charter, fonts, out);
            }
        }
    }

    private static void check(Path root, Charter charter, PrintFonts fonts, Diagnostics out) {
        String file = charter.location().file();
        String read;
        try {
            read = Files.readString(root.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            return; // reading the charter already reported why it cannot be read
        }
        String text = read.startsWith("\uFEFF") ? read.substring(1) : read;
        int bodyStart = bodyStart(text);
        // Every place a letter is missing, then one message per line: a line written in another script would
        // otherwise give one message per letter.
        java.util.TreeSet<Integer> places = new java.util.TreeSet<>();
        List<String> frontMatterWords = new ArrayList<>(List.of(charter.title(), charter.areaName(), charter.summary(),
                charter.recognition()));
        charter.partners().stream().map(Partner::name).forEach(frontMatterWords::add);
        for (Signatory signatory : charter.signatories()) {
            frontMatterWords.add(signatory.name());
            frontMatterWords.add(signatory.role());
        }
        for (String words : frontMatterWords) {
            for (int i = 0; i < words.length(); i += Character.charCount(words.codePointAt(i))) {
                int letter = words.codePointAt(i);
                if (!fonts.covers(letter)) {
                    int found = text.indexOf(words);
                    int at = found >= 0 && found < bodyStart ? found + i
                            : text.indexOf(new String(Character.toChars(letter)));
                    places.add(Math.max(at, 0));
                }
            }
        }
        for (int i = bodyStart; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            if (!fonts.covers(text.codePointAt(i))) {
                places.add(i);
            }
        }
        Map<Integer, List<Integer>> byLine = new LinkedHashMap<>();
        for (int place : places) {
            byLine.computeIfAbsent(locate(file, text, place).line(), l -> new ArrayList<>()).add(place);
        }
        for (List<Integer> line : byLine.values()) {
            int letter = text.codePointAt(line.get(0));
            String name = Character.getName(letter);
            String others = line.stream().skip(1).map(p -> new String(Character.toChars(text.codePointAt(p))))
                    .distinct().collect(java.util.stream.Collectors.joining(" "));
            out.error(locate(file, text, line.get(0)),
                    String.format(Locale.ROOT, "the letter U+%04X \"%s\"%s cannot be printed: the printed charter's"
                                    + " font (%s) has no such letter, so it would show as \"#\"%s", letter,
                            new String(Character.toChars(letter)),
                            name == null ? "" : " (" + name.toLowerCase(Locale.ROOT) + ")", fonts.family(),
                            others.isEmpty() ? "" : "; so would " + others + " on this line"),
                    "the font covers English, Welsh, Polish, Romanian, Turkish and other Latin-script letters,"
                            + " but not Cyrillic, Greek, Arabic or Devanagari: write this in a Latin script, or ask"
                            + " for a font that covers it to be added to " + FONTS);
        }
    }

    /** Where the text after the front matter starts (0 when there is none). */
    private static int bodyStart(String text) {
        if (!text.startsWith("---")) {
            return 0;
        }
        java.util.regex.Matcher close = java.util.regex.Pattern.compile("(?m)^---[ \\t]*\\r?$").matcher(text);
        if (close.find(3)) {
            return close.end();
        }
        return 0;
    }

    private static Location locate(String file, String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Location(file, line, text.codePointCount(lineStart, offset) + 1);
    }
}
