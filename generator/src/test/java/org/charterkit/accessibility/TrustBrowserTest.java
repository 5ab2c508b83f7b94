package org.charterkit.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.junit.jupiter.api.Test;

/**
 * The cornerstone tiles, the Trust circle and the scales drawn as steps, measured in Chromium at a phone's width
 * (360 px) and a desktop's (1280 px) on the real Warwickshire and SE7 pages (issue 17).
 */
class TrustBrowserTest extends RealSiteBrowserTest {

    static final int[] WIDTHS = {360, 1280};

    /**
     * What covers the focus ring of the focused element. The ring (the outline, following the element's rounded
     * corners as Chromium draws it) is sampled along the middle of its stroke every few pixels. Whatever the
     * browser hits there, up to the nearest element that holds the focused one, must paint nothing (no
     * background, border or picture): anything that does is drawn over the ring.
     */
    static final String COVERED = """
            const e = document.activeElement;
            const s = getComputedStyle(e);
            const width = parseFloat(s.outlineWidth);
            if (s.outlineStyle === 'none' || width < 2) return ['no outline on ' + e.outerHTML.slice(0, 60)];
            const out = (parseFloat(s.outlineOffset) || 0) + width / 2;
            const r = e.getBoundingClientRect();
            const rad = Math.min(parseFloat(s.borderTopLeftRadius) || 0, r.width / 2, r.height / 2);
            const points = [];
            for (let x = r.left + rad; x <= r.right - rad; x += 4) { points.push([x, r.top - out], [x, r.bottom + out]); }
            for (let y = r.top + rad; y <= r.bottom - rad; y += 4) { points.push([r.left - out, y], [r.right + out, y]); }
            points.push([r.right + out, r.bottom + out - rad], [r.right - rad, r.bottom + out]);
            for (const [cx, cy, from] of [[r.left + rad, r.top + rad, 180], [r.right - rad, r.top + rad, 270],
                                          [r.right - rad, r.bottom - rad, 0], [r.left + rad, r.bottom - rad, 90]]) {
              for (let a = from; a <= from + 90; a += 10) {
                const t = a * Math.PI / 180;
                points.push([cx + (rad + out) * Math.cos(t), cy + (rad + out) * Math.sin(t)]);
              }
            }
            const paints = el => {
              const c = getComputedStyle(el);
              const bg = c.backgroundColor.match(/[\\d.]+/g) || [];
              const border = ['Top', 'Right', 'Bottom', 'Left'].some(side =>
                c['border' + side + 'Style'] !== 'none' && parseFloat(c['border' + side + 'Width']) > 0);
              return (bg.length === 4 ? parseFloat(bg[3]) > 0 : bg.length === 3) || c.backgroundImage !== 'none'
                || border || ['IMG', 'SVG', 'CANVAS', 'VIDEO'].includes(el.tagName.toUpperCase());
            };
            const found = [];
            for (const [x, y] of points) {
              if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) { found.push('the edge of the window'); continue; }
              let hit = document.elementFromPoint(x, y);
              if (!hit || hit === e || e.contains(hit)) continue;
              for (let h = hit; h && !h.contains(e); h = h.parentElement) {
                if (paints(h)) {
                  found.push(h.tagName.toLowerCase() + '.' + h.className + ' at ' + Math.round(x) + ',' + Math.round(y));
                  break;
                }
              }
            }
            return [...new Set(found)];""";

    private List<String> tabToEachAndCheckTheRing(String page, String selector) {
        site.open(page);
        List<WebElement> targets = site.browser.driver.findElements(By.cssSelector(selector));
        assertTrue(!targets.isEmpty(), page + ": nothing matches " + selector);
        List<String> problems = new ArrayList<>();
        for (WebElement target : targets) {
            // Focus the element before it, then Tab, so the browser draws the ring as it does for the keyboard.
            site.browser.script("""
                    const all = [...document.querySelectorAll('a[href], button, input, select, textarea')];
                    const before = all[all.indexOf(arguments[0]) - 1];
                    before.focus();
                    arguments[0].scrollIntoView({block: 'center'});""", target);
            new Actions(site.browser.driver).sendKeys(Keys.TAB).perform();
            assertEquals(target, site.browser.driver.switchTo().activeElement(), page + ": Tab reached another control");
            site.browser.script("arguments[0].scrollIntoView({block: 'center'});", target);
            @SuppressWarnings("unchecked")
            List<String> covered = (List<String>) site.browser.script(COVERED);
            covered.forEach(c -> problems.add(page + " at " + width() + " px, " + target.getText().replace('\n', ' ')
                    + ": focus ring covered by " + c));
        }
        return problems;
    }

