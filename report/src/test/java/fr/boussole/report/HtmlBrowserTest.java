package fr.boussole.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The HTML report in a real headless Chromium, driven over the DevTools protocol: no console error, no network
 * request, summary and criterion details visible, filters operable by mouse and keyboard, an in-page
 * accessibility check, print styles, the no-JavaScript fallback, and screenshots under target/browser/.
 * Skipped when Chromium is not installed ({@code /usr/bin/chromium}, or {@code -Dchromium.path=…}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HtmlBrowserTest {

    private Cdp cdp;
    private Path out;
    private String url;

    @BeforeAll
    void start() throws Exception {
        Path chromium = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));
        if ("true".equals(System.getenv("CI"))) {
            // scripts/run-tests installs Debian's chromium: in CI its absence is a failure, not a skip
            org.junit.jupiter.api.Assertions.assertTrue(Files.isExecutable(chromium), "Chromium absent en CI : " + chromium);
        }
        Assumptions.assumeTrue(Files.isExecutable(chromium), "Chromium not installed: " + chromium);
        out = Golden.basedir().resolve("target/browser");
        Files.createDirectories(out);
        Path html = out.resolve("rapport.html");
        HtmlReport.write(Fixtures.result(), html, Locale.FRENCH);
        url = html.toAbsolutePath().toUri().toString();
        cdp = Cdp.launch(chromium, Files.createTempDirectory(out, "profile-"));
        cdp.send("Page.enable");
        cdp.send("Runtime.enable");
        cdp.send("Log.enable");
        cdp.send("Network.enable");
        cdp.send("Emulation.setDeviceMetricsOverride", "width", 1280, "height", 900, "deviceScaleFactor", 1,
                "mobile", false);
        cdp.navigate(url);
    }

    @AfterAll
    void stop() {
        if (cdp != null) {
            cdp.close();
        }
    }

    private boolean visible(String selector) throws Exception {
        return cdp.eval("(() => { const e = document.querySelector('" + selector + "'); if (!e) return false;"
                + " const r = e.getBoundingClientRect(); return !e.closest('[hidden]') && r.width > 0 && r.height > 0"
                + " && getComputedStyle(e).visibility !== 'hidden'; })()").asBoolean();
    }

    private int visibleArticles() throws Exception {
        return cdp.eval("Array.from(document.querySelectorAll('article.crit')).filter(a => a.offsetParent !== null).length")
                .asInt();
    }

    private int visibleRows(String status) throws Exception {
        return cdp.eval("Array.from(document.querySelectorAll('#overview tbody tr[data-status=\"" + status
                + "\"]')).filter(a => a.offsetParent !== null).length").asInt();
    }

    @Test
    @Order(1)
    void showsSummaryProfileAndCriterionDetail() throws Exception {
        assertEquals("fr", cdp.eval("document.documentElement.lang").asText());
        assertTrue(visible("#synthese"));
        String summary = cdp.eval("document.querySelector('#synthese').innerText").asText();
        assertTrue(summary.contains("Obligations légales"), summary);
        assertTrue(summary.contains("3 / 6 respectées"), summary);
        assertTrue(visible("#profil dl.profile"));
        assertTrue(cdp.eval("document.querySelector('#profil').innerText").asText().contains("Saint-Aubin-sur-Loire"));
        assertTrue(visible("svg.radar"));
        assertTrue(visible("#c-LEG-04"));
        String detail = cdp.eval("document.querySelector('#c-LEG-04').innerText").asText();
        assertTrue(detail.contains("Manquant") && detail.contains("Clause suggérée"), detail);
        assertTrue(visible("#filters"), "JavaScript reveals the filters");
        assertEquals("16 critère(s) affiché(s) sur 16", cdp.eval("document.getElementById('filter-count').textContent").asText());
        assertEquals(16, visibleArticles());
    }

    @Test
    @Order(2)
    void mouseClickOnAFilterHidesRows() throws Exception {
        assertEquals(6, visibleRows("covered"));
        cdp.click("label[for=f-status-covered]");
        assertFalse(cdp.eval("document.getElementById('f-status-covered').checked").asBoolean());
        assertEquals(0, visibleRows("covered"));
        assertFalse(visible("#c-LEG-02"));
        assertTrue(visible("#c-LEG-04"));
        assertEquals(10, visibleArticles());
        assertEquals("10 critère(s) affiché(s) sur 16", cdp.eval("document.getElementById('filter-count').textContent").asText());
        cdp.click("#filter-gaps");
        assertEquals(8, visibleArticles(), "gaps only: 3 missing + 3 partial + 2 contradicted");
        cdp.click("#filter-all");
        assertEquals(16, visibleArticles());
    }

    @Test
    @Order(3)
    void filtersWorkFromTheKeyboardWithAVisibleFocus() throws Exception {
        // Tab from the top of the page: the first stop is the skip link, and it shows up on screen
        cdp.eval("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); true");
        cdp.navigate(url);
        cdp.key("Tab", "Tab", 9, null);
        assertEquals("skip-link", cdp.eval("document.activeElement.className").asText());
        assertTrue(cdp.eval("document.activeElement.getBoundingClientRect().top >= 0").asBoolean());
        // Space on a focused checkbox toggles it and filters
        cdp.eval("document.getElementById('f-sev-obligation').focus(); true");
        cdp.key(" ", "Space", 32, " ");
        assertFalse(cdp.eval("document.getElementById('f-sev-obligation').checked").asBoolean());
        assertEquals(9, visibleArticles(), "16 minus 7 obligations");
        JsonNode outline = cdp.eval("(() => { const s = getComputedStyle(document.activeElement);"
                + " return {style: s.outlineStyle, width: parseFloat(s.outlineWidth)}; })()");
        assertEquals("solid", outline.get("style").asText());
        assertTrue(outline.get("width").asDouble() >= 2);
        cdp.key(" ", "Space", 32, " ");
        assertEquals(16, visibleArticles());
    }

    @Test
    @Order(4)
    void passesTheInPageAccessibilityChecks() throws Exception {
        String script;
        try (InputStream in = HtmlBrowserTest.class.getResourceAsStream("/browser/a11y-check.js")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JsonNode violations = cdp.eval(script);
        List<String> list = new ArrayList<>();
        violations.forEach(n -> list.add(n.asText()));
        assertEquals(List.of(), list);
    }

    /** The in-page checker is not vacuous: a low-contrast text, an image without alt and a skipped heading fail it. */
    @Test
    @Order(8)
    void accessibilityCheckerCatchesInjectedFaults() throws Exception {
        cdp.navigate(url);
        cdp.eval("(() => { const m = document.querySelector('main .wrap');"
                + " m.insertAdjacentHTML('beforeend', '<p style=\"color:#aaaaaa\">texte trop p\u00e2le</p>"
                + "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"><h5>saut</h5>'); return true; })()");
        String script;
        try (InputStream in = HtmlBrowserTest.class.getResourceAsStream("/browser/a11y-check.js")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String all = cdp.eval(script).toString();
        assertTrue(all.contains("contraste insuffisant"), all);
        assertTrue(all.contains("image sans alt"), all);
        assertTrue(all.contains("niveau de titre sauté"), all);
    }

    @Test
    @Order(5)
    void screenshotsAndPrintLayout() throws Exception {
        cdp.eval("window.scrollTo(0, 0); true");
        JsonNode metrics = cdp.send("Page.getLayoutMetrics");
        double height = metrics.path("cssContentSize").path("height").asDouble();
        assertTrue(height > 2000, "full report height " + height);
        JsonNode shot = cdp.send("Page.captureScreenshot", "format", "png", "captureBeyondViewport", true,
                "clip", java.util.Map.of("x", 0, "y", 0, "width", 1280, "height", height, "scale", 1));
        byte[] png = Base64.getDecoder().decode(shot.get("data").asText());
        Files.write(out.resolve("rapport.png"), png);
        assertTrue(png.length > 10_000);
        JsonNode head = cdp.send("Page.captureScreenshot", "format", "png", "captureBeyondViewport", true,
                "clip", java.util.Map.of("x", 0, "y", 0, "width", 1280, "height", 2300, "scale", 1));
        Files.write(out.resolve("rapport-synthese.png"), Base64.getDecoder().decode(head.get("data").asText()));
        double top = cdp.eval("document.getElementById('criteres').getBoundingClientRect().top + window.scrollY").asDouble();
        JsonNode part = cdp.send("Page.captureScreenshot", "format", "png", "captureBeyondViewport", true,
                "clip", java.util.Map.of("x", 0, "y", top, "width", 1280, "height", 1800, "scale", 1));
        Files.write(out.resolve("rapport-criteres.png"), Base64.getDecoder().decode(part.get("data").asText()));

        cdp.send("Emulation.setEmulatedMedia", "media", "print");
        assertFalse(visible("#filters"), "filters are not printed");
        assertFalse(visible("nav.toc"), "navigation is not printed");
        assertTrue(visible("#c-LEG-04"));
        JsonNode pdf = cdp.send("Page.printToPDF", "printBackground", true, "preferCSSPageSize", true);
        byte[] bytes = Base64.getDecoder().decode(pdf.get("data").asText());
        Files.write(out.resolve("rapport.pdf"), bytes);
        assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
        cdp.send("Emulation.setEmulatedMedia", "media", "");
    }

    @Test
    @Order(6)
    void noConsoleErrorNoExceptionAndNoNetwork() throws Exception {
        List<String> problems = new ArrayList<>();
        cdp.events("Runtime.exceptionThrown").forEach(e -> problems.add("exception: " + e.path("params")));
        cdp.events("Runtime.consoleAPICalled").stream()
                .filter(e -> List.of("error", "warning", "assert").contains(e.path("params").path("type").asText()))
                .forEach(e -> problems.add("console: " + e.path("params").path("args")));
        cdp.events("Log.entryAdded").stream()
                .filter(e -> List.of("error", "warning").contains(e.path("params").path("entry").path("level").asText()))
                .forEach(e -> problems.add("log: " + e.path("params").path("entry")));
        assertEquals(List.of(), problems);
        List<String> requests = new ArrayList<>();
        cdp.events("Network.requestWillBeSent").forEach(e -> {
            String u = e.path("params").path("request").path("url").asText();
            if (!u.startsWith("file:") && !u.startsWith("data:") && !u.startsWith("about:")) {
                requests.add(u);
            }
        });
        assertEquals(List.of(), requests, "the report must not touch the network");
    }

    @Test
    @Order(7)
    void everythingVisibleWithoutJavaScript() throws Exception {
        cdp.send("Emulation.setScriptExecutionDisabled", "value", true);
        try {
            cdp.navigate(url);
            assertFalse(visible("#filters"), "filters need JavaScript: hidden without it");
            assertEquals(16, visibleArticles());
            assertEquals(16, cdp.eval("Array.from(document.querySelectorAll('#overview tbody tr'))"
                    + ".filter(r => r.offsetParent !== null).length").asInt());
            assertFalse(visible("button.copy"));
        } finally {
            cdp.send("Emulation.setScriptExecutionDisabled", "value", false);
        }
    }
}
