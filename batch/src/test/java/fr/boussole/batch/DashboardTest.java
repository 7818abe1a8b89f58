package fr.boussole.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boussole.batch.decp.DecpGap;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DashboardTest {

    static final List<String> KEYS = BatchOptions.DEFAULT_KEYS;

    static TenderRow row(String id, Integer year, String buyerType, String family, String... statuses) {
        Map<String, String> key = new LinkedHashMap<>();
        for (int i = 0; i < KEYS.size(); i++) {
            key.put(KEYS.get(i), i < statuses.length ? statuses[i] : null);
        }
        return new TenderRow(id, "/archive/" + id, TenderRow.Outcome.DONE, "Objet " + id, "Acheteur", buyerType,
                family, year == null ? null : LocalDate.of(year, 3, 1), null, year, key, null, 2, 3, 1, 4, 20,
                List.of(), 0, null, 100, null, "results/" + id + ".json");
    }

    static ArchiveStats stats() {
        ArchiveStats st = new ArchiveStats(KEYS);
        st.add(row("a", 2024, "collectivite", "hardware", "covered", "missing", "covered", null, "not_applicable"));
        st.add(row("b", 2024, "etat", "software", "missing", "missing", "partial", null, "covered"));
        st.add(row("c", 2025, "collectivite", "software", "missing", "missing", "missing", null, "missing"));
        st.add(row("d", null, null, null, "missing", "missing", "missing", null, "not_applicable"));
        st.add(TenderRow.failed(TenderSource.of("e", java.nio.file.Path.of("/archive/e")), "archive illisible", 5));
        return st;
    }

    static Map<String, String> titles() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("LEG-01", "Critère d'attribution environnemental");
        t.put("LEG-02", "Critère environnemental pondéré & distinct");
        t.put("LEG-04", "Condition d'exécution environnementale");
        t.put("LEG-05", null);
        t.put("LEG-12", "Accessibilité numérique (RGAA)");
        return t;
    }

    @Test
    void statsCountSharesOverApplicableTenders() {
        ArchiveStats st = stats();
        assertEquals(5, st.total());
        assertEquals(1, st.failed());
        assertEquals(4, st.withResult());
        assertEquals(0.25, st.all().tally("LEG-01").share());
        assertEquals(0.5, st.all().tally("LEG-04").share()); // covered + partial
        assertEquals(0.5, st.all().tally("LEG-12").share()); // 1 of the 2 where it applies
        assertEquals(0, st.all().tally("LEG-05").evaluated());
        assertEquals(null, st.all().tally("LEG-05").share());
        assertEquals(0.5, st.all().envSocialShare());
        assertEquals(2, st.byYear().get("2024").tenders());
        assertEquals(List.of("2024", "2025", "année inconnue"), new ArrayList<>(st.byYear().keySet()));
        assertEquals(2, st.byBuyerType().get("collectivite").tenders());
        assertEquals(1.0, st.byYear().get("2024").envSocialShare());
    }

    @Test
    void dashboardIsWellFormedAccessibleAndSelfContained() throws Exception {
        List<DecpGap> gaps = List.of(new DecpGap("b", "2024-17", "identifiant", "environnement",
                "Clause environnementale", "LEG-04 : manquant", DecpGap.Kind.DECLARE_NON_TROUVE,
                "Les DECP déclarent « Clause environnementale », mais <le DCE> n'en a pas."));
        DecpReport decp = new DecpReport("decp.json", "v2", "Format DECP v2", 10, 1, 1, 0, 2, 1, 0, 0, 0.5, gaps);
        String html = Dashboard.render(new Dashboard.Data(stats(), titles(), 0.12, BatchOptions.DEFAULT_BASELINE_LABEL,
                "boussole 0.1.0", "loi@1.0.0", ZonedDateTime.now(), "12 s", "1 DCE/s", "2 processus",
                List.of(new FailedFileLine("c", "c/RC.pdf", "PARSE_TIMEOUT", "délai dépassé", null)), decp,
                List.of("« x.txt » ignoré")));
        Document doc = assertWellFormed(html);
        Element root = doc.getDocumentElement();
        assertEquals("fr", root.getAttribute("lang"));

        // four charts (key criteria, year, buyer type, family), each an image with a title and a description
        NodeList svgs = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
        assertEquals(4, svgs.getLength());
        for (int i = 0; i < svgs.getLength(); i++) {
            Element svg = (Element) svgs.item(i);
            assertEquals("img", svg.getAttribute("role"));
            String[] labelledBy = svg.getAttribute("aria-labelledby").split(" ");
            assertEquals(2, labelledBy.length);
            assertFalse(svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent().isBlank());
            assertTrue(svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "desc").item(0).getTextContent()
                    .contains("ligne de référence à 12 %"));
            // the baseline is drawn at 12 % of the plot
            assertEquals(1, count(svg, "line", "baseline"));
        }
        // the key chart shows a bar per evaluated criterion with its value in text
        Element keyChart = (Element) svgs.item(0);
        assertEquals(5, count(keyChart, "rect", "bar")); // LEG-05 absent from the packs: no bar
        assertTrue(keyChart.getTextContent().contains("25 % (1/4)"));
        assertTrue(keyChart.getTextContent().contains("non évalué"));

        // every table has a caption; headings do not skip levels; one h1
        NodeList tables = doc.getElementsByTagName("table");
        assertTrue(tables.getLength() >= 6);
        for (int i = 0; i < tables.getLength(); i++) {
            assertEquals("caption", firstElement((Element) tables.item(i)).getTagName());
        }
        Matcher m = Pattern.compile("<h([1-6])[\\s>]").matcher(html);
        int prev = 0;
        int h1 = 0;
        while (m.find()) {
            int level = Integer.parseInt(m.group(1));
            assertTrue(level <= prev + 1, "h" + level + " after h" + prev);
            prev = level;
            h1 += level == 1 ? 1 : 0;
        }
        assertEquals(1, h1);
        // no script, no external resource; links are anchors or sibling files
        assertFalse(html.contains("<script"));
        assertFalse(Pattern.compile("(?i)<(link|img|iframe|object|embed)\\b").matcher(html).find());
        Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        while (href.find()) {
            assertTrue(href.group(1).startsWith("#") || href.group(1).matches("[a-z-]+\\.(csv|xlsx)"), href.group(1));
        }
        // DECP section with escaped text from the data, failed files, warnings
        assertTrue(html.contains("id=\"decp\""));
        assertTrue(html.contains("&lt;le DCE&gt;"));
        assertTrue(html.contains("PARSE_TIMEOUT"));
        assertTrue(html.contains("« x.txt » ignoré"));
        assertTrue(html.contains("absent des référentiels utilisés"));
        assertTrue(html.contains("Critère environnemental pondéré &amp; distinct"));
    }

    /** Parses the HTML as XML (the dashboard is polyglot markup) and returns the document. */
    static Document assertWellFormed(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        return b.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static int count(Element svg, String tag, String cls) {
        NodeList l = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
        int n = 0;
        for (int i = 0; i < l.getLength(); i++) {
            if (cls.equals(((Element) l.item(i)).getAttribute("class"))) {
                n++;
            }
        }
        return n;
    }

    private static Element firstElement(Element e) {
        for (int i = 0; i < e.getChildNodes().getLength(); i++) {
            if (e.getChildNodes().item(i) instanceof Element c) {
                return c;
            }
        }
        return null;
    }
}
