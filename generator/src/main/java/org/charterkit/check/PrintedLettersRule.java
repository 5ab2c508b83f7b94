package org.charterkit.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.diagnostic.Location;
import org.charterkit.load.PastedBullets;
import org.charterkit.load.PrintFontsReader;
import org.charterkit.model.Area;
import org.charterkit.model.PrintFonts;
import org.charterkit.model.Project;
import org.charterkit.model.Release;
import org.charterkit.model.TextDirection;

/**
 * Every letter an area writes is one the theme's fonts can draw, on paper and on the web. A letter the print
 * fonts lack prints as "#" in the page and in the text a screen reader gets ("t# cymunedol" for "tŷ cymunedol"),
 * which misquotes the charter; one the web fonts lack shows in whatever font the reader's device has, or as empty
 * boxes. So a script no shipped font covers is an error here, at the letter's own place, before any page or PDF
 * is made, never missing glyphs afterwards.
 *
 * <p>What is read: every Markdown file of the area (the charter, its translations and earlier versions, its
 * extra pages, its Easy Read edition), whole, front matter included, since the front matter's names and summary
 * are shown too. On the web every page lists every family the theme ships (Atkinson Hyperlegible Next for Latin
 * letters, Noto Naskh Arabic for Urdu and Arabic, then the Noto fonts of symbols and emoji) and each letter is
 * drawn by the first that has it; in print, the Arabic-script font is used only by a charter in a right-to-left
 * language ({@code language: ur}, or a translation named {@code charter.ur.md}), and the fonts of symbols and
 * emoji ({@code print/fonts/fallback/}) only for the letters the others lack, so an English charter without
 * them prints exactly as before.
 */
final class PrintedLettersRule implements AreaRule {

    /** Where the default theme keeps the fonts its printed charters embed. */
    static final String FONTS = "themes/default/print/fonts";
    /** Where it keeps the fonts of the scripts written right to left, used only by right-to-left charters. */
    static final String RIGHT_TO_LEFT_FONTS = FONTS + "/right-to-left";
    /** Where it keeps the fonts of symbols and emoji, used for the letters the others lack (ticks, arrows). */
    static final String FALLBACK_FONTS = FONTS + "/fallback";
    /** Where the default theme keeps the fonts its web pages load. */
    static final String WEB_FONTS = "themes/default/assets/fonts";

    /** One reader for every folder: the web folder's files are the print folders' again, parsed once. */
    private final PrintFontsReader reader = new PrintFontsReader();
    /** The fonts read, by folder: a checker kept by the live preview reads them once, not per save. */
    private final java.util.Map<Path, PrintFonts> fontsRead = new java.util.HashMap<>();

    private synchronized PrintFonts fonts(Path folder) {
        return fontsRead.computeIfAbsent(folder, reader::read);
    }

    @Override
    public void check(Project project, Area area, Diagnostics out) {
        PrintFonts print = fonts(project.root().resolve(FONTS)).with(fonts(project.root().resolve(FALLBACK_FONTS)));
        PrintFonts printRightToLeft = print.with(fonts(project.root().resolve(RIGHT_TO_LEFT_FONTS)));
        PrintFonts web = fonts(project.root().resolve(WEB_FONTS));
        if (printRightToLeft.isEmpty() && web.isEmpty()) {
            return;
        }
        // Each file with the fonts that print it, by its language: the charter's own, a translation's
        // (charter.ur.md). Extra pages are not printed: only the web fonts matter there.
        Map<String, PrintFonts> printedBy = new LinkedHashMap<>();
        java.util.function.Function<String, PrintFonts> fontsOf = language ->
                TextDirection.of(language).isRightToLeft() ? printRightToLeft : print;
        printedBy.put(area.charter().location().file(), fontsOf.apply(area.charter().language()));
        area.releases().stream().map(Release::charter)
                .forEach(c -> printedBy.putIfAbsent(c.location().file(), fontsOf.apply(c.language())));
        area.translations().forEach(t -> printedBy.putIfAbsent(t.location().file(), fontsOf.apply(t.language())));
        area.pages().forEach(p -> printedBy.putIfAbsent(p.location().file(), PrintFonts.none()));
        for (String file : markdownOf(project.root(), area.charter().location().file())) {
            printedBy.putIfAbsent(file, fontsOf.apply(languageOfName(file).orElse(area.charter().language())));
        }
        printedBy.forEach((file, fonts) -> check(project.root(), file, fonts, web, out));
    }

    /** The language a file's name gives, as a translation's does: {@code charter.ur.md} is in Urdu. */
    private static java.util.Optional<String> languageOfName(String file) {
        java.util.regex.Matcher named = TRANSLATION.matcher(file.substring(file.lastIndexOf('/') + 1));
        return named.matches() ? java.util.Optional.of(named.group(1)) : java.util.Optional.empty();
    }

    private static final java.util.regex.Pattern TRANSLATION =
            java.util.regex.Pattern.compile(".+\\.([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\\.md");

