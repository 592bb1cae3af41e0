package org.parkwatch.e2e;

import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Finds what a person would see clipped on the page: elements that leave the viewport (outside a
 * scrolling container), and elements whose content is cut ({@code overflow: hidden}, ellipsis)
 * without a tooltip on them or an ancestor. Scrolling containers, the map's own canvas and hidden
 * elements are not counted.
 */
final class LayoutCheck {
    private static final String SCRIPT =
            """
            const vw = document.documentElement.clientWidth, vh = document.documentElement.clientHeight;
            const scroller = (el) => {
              for (let p = el.parentElement; p; p = p.parentElement) {
                const s = getComputedStyle(p);
                if (/(auto|scroll)/.test(s.overflowY + s.overflowX)) return true;
              }
              return false;
            };
            const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
              + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
            const out = [];
            for (const el of document.querySelectorAll('body *')) {
              if (el.closest('[hidden], .ol-viewport, select, script, style, .login')) continue;
              const cs = getComputedStyle(el);
              if (cs.display === 'none' || cs.visibility === 'hidden' || cs.display === 'inline') continue;
              const r = el.getBoundingClientRect();
              if (r.width === 0 || r.height === 0) continue;
              if ((r.right > vw + 1 || r.bottom > vh + 1 || r.left < -1 || r.top < -1) && !scroller(el)) {
                out.push('outside the viewport: ' + name(el) + ' ' + Math.round(r.left) + ',' + Math.round(r.top)
                  + ' ' + Math.round(r.width) + 'x' + Math.round(r.height) + ' "' + el.textContent.slice(0, 40) + '"');
                continue;
              }
              const clips = /(hidden|clip)/.test(cs.overflowX + cs.overflowY);
              const cut = el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
              if (clips && cut && !el.closest('[title]')) {
                out.push('cut without a tooltip: ' + name(el) + ' "' + el.textContent.slice(0, 40) + '" ('
                  + el.scrollWidth + '>' + el.clientWidth + ')');
              }
            }
            return out;
            """;

    private LayoutCheck() {}

    @SuppressWarnings("unchecked")
    static List<String> problems(ChromeDriver browser) {
        return (List<String>) browser.executeScript(SCRIPT);
    }
}
