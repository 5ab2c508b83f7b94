package org.charterkit.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.charterkit.model.Area;
import org.charterkit.model.Charter;
import org.charterkit.model.Commitment;
import org.charterkit.model.CornerstoneSection;
import org.charterkit.model.Evaluation;
import org.charterkit.model.Framework;
import org.charterkit.model.ScaleStep;

/**
 * An area's published self-evaluations brought together: what the "How we are doing" page shows and
 * {@code evaluations.json} carries as open data.
 *
 * <p>A setting's step on a cornerstone is the highest step that at least half of the commitments it rated under
 * that cornerstone have reached (the lower median), so one commitment rated high or low does not move it on its
 * own. At each evaluation date, every setting counts once, with its latest evaluation up to that date. Each
 * rating is read against the charter version its evaluation names, so a commitment reworded since is still
 * placed under the right cornerstone.
 *
 * @param scale        the steps, lowest first
 * @param evaluations  every evaluation used, oldest first
 * @param dates        the evaluation dates, oldest first
 * @param cornerstones the figures of each cornerstone of the current charter, in its order
 * @param nextFocus    commitments most settings rate at the lowest step, in their latest evaluations
 * @param settings     how many settings have evaluated themselves
 */
public record EvaluationFigures(List<ScaleStep> scale, List<Used> evaluations, List<LocalDate> dates,
        List<CornerstoneFigures> cornerstones, List<Focus> nextFocus, int settings) {

    /** One evaluation as the page lists it: who, when, against which version, and whether it is a sample. */
    public record Used(String setting, LocalDate date, String version, boolean sample, boolean current) {
    }

    /**
     * How many settings were at each step on one date.
     *
     * @param counts the number of settings at each step, lowest step first
     */
    public record Tally(LocalDate date, List<Integer> counts) {

        public int total() {
            return counts.stream().mapToInt(Integer::intValue).sum();
        }

        /** How many settings were at step {@code from} or higher. */
        public int atOrAbove(int from) {
            return counts.subList(from, counts.size()).stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** One cornerstone's tallies, oldest date first, and the chart drawn from them. */
    public record CornerstoneFigures(String id, String name, List<Tally> tallies, Chart chart) {

        public Tally latest() {
            return tallies.get(tallies.size() - 1);
        }

        /** The tally of the date before the latest, when there is one to compare with. */
        public Optional<Tally> previous() {
            return tallies.size() < 2 ? Optional.empty() : Optional.of(tallies.get(tallies.size() - 2));
        }
    }

    /** A commitment most settings rate at the lowest step, named as the area's next focus. */
    public record Focus(String cornerstone, String anchor, String text, String version, int lowest, int rated) {
    }

    /**
     * The chart of one cornerstone as SVG geometry, worked out here so the template only draws: one bar per
     * date, split into a segment per step, its length in proportion to the number of settings.
     */
    public record Chart(int width, int height, List<Bar> bars, List<Legend> legend) {
    }

    public record Bar(LocalDate date, int y, int labelY, List<Segment> segments) {
    }

    /** @param step the step's place on the scale, which picks its colour in the theme */
    public record Segment(int step, String stepName, int count, int x, int width, int textX, boolean labelled) {
    }

    public record Legend(int step, String name, int x, int y) {
    }

    /** Where the bars start, leaving room for the dates on their left. */
    static final int BAR_LEFT = 140;
    static final int BAR_WIDTH = 440;
    static final int ROW = 36;
    static final int LEGEND_ROW = 28;

    /** The figures of an area's evaluations; empty when it has published none. */
    public static Optional<EvaluationFigures> of(Area area) {
        if (area.evaluations().isEmpty() || area.charter().framework().isEmpty()) {
            return Optional.empty();
        }
        Framework framework = area.charter().framework().get();
        List<ScaleStep> scale = framework.evaluationScale();
        List<Evaluation> usable = area.evaluations().stream()
                .filter(e -> e.date().isPresent() && area.version(e.charterVersion()).isPresent())
                .sorted(java.util.Comparator.comparing((Evaluation e) -> e.date().get())
                        .thenComparing(e -> key(e.setting())))
                .toList();
        if (usable.isEmpty()) {
            return Optional.empty();
        }
        List<Used> used = usable.stream().map(e -> new Used(e.setting(), e.date().get(), e.charterVersion(),
                e.sample(), e.charterVersion().equals(area.charter().version()))).toList();
        List<LocalDate> dates = new ArrayList<>(new TreeSet<>(usable.stream().map(e -> e.date().get()).toList()));
        int settings = (int) usable.stream().map(e -> key(e.setting())).distinct().count();

        List<CornerstoneFigures> cornerstones = new ArrayList<>();
        int maxSettings = Math.max(1, settings);
        for (CornerstoneSection section : area.charter().cornerstoneSections()) {
            List<Tally> tallies = new ArrayList<>();
            for (LocalDate date : dates) {
                List<Integer> counts = new ArrayList<>(java.util.Collections.nCopies(scale.size(), 0));
                for (Evaluation e : latestBySetting(usable, date).values()) {
                    stepOn(area, framework, e, section.cornerstone().id())
                            .ifPresent(step -> counts.set(step, counts.get(step) + 1));
                }
                tallies.add(new Tally(date, List.copyOf(counts)));
            }
            // The charter's own name for each cornerstone, in its own language, as every other page of the area.
            cornerstones.add(new CornerstoneFigures(section.cornerstone().id(), section.name(),
                    tallies, chart(tallies, scale, maxSettings)));
        }
        return Optional.of(new EvaluationFigures(scale, used, dates, cornerstones,
                nextFocus(area, framework, latestBySetting(usable, dates.get(dates.size() - 1))), settings));
    }

    /** Each setting's latest evaluation on or before {@code date}, by setting. */
    private static Map<String, Evaluation> latestBySetting(List<Evaluation> oldestFirst, LocalDate date) {
        Map<String, Evaluation> latest = new TreeMap<>();
        for (Evaluation e : oldestFirst) {
            if (!e.date().get().isAfter(date)) {
                latest.put(key(e.setting()), e);
            }
        }
        return latest;
    }

    private static String key(String setting) {
        return setting.strip().toLowerCase(Locale.ROOT);
    }

    /** The setting's step on a cornerstone: the lower median of its ratings there, if it rated any. */
    private static Optional<Integer> stepOn(Area area, Framework framework, Evaluation e, String cornerstoneId) {
        Charter version = area.version(e.charterVersion()).get();
        Optional<CornerstoneSection> section = version.cornerstoneSection(cornerstoneId);
        if (section.isEmpty()) {
            return Optional.empty();
        }
        java.util.Set<String> anchors = new java.util.HashSet<>(
                section.get().commitments().stream().map(Commitment::anchor).toList());
        List<Integer> steps = e.ratings().stream().filter(r -> anchors.contains(r.commitment()))
                .flatMap(r -> framework.evaluationStep(r.step()).stream())
                .map(step -> framework.evaluationScale().indexOf(step)).sorted().toList();
        return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get((steps.size() - 1) / 2));
    }

    private static List<Focus> nextFocus(Area area, Framework framework, Map<String, Evaluation> latest) {
        record Count(String cornerstone, String text, String version, int[] lowestAndRated) {
        }
        Map<String, Count> counts = new LinkedHashMap<>();
        // The current charter's order first, so the focus reads in the order of the charter people know.
        for (CornerstoneSection section : area.charter().cornerstoneSections()) {
            for (Commitment c : section.commitments()) {
                counts.put(c.anchor(), new Count(section.name(), c.text(), area.charter().version(),
                        new int[2]));
            }
        }
        for (Evaluation e : latest.values()) {
            Charter version = area.version(e.charterVersion()).get();
            for (Evaluation.Rating r : e.ratings()) {
                Optional<ScaleStep> step = framework.evaluationStep(r.step());
                Optional<Map.Entry<CornerstoneSection, Commitment>> found = find(version, r.commitment());
                if (step.isEmpty() || found.isEmpty()) {
                    continue;
                }
                Count count = counts.computeIfAbsent(r.commitment(), a -> new Count(
                        found.get().getKey().name(), found.get().getValue().text(),
                        version.version(), new int[2]));
                count.lowestAndRated()[1]++;
                if (framework.evaluationScale().indexOf(step.get()) == 0) {
                    count.lowestAndRated()[0]++;
                }
            }
        }
        List<Focus> focus = new ArrayList<>();
        counts.forEach((anchor, c) -> {
            int lowest = c.lowestAndRated()[0];
            int rated = c.lowestAndRated()[1];
            if (rated > 0 && lowest * 2 > rated) {
                focus.add(new Focus(c.cornerstone(), anchor, c.text(), c.version(), lowest, rated));
            }
        });
        return focus;
    }

    private static Optional<Map.Entry<CornerstoneSection, Commitment>> find(Charter charter, String anchor) {
        for (CornerstoneSection section : charter.cornerstoneSections()) {
            for (Commitment c : section.commitments()) {
                if (c.anchor().equals(anchor)) {
                    return Optional.of(Map.entry(section, c));
                }
            }
        }
        return Optional.empty();
    }

    private static Chart chart(List<Tally> tallies, List<ScaleStep> scale, int maxSettings) {
        List<Bar> bars = new ArrayList<>();
        int y = 8;
        for (Tally tally : tallies) {
            List<Segment> segments = new ArrayList<>();
            int x = BAR_LEFT;
            for (int step = 0; step < scale.size(); step++) {
                int count = tally.counts().get(step);
                if (count == 0) {
                    continue;
                }
                int width = Math.round((float) BAR_WIDTH * count / maxSettings);
                segments.add(new Segment(step, scale.get(step).name(), count, x, width, x + width / 2, width >= 18));
                x += width;
            }
            bars.add(new Bar(tally.date(), y, y + ROW / 2 + 5, segments));
            y += ROW;
        }
        List<Legend> legend = new ArrayList<>();
        int legendY = y + 12;
        for (int step = 0; step < scale.size(); step++) {
            legend.add(new Legend(step, scale.get(step).name(), BAR_LEFT + (step % 2) * (BAR_WIDTH / 2),
                    legendY + (step / 2) * LEGEND_ROW));
        }
        int height = legendY + ((scale.size() + 1) / 2) * LEGEND_ROW;
        return new Chart(BAR_LEFT + BAR_WIDTH + 10, height, bars, legend);
    }

    /** Whether any evaluation is a made-up sample, which the page then says plainly. */
    public boolean hasSamples() {
        return evaluations.stream().anyMatch(Used::sample);
    }

    /** The name of the lowest step, which the next focus is about. */
    public String lowestStepName() {
        return scale.get(0).name();
    }

    /** The step from which a setting counts as doing what it promised: the upper half of the scale. */
    public int goodFrom() {
        return scale.size() / 2;
    }

    public String goodStepName() {
        return scale.get(goodFrom()).name();
    }
}