    /** Every Markdown file in the folder of the area's charter, but its pictures and logos, in name order. */
    private static List<String> markdownOf(Path root, String charterFile) {
        Path folder = root.resolve(charterFile).getParent();
        if (folder == null || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !folder.relativize(p).startsWith("assets"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of(); // a folder that cannot be read is reported by the load stage
        }
    }

    private static void check(Path root, String file, PrintFonts print, PrintFonts web, Diagnostics out) {
        String read;
        try {
            read = Files.readString(root.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            return; // reading the file already reported why it cannot be read
        }
        // A bullet pasted from a word processor is read as Markdown's `-` (PastedBullets), never shown: not judged.
        String text = PastedBullets.asListItems(read.startsWith("\uFEFF") ? read.substring(1) : read);
        TreeSet<Integer> places = new TreeSet<>();
        // Each letter of the common alphabets is judged once per file, not at each of its thousands of uses.
        byte[] judged = new byte[JUDGED_ONCE];
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int letter = text.codePointAt(i);
            boolean shown;
            if (letter < JUDGED_ONCE) {
                if (judged[letter] == 0) {
                    judged[letter] = covers(print, letter) && covers(web, letter) ? SHOWN : NOT_SHOWN;
                }
                shown = judged[letter] == SHOWN;
            } else {
                shown = covers(print, letter) && covers(web, letter);
            }
            if (!shown) {
                places.add(i);
            }
        }
        if (places.isEmpty()) {
            return;
        }
        // One message per line: a line written in another script would otherwise give one message per letter.
        int[] lineStarts = lineStarts(text);
        Map<Integer, List<Integer>> byLine = new LinkedHashMap<>();
        for (int place : places) {
            byLine.computeIfAbsent(lineOf(lineStarts, place), l -> new ArrayList<>()).add(place);
        }
        for (Map.Entry<Integer, List<Integer>> line : byLine.entrySet()) {
            int first = line.getValue().get(0);
            int letter = text.codePointAt(first);
            String name = Character.getName(letter);
            String others = line.getValue().stream().skip(1)
                    .map(p -> new String(Character.toChars(text.codePointAt(p))))
                    .filter(l -> !l.equals(new String(Character.toChars(letter))))
                    .distinct().collect(Collectors.joining(" "));
            int lineStart = lineStarts[line.getKey()];
            Location at = new Location(file, line.getKey() + 1, text.codePointCount(lineStart, first) + 1);
            out.error(at, String.format(Locale.ROOT, "the letter U+%04X \"%s\"%s cannot be shown: %s%s", letter,
                            new String(Character.toChars(letter)),
                            name == null ? "" : " (" + name.toLowerCase(Locale.ROOT) + ")",
                            why(print, web, letter),
                            others.isEmpty() ? "" : "; so would " + others + " on this line"),
                    "the theme's fonts cover Latin letters (English, Welsh, Polish, Romanian, Turkish,"
                            + " Vietnamese), Cyrillic and Greek (Ukrainian, Russian, Bulgarian, Greek), common symbols"
                            + " and emoji, and the Arabic script (Urdu, Arabic, Persian), but not Hebrew, Bengali,"
                            + " Gujarati, Gurmukhi or Devanagari: write this in a script they cover, or add an openly"
                            + " licensed font that covers it to " + FONTS + " (or its right-to-left/ folder) and "
                            + WEB_FONTS + ", and name it in the stylesheets");
        }
    }

    /** Letters below this (Latin, Greek, Cyrillic, Hebrew, Arabic) are judged once per file. */
    private static final int JUDGED_ONCE = 0x800;
    private static final byte SHOWN = 1;
    private static final byte NOT_SHOWN = 2;

    private static boolean covers(PrintFonts fonts, int letter) {
        return fonts.isEmpty() || fonts.covers(letter);
    }

    private static String why(PrintFonts print, PrintFonts web, int letter) {
        boolean onPaper = covers(print, letter);
        boolean onScreen = covers(web, letter);
        if (!onPaper && !onScreen) {
            return "no font the theme ships (" + families(print, web) + ") has it, so the printed charter would"
                    + " show \"#\" and the web pages would depend on the reader's device";
        }
        if (!onPaper) {
            return "the printed charter's fonts (" + print.family() + ") have no such letter, so it would show as"
                    + " \"#\"" + (web.isEmpty() || print.family().equals(web.family()) ? ""
                    : " (the fonts of right-to-left scripts print only in a charter whose `language` is one)");
        }
        return "the web pages' fonts (" + web.family() + ") have no such letter, so it would depend on the reader's"
                + " device";
    }

    private static String families(PrintFonts print, PrintFonts web) {
        Set<String> all = new LinkedHashSet<>();
        for (PrintFonts fonts : List.of(print, web)) {
            if (!fonts.isEmpty()) {
                all.addAll(Arrays.asList(fonts.family().split(", ")));
            }
        }
        return String.join(", ", all);
    }

    /** Where each line starts, so that a place is found on its line by a binary search, not a scan. */
    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The 0-based line holding {@code offset}. */
    private static int lineOf(int[] lineStarts, int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found : -found - 2;
    }
}