    private long width() {
        return ((Number) site.browser.script("return innerWidth;")).longValue();
    }

    @Test
    void nothingCoversTheFocusRingOfATileOrOfTheTrustCircle() {
        List<String> problems = new ArrayList<>();
        for (int width : WIDTHS) {
            site.browser.width(width);
            problems.addAll(tabToEachAndCheckTheRing("warwickshire/", ".cornerstones__parts a, .cornerstones__centre a"));
            problems.addAll(tabToEachAndCheckTheRing("se7/", ".cornerstones__parts a"));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    @SuppressWarnings("unchecked")
    void atDesktopWidthTrustSitsInTheMiddleOfTheFourWithoutCoveringAnyOfThem() {
        site.browser.width(1280);
        site.open("warwickshire/");
        Map<String, Object> m = (Map<String, Object>) site.browser.script("""
                const tiles = [...document.querySelectorAll('.cornerstones__parts a')].map(a => a.getBoundingClientRect());
                const c = document.querySelector('.cornerstones__centre a').getBoundingClientRect();
                const overlaps = tiles.filter(t => t.left < c.right && c.left < t.right && t.top < c.bottom && c.top < t.bottom).length;
                const left = Math.min(...tiles.map(t => t.left)), right = Math.max(...tiles.map(t => t.right));
                const top = Math.min(...tiles.map(t => t.top)), bottom = Math.max(...tiles.map(t => t.bottom));
                return {overlaps: overlaps, columns: new Set(tiles.map(t => Math.round(t.left))).size,
                        dx: Math.abs((c.left + c.right) / 2 - (left + right) / 2),
                        dy: Math.abs((c.top + c.bottom) / 2 - (top + bottom) / 2)};""");
        assertEquals(0L, ((Number) m.get("overlaps")).longValue(), m.toString());
        assertEquals(2L, ((Number) m.get("columns")).longValue(), "two by two: " + m);
        assertTrue(((Number) m.get("dx")).doubleValue() < 2 && ((Number) m.get("dy")).doubleValue() < 2, m.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void tilesWithoutACentreKeepNoRoomForOne() {
        site.browser.width(1280);
        site.open("se7/");
        List<Map<String, Object>> tiles = (List<Map<String, Object>>) site.browser.script("""
                return [...document.querySelectorAll('.cornerstones__parts a')].map(a => {
                  const s = getComputedStyle(a);
                  const name = a.querySelector('.cornerstones__name').getBoundingClientRect();
                  const box = a.getBoundingClientRect();
                  return {left: parseFloat(s.paddingLeft), right: parseFloat(s.paddingRight),
                          indent: name.left - box.left, gap: 0};
                });""");
        assertEquals(2, tiles.size());
        for (Map<String, Object> t : tiles) {
            assertEquals(((Number) t.get("left")).doubleValue(), ((Number) t.get("right")).doubleValue(), t.toString());
            // The border (3 px) and the padding (1rem, 16 px), and nothing kept for a circle.
            assertTrue(((Number) t.get("indent")).doubleValue() <= 3 + 16 + 1, t.toString());
        }
        Number gap = (Number) site.browser.script("""
                const [a, b] = [...document.querySelectorAll('.cornerstones__parts a')].map(x => x.getBoundingClientRect());
                return b.left - a.right;""");
        assertTrue(gap.doubleValue() < 20, "the two tiles stand side by side, no column between them: " + gap);
    }

    @Test
    void onAPhoneTheTrustBoxTakesTheReaderToTheTrustPartOfTheCharter() {
        site.browser.width(360);
        site.open("warwickshire/");
        WebElement box = site.browser.driver.findElement(By.cssSelector(".cornerstones__centre a"));
        assertEquals("pointer", box.getCssValue("cursor"), "a real link, so the box that looks pressable is");
        box.click();
        String url = site.browser.driver.getCurrentUrl();
        assertTrue(url.endsWith("/warwickshire/charter/#trust"), url);
        Number top = (Number) site.browser.script("return document.getElementById('trust').getBoundingClientRect().top;");
        assertTrue(Math.abs(top.doubleValue()) < 2, "the Trust part is scrolled to the top: " + top);
        assertTrue(site.browser.driver.findElement(By.id("trust")).getText()
                .contains("Developing and nurturing each of these commitments to build TRUST"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theScalesAreDrawnAsStepsAtBothWidthsWithTheirEndsInWords() {
        List<String> problems = new ArrayList<>();
        for (int width : WIDTHS) {
            site.browser.width(width);
            for (String page : List.of("warwickshire/spectrum/", "warwickshire/levels/", "warwickshire/charter/")) {
                site.open(page);
                problems.addAll(LayoutChecks.reflow(site.browser, page));
                List<Map<String, Object>> scales = (List<Map<String, Object>>) site.browser.script("""
                        return [...document.querySelectorAll('main .scale')].map(scale => {
                          const ends = [...scale.querySelectorAll(':scope > .scale__end')];
                          const levels = [...scale.querySelectorAll('.scale__level')];
                          const filled = levels.map(l => [...l.querySelectorAll('.scale__block.is-on')]
                            .reduce((w, b) => w + b.getBoundingClientRect().width, 0));
                          const drawn = levels.every(l => {
                            const r = l.querySelector('.scale__steps').getBoundingClientRect();
                            return r.width > 100 && r.height >= 16;
                          });
                          const words = levels.every(l => {
                            const s = l.querySelector('.scale__steps').getBoundingClientRect();
                            const w = l.querySelector('.scale__words').getBoundingClientRect();
                            return s.bottom <= w.top + 1 || s.right <= w.left + 1;
                          });
                          return {first: ends[0].innerText, last: ends[1].innerText,
                                  firstAbove: ends[0].getBoundingClientRect().bottom <= levels[0].getBoundingClientRect().top,
                                  lastBelow: ends[1].getBoundingClientRect().top >= levels[levels.length - 1].getBoundingClientRect().bottom,
                                  filled: filled, drawn: drawn, words: words};
                        });""");
                if (scales.isEmpty()) {
                    problems.add(page + ": no scale");
                }
                for (Map<String, Object> s : scales) {
                    List<Number> filled = (List<Number>) s.get("filled");
                    boolean spectrum = "Least shared".equals(s.get("first"));
                    for (int i = 1; i < filled.size(); i++) {
                        double before = filled.get(i - 1).doubleValue();
                        double now = filled.get(i).doubleValue();
                        if (spectrum ? now <= before + 5 : now >= before - 5) {
                            problems.add(page + " at " + width + " px: step " + (i + 1) + " is not "
                                    + (spectrum ? "wider" : "narrower") + " than the one before: " + filled);
                        }
                    }
                    if (!Boolean.TRUE.equals(s.get("firstAbove")) || !Boolean.TRUE.equals(s.get("lastBelow"))) {
                        problems.add(page + " at " + width + " px: the ends are not named above and below: " + s);
                    }
                    if (!Boolean.TRUE.equals(s.get("drawn")) || !Boolean.TRUE.equals(s.get("words"))) {
                        problems.add(page + " at " + width + " px: steps not drawn, or over the words: " + s);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /** The pages this part changed, through the checks every real page gets, here at both widths and in both schemes. */
    @Test
    void thePagesWithTheTilesTheCentreAndTheScalesPassTheLayoutKeyboardAndAxeChecks() {
        List<String> problems = new ArrayList<>();
        List<String> pages = List.of("warwickshire/", "se7/", "warwickshire/charter/", "se7/charter/",
                "warwickshire/spectrum/", "warwickshire/levels/");
        for (int width : WIDTHS) {
            site.browser.width(width);
            for (String page : pages) {
                String at = page + " at " + width + " px";
                site.open(page);
                problems.addAll(LayoutChecks.reflow(site.browser, at));
                problems.addAll(LayoutChecks.reading(site.browser, at));
                if (width == 1280) {
                    // As for every page (BrowserLayoutTest): text at 200 % on a desktop window.
                    problems.addAll(LayoutChecks.textAt200Percent(site.browser, at));
                }
                problems.addAll(LayoutChecks.keyboard(site.browser, at));
                for (String scheme : List.of("light", "dark")) {
                    site.browser.colourScheme(scheme);
                    site.open(page);
                    problems.addAll(AxeAudit.violations(site.browser, at + " [" + scheme + "]"));
                }
                site.browser.colourScheme("light");
            }
        }
        assertEquals(List.of(), problems);
    }
}
