package org.parkwatch.e2e;

import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Control over a page's reads and its live socket from a test, installed before the page's scripts:
 * while {@link #hold} is on, answers of GET requests whose path ends with the given suffix are held
 * (the request goes out at once, so the server answers with the list as it is then) until {@link
 * #release}; {@link #disconnect} closes the page's sockets and refuses new ones until {@link
 * #reconnect}, so the page reconnects (and gets a snapshot) only when the test says. Counters
 * {@code answered} and {@code delivered} say how many held answers the server gave and the page
 * received.
 */
final class PageGate {
    private PageGate() {}

    private static final String SCRIPT =
            """
            (() => {
              const suffix = %s;
              const fetch0 = window.fetch.bind(window);
              let release = () => {};
              let released = Promise.resolve();
              const s = { answered: 0, delivered: 0, blocked: false, sockets: [] };
              s.hold = () => { released = new Promise((r) => { release = r; }); };
              s.release = () => release();
              window.__gate = s;
              window.fetch = (input, init) => {
                const p = fetch0(input, init);
                const url = new URL(input instanceof Request ? input.url : String(input), location.href);
                if (!url.pathname.endsWith(suffix)) return p;
                const until = released;
                return p.then((r) => { s.answered++; return until.then(() => { s.delivered++; return r; }); });
              };
              const WS0 = window.WebSocket;
              window.WebSocket = class extends WS0 {
                constructor(url, protocols) {
                  // refused at once while blocked (no failed connection for Chromium to throttle later);
                  // the page retries with its backoff
                  if (s.blocked) throw new DOMException('blocked by the test', 'NetworkError');
                  super(url, protocols);
                  s.sockets.push(this);
                }
              };
              s.disconnect = () => { s.blocked = true; s.sockets.forEach((w) => w.close()); };
              s.reconnect = () => { s.blocked = false; };
            })();
            """;

    /**
     * Installs the gate for reads whose path ends with {@code pathSuffix} (e.g. /api/incidents).
     */
    static void install(ChromeDriver b, String pathSuffix) {
        b.executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", SCRIPT.formatted("'" + pathSuffix + "'")));
    }

    /** Holds the answers of the reads that start from now on. */
    static void hold(ChromeDriver b) {
        b.executeScript("window.__gate.hold();");
    }

    static void release(ChromeDriver b) {
        b.executeScript("window.__gate.release();");
    }

    static void disconnect(ChromeDriver b) {
        b.executeScript("window.__gate.disconnect();");
    }

    static void reconnect(ChromeDriver b) {
        b.executeScript("window.__gate.reconnect();");
    }

    /** {@code answered} or {@code delivered}. */
    static long count(ChromeDriver b, String field) {
        Object n = b.executeScript("return window.__gate?." + field + " ?? 0;");
        return ((Number) n).longValue();
    }
}
