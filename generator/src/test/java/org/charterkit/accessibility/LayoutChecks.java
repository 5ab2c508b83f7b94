package org.charterkit.accessibility;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * What axe cannot see, measured in the browser: reflow at 320 CSS pixels (WCAG 1.4.10), text at 200 % (1.4.4),
 * and the keyboard: every control reached in order (2.1.1, 2.4.3), with a visible focus indicator (2.4.7,
 * 2.4.11) and a target of at least 24 by 24 pixels unless it is a link inside a sentence (2.5.8).
 */
final class LayoutChecks {

    private LayoutChecks() {
    }

    /** Problems with the page at the browser's current width: horizontal scrolling. */
    static List<String> reflow(Browser browser, String page) {
        List<String> problems = new ArrayList<>();
        long overflow = ((Number) browser.script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).longValue();
        if (overflow > 0) {
            problems.add(page + ": scrolls sideways by " + overflow + " px at "
                    + browser.script("return window.innerWidth;") + " px wide");
        }
        return problems;
    }

    /** Problems with text at twice its size: sideways scrolling and boxes that cut their text off. */
    static List<String> textAt200Percent(Browser browser, String page) {
        browser.script("document.documentElement.style.fontSize = '200%';");
        List<String> problems = new ArrayList<>(reflow(browser, page + " at 200% text"));
        @SuppressWarnings("unchecked")
        List<String> clipped = (List<String>) browser.script("""
                const out = [];
                for (const e of document.querySelectorAll('body *')) {
                  const s = getComputedStyle(e);
                  const hides = ['hidden', 'clip'].includes(s.overflowX) || ['hidden', 'clip'].includes(s.overflowY);
                  // Words for screen readers only (.visually-hidden) are clipped on purpose.
                  if (hides && !e.classList.contains('visually-hidden') && e.innerText && e.innerText.trim() &&
                      (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1)) {
                    out.push(e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ': '
                      + e.innerText.trim().slice(0, 40));
                  }
                }
                return out;""");
        clipped.forEach(c -> problems.add(page + " at 200% text: clips its text: " + c));
        browser.script("document.documentElement.style.fontSize = '';");
        return problems;
    }

    /** Body text of at least 19 px and lines of no more than 75 characters, for readers with low vision or dyslexia. */
    static List<String> reading(Browser browser, String page) {
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) browser.script("""
                const out = [];
                const probe = document.createElement('span');
                probe.textContent = '0'.repeat(100);
                probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap';
                for (const p of document.querySelectorAll('main p, main li')) {
                  if (!p.innerText.trim()) continue;
                  const s = getComputedStyle(p);
                  if (parseFloat(s.fontSize) < 19) out.push('text smaller than 19 px (' + s.fontSize + '): '
                      + p.innerText.trim().slice(0, 40));
                  p.appendChild(probe);
                  const ch = probe.getBoundingClientRect().width / 100;
                  p.removeChild(probe);
                  const width = p.getBoundingClientRect().width;
                  if (width / ch > 75.5) out.push('lines of ' + Math.round(width / ch) + ' characters: '
                      + p.innerText.trim().slice(0, 40));
                }
                return out;""");
        return problems.stream().map(p -> page + ": " + p).toList();
    }

    /** Tabs through the page and checks each control the keyboard reaches. */
    static List<String> keyboard(Browser browser, String page) {
        List<String> problems = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<WebElement> controls = (List<WebElement>) browser.script("""
                // A group of radios is one Tab stop, as in every browser: its checked radio, or else its first.
                const stop = e => {
                  if (e.type !== 'radio' || !e.name) return true;
                  const group = [...document.querySelectorAll('input[type=radio]')]
                    .filter(r => r.name === e.name && r.form === e.form);
                  const checked = group.find(r => r.checked);
                  return checked ? checked === e : group[0] === e;
                };
                return [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')]
                  .filter(e => e.tabIndex >= 0 && e.getClientRects().length > 0 && stop(e));""");
        browser.script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        boolean alreadyMoved = false;
        for (int i = 0; i < controls.size(); i++) {
            if (!alreadyMoved) {
                new Actions(browser.driver).sendKeys(Keys.TAB).perform();
            }
            alreadyMoved = false;
            WebElement focused = browser.driver.switchTo().activeElement();
            WebElement expected = controls.get(i);
            String name = describe(browser, expected);
            if (!focused.equals(expected)) {
                problems.add(page + ": Tab number " + (i + 1) + " should reach " + name + " but reached "
                        + describe(browser, focused));
                break;
            }
            if (!Boolean.TRUE.equals(browser.script("""
                    const e = arguments[0];
                    const s = getComputedStyle(e);
                    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
                    const shadow = s.boxShadow && s.boxShadow !== 'none';
                    return outline || shadow;""", expected))) {
                problems.add(page + ": no visible focus indicator on " + name);
            }
            if (!Boolean.TRUE.equals(browser.script("""
                    const e = arguments[0];
                    const r = e.getBoundingClientRect();
                    if (r.width >= 24 && r.height >= 24) return true;
                    // A link inside a sentence is exempt: its block holds other words besides the link.
                    let block = e.parentElement;
                    while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
                    const others = block ? block.innerText.replace(e.innerText, '').trim() : '';
                    return getComputedStyle(e).display === 'inline' && others.length > 0;""", expected))) {
                problems.add(page + ": target smaller than 24 by 24 px: " + name);
            }
            // Chromium gives a date box one Tab stop per part (day, month, year): Tab on until focus leaves it.
            if (Boolean.TRUE.equals(browser.script(
                    "return ['date', 'time', 'datetime-local', 'month', 'week'].includes(arguments[0].type);",
                    expected))) {
                for (int part = 0; part < 5 && browser.driver.switchTo().activeElement().equals(expected); part++) {
                    new Actions(browser.driver).sendKeys(Keys.TAB).perform();
                }
                alreadyMoved = true;
            }
        }
        return problems;
    }

    private static String describe(Browser browser, WebElement e) {
        return (String) browser.script(
                "const e = arguments[0]; return '<' + e.tagName.toLowerCase() + '> \"' + (e.innerText || '').trim()"
                        + ".slice(0, 40) + '\"';", e);
    }
}
