package fr.boussole.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boussole.report.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The batch bundle (like LanguageTool's and Checkstyle's message tests): French and English have the same keys,
 * every key used by the code and the dashboard template exists in both, and the outputs follow the language.
 */
class BatchBundlesTest {

    private static final Path SOURCES = Path.of("src/main/java/fr/boussole/batch");
    private static final Path TEMPLATE = Path.of("src/main/resources/fr/boussole/batch/dashboard.html.mustache");

    @Test
    void frenchAndEnglishHaveTheSameKeys() {
        Set<String> fr = BatchTexts.of(Locale.FRENCH).keys();
        Set<String> en = BatchTexts.of(Locale.ENGLISH).keys();
        assertEquals(Set.of(), minus(fr, en), "missing in English");
        assertEquals(Set.of(), minus(en, fr), "missing in French");
        assertTrue(fr.size() > 150, "keys: " + fr.size());
    }

    @Test
    void everyKeyUsedByTheCodeAndTheTemplateExists() throws IOException {
        Set<String> used = new TreeSet<>();
        String code = sources();
        // t.get("key"), texts.get("key"), BatchTexts.of(l).get("key"), and both branches of t.get(c ? "a" : "b");
        // a key ending with '.' is a prefix completed at run time (listed below)
        String receiver = "(?:\\bt|\\btexts|BatchTexts\\.of\\([^)]*\\))\\.get\\(\\s*";
        collect(Pattern.compile(receiver + "\"([A-Za-z][\\w.-]*[\\w-])\""), code, used);
        collect(Pattern.compile(receiver + "[^;\"]*\\?\\s*\"([\\w.-]+)\"\\s*:\\s*\"([\\w.-]+)\""), code, used);
        collect(Pattern.compile("warnings\\.add\\(\\s*\"([\\w.-]+)\""), code, used);
        // keys built from a prefix: one per outcome, one per column, one per DECP criterion
        for (TenderRow.Outcome o : TenderRow.Outcome.values()) {
            used.add("outcome." + o.name());
        }
        for (String c : List.of("LEG-01", "LEG-04", "LEG-05")) {
            used.add("decp.what." + c);
        }
        for (String d : List.of("dash.dim.year", "dash.dim.buyer", "dash.dim.family")) {
            used.add(d + ".what");
        }
        Matcher m = Pattern.compile("\\{\\{\\{?t\\.(\\w+)\\}?\\}\\}").matcher(Files.readString(TEMPLATE));
        int inTemplate = 0;
        while (m.find()) {
            used.add("html." + m.group(1));
            inTemplate++;
        }
        assertTrue(inTemplate > 50, "template texts: " + inTemplate);
        assertTrue(used.size() > 100, "keys found: " + used.size());
        for (Locale l : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            assertEquals(Set.of(), minus(used, BatchTexts.of(l).keys()), "used, absent from messages_" + l);
        }
        // the template has no French left outside the bundle
        assertFalse(Pattern.compile("[éèàêçÉ]").matcher(Files.readString(TEMPLATE)).find());
    }

    @Test
    void summaryColumnsDashboardAndConsoleFollowTheLanguage() {
        Messages en = BatchTexts.of(Locale.ENGLISH);
        List<String> header = SummaryColumns.header(BatchOptions.DEFAULT_KEYS, en);
        assertEquals("tender", header.get(0));
        assertTrue(header.contains("open gaps"), header.toString());
        assertEquals("marché", SummaryColumns.header(BatchOptions.DEFAULT_KEYS, BatchTexts.of(Locale.FRENCH)).get(0));
        List<Object> cells = SummaryColumns.cells(DashboardTest.row("a", 2024, "collectivite", "hardware",
                "covered", "missing"), BatchOptions.DEFAULT_KEYS, en);
        assertEquals("processed", cells.get(2));
        assertEquals("covered", cells.get(10));
        assertEquals(header.size(), cells.size());

        ArchiveStats st = new ArchiveStats(DashboardTest.KEYS, Locale.ENGLISH);
        st.add(DashboardTest.row("d", null, null, null, "missing"));
        assertTrue(st.byYear().containsKey("unknown year"), st.byYear().keySet().toString());
        String html = Dashboard.render(new Dashboard.Data(st, DashboardTest.titles(), 0.12, en.get("baseline"),
                "boussole test", "loi@1", java.time.ZonedDateTime.parse("2026-03-01T10:15:00+01:00[Europe/Paris]"),
                "3.0 s", "1.00 tenders/s", en.get("run.inProcess"), List.of(), null, List.of(), en));
        assertTrue(html.contains("<html lang=\"en\""), html);
        assertTrue(html.contains("Archive of tenders: 1 tender file(s)"), html);
        assertTrue(html.contains("Summary produced on 1 March 2026 at 10:15"), html);
        assertFalse(Pattern.compile("Synthèse|Critères clés|Méthode").matcher(html).find(), "French left");

        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        try (ConsoleProgress p = new ConsoleProgress(new java.io.PrintStream(buf, true,
                java.nio.charset.StandardCharsets.UTF_8), false, Locale.ENGLISH)) {
            p.started(2);
            p.warning("x.txt skipped");
        }
        assertEquals("Archive: 2 tender(s) to process.\nWarning: x.txt skipped\n",
                buf.toString(java.nio.charset.StandardCharsets.UTF_8).replace("\r\n", "\n"));
        assertEquals("extraction stopped: time limit reached",
                BatchOutputs.problemMessage("PARSE_TIMEOUT", "délai dépassé", en));
        assertEquals("archive illisible", BatchOutputs.problemMessage("TENDER_FAILED", "archive illisible", en));
        assertEquals("délai dépassé", BatchOutputs.problemMessage("PARSE_TIMEOUT", "délai dépassé",
                BatchTexts.of(Locale.FRENCH)));
        assertEquals("2 min 05 s", BatchOutcome.duration(java.time.Duration.ofSeconds(125), Locale.ENGLISH));
        assertEquals("41.5 s", BatchOutcome.duration(java.time.Duration.ofMillis(41_500), Locale.ENGLISH));
        assertEquals("41,5 s", BatchOutcome.duration(java.time.Duration.ofMillis(41_500)));
    }

    private static String sources() throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> s = Files.walk(SOURCES)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                sb.append(Files.readString(p)).append('\n');
            }
        }
        return sb.toString();
    }

    private static void collect(Pattern p, String code, Set<String> out) {
        Matcher m = p.matcher(code);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                out.add(m.group(g));
            }
        }
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.removeAll(b);
        return out;
    }
}
