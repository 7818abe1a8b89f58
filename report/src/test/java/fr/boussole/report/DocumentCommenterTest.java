package fr.boussole.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boussole.model.ProblemCode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTMarkupRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DocumentCommenterTest {

    // ------------------------------------------------------------------ fixtures written with POI / by hand

    /** A CCAP as buyers write it: headings, long paragraphs holding the quotes, a table row, a repeated sentence. */
    static void writeCcap(Path file) throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            para(doc, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES");
            para(doc, "Préambule : à titre d'information, la garantie est limitée à douze mois à compter de la "
                    + "livraison dans l'ancien marché.");
            para(doc, "Article 9 – Garanties");
            para(doc, "9.1 Durée de la garantie");
            XWPFParagraph g = doc.createParagraph();
            g.createRun().setText("La garantie est limitée ");
            g.createRun().setText("à douze mois");
            g.getRuns().get(1).setBold(true);
            g.createRun().setText(" à compter de la livraison, pièces et main-d’œuvre comprises.");
            para(doc, "Article 12 – Conditions d'exécution");
            para(doc, "12.3 Emballages");
            para(doc, "LE TITULAIRE  assure la reprise des emballages de livraison\u00a0et leur valorisation dans une filière agréée.");
            para(doc, "Article 14 – Fin de vie des matériels");
            para(doc, "En fin de marché, le titulaire pourra, le cas échéant, reprendre les matériels réformés "
                    + "selon des modalités à convenir.");
            para(doc, "Article 15 – Évolution de l'offre");
            XWPFTable table = doc.createTable(1, 2);
            XWPFTableRow row = table.getRow(0);
            row.getCell(0).setText("Clause de progrès");
            row.getCell(1).setText("Le titulaire propose chaque année les nouveaux matériels labellisés.");
            para(doc, "Fait à Saint-Aubin-sur-Loire, le 10 septembre 2026.");
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }
    }

    private static void para(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(text);
    }

    /** A CCTP as LibreOffice writes it: text:s spaces, spans, typographic apostrophes, a list, a table. */
    static void writeCctp(Path file) throws Exception {
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
                xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
                xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3">\
                <office:body><office:text>\
                <text:h text:outline-level="1">Article 3 – Composition des lots</text:h>\
                <text:h text:outline-level="2">3.2 Matériels reconditionnés</text:h>\
                <text:p>Au moins 20<text:s/>% des postes de travail livrés sont des <text:span>matériels reconditionnés</text:span>, \
                de grade A.</text:p>\
                <text:h text:outline-level="1">Article 4 – Exigences techniques</text:h>\
                <text:list><text:list-item><text:p>Les écrans sont certifiés TCO Certified ou équivalent.</text:p></text:list-item>\
                <text:list-item><text:p>Chaque poste affiche sa consommation électrique typique (TEC)<text:line-break/>exprimée en kWh par an.</text:p></text:list-item></text:list>\
                <text:h text:outline-level="1">Article 5 – Analyse des offres</text:h>\
                <text:p>5.1 L’indice de réparabilité des matériels proposés n’est pas pris en compte dans l’analyse des offres.</text:p>\
                <text:h text:outline-level="1">Article 7 – Livraison</text:h>\
                <table:table table:name="T1"><table:table-column table:number-columns-repeated="2"/><table:table-row><table:table-cell><text:p>Emballages</text:p></table:table-cell>\
                <table:table-cell><text:p>Les emballages sont réduits au strict nécessaire et composés de fibres recyclées.</text:p></table:table-cell>\
                </table:table-row></table:table>\
                <text:p>Fin du CCTP.</text:p>\
                </office:text></office:body></office:document-content>""";
        String manifest = """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
                 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>
                """;
        String styles = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-styles "
                + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" office:version=\"1.3\"/>";
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
            byte[] mt = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry m = new ZipEntry("mimetype");
            m.setMethod(ZipEntry.STORED);
            m.setSize(mt.length);
            CRC32 crc = new CRC32();
            crc.update(mt);
            m.setCrc(crc.getValue());
            z.putNextEntry(m);
            z.write(mt);
            z.closeEntry();
            for (String[] e : new String[][] {{"content.xml", content}, {"styles.xml", styles},
                    {"META-INF/manifest.xml", manifest}}) {
                z.putNextEntry(new ZipEntry(e[0]));
                z.write(e[1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
    }

    static String sha256(Path f) throws Exception {
        return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }

    // ------------------------------------------------------------------ DOCX

    /** Paragraph text → ids of the comments whose range starts there. */
    static Map<String, List<String>> starts(List<XWPFParagraph> paras) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (XWPFParagraph p : paras) {
            for (CTMarkupRange r : p.getCTP().getCommentRangeStartList()) {
                m.computeIfAbsent(p.getText(), k -> new ArrayList<>()).add(r.getId().toString());
            }
        }
        return m;
    }

    static String commentText(XWPFComment c) {
        StringBuilder sb = new StringBuilder();
        c.getParagraphs().forEach(p -> sb.append(p.getText()).append('\n'));
        return sb.toString();
    }

    @Test
    void docxCommentsAnchoredOnTheQuotedParagraphsAndFinalListOfMissing(@TempDir Path dir) throws Exception {
        Path ccap = dir.resolve("in/CCAP.docx");
        Path cctp = dir.resolve("in/Technique/CCTP.odt");
        Files.createDirectories(cctp.getParent());
        writeCcap(ccap);
        writeCctp(cctp);
        String before = sha256(ccap);
        String beforeOdt = sha256(cctp);
        Path out = dir.resolve("out");
        List<DocumentCommenter.Outcome> outcomes = DocumentCommenter.annotate(Fixtures.result(),
                Map.of(Fixtures.CCAP, ccap, Fixtures.CCTP, cctp), out);
        assertEquals(before, sha256(ccap), "the original DOCX is never modified");
        assertEquals(beforeOdt, sha256(cctp), "the original ODT is never modified");
        assertEquals(2, outcomes.size());
        DocumentCommenter.Outcome o = outcomes.get(0);
        assertEquals(Fixtures.CCAP, o.piece());
        assertNull(o.problem());
        assertEquals(out.resolve("CCAP-commente.docx"), o.output());
        assertEquals(4, o.anchored(), "LEG-03, GUI-03, GUI-02, LOC-01");
        assertEquals(List.of(), o.unanchored());
        // CCAP suggestions, plus the RC's since no RC document is given (CCAP comes first in the fallback order)
        assertEquals(List.of("LEG-06", "LEG-04", "LEG-01", "GUI-03", "GUI-02", "GUI-06", "LOC-01"), o.listed());

        try (InputStream in = Files.newInputStream(o.output()); XWPFDocument doc = new XWPFDocument(in)) {
            List<XWPFParagraph> paras = new ArrayList<>();
            DocxCommenter.collect(doc.getBodyElements(), paras);
            Map<String, List<String>> starts = starts(paras);
            Map<String, XWPFComment> byId = new HashMap<>();
            for (XWPFComment c : doc.getComments()) {
                byId.put(c.getId(), c);
                assertEquals("Boussole", c.getAuthor());
            }
            assertEquals(5, byId.size());

            String exec = "LE TITULAIRE  assure la reprise des emballages de livraison\u00a0et leur valorisation dans une filière agréée.";
            String c1 = commentText(byId.get(starts.get(exec).get(0)));
            assertTrue(c1.startsWith("Couvre LEG-03 — Condition d'exécution environnementale (obligation légale)"), c1);

            // the repeated sentence: the comment goes under article 9.1, not the preamble
            String garantie = "La garantie est limitée à douze mois à compter de la livraison, pièces et main-d’œuvre comprises.";
            assertTrue(starts.containsKey(garantie), starts.keySet().toString());
            assertTrue(starts.keySet().stream().noneMatch(k -> k.startsWith("Préambule")));
            assertTrue(commentText(byId.get(starts.get(garantie).get(0))).startsWith("Contredit : GUI-03"));

            String deee = "En fin de marché, le titulaire pourra, le cas échéant, reprendre les matériels réformés selon des modalités à convenir.";
            String c3 = commentText(byId.get(starts.get(deee).get(0)));
            assertTrue(c3.startsWith("Partiel : formulé comme une simple faculté — GUI-02"), c3);
            assertTrue(c3.contains("Formulation proposée\u00a0: Le titulaire reprend sans frais"), c3);

            // the table row: starts in the first cell, ends in the second
            String id = starts.get("Clause de progrès").get(0);
            XWPFParagraph secondCell = paras.stream()
                    .filter(p -> p.getText().startsWith("Le titulaire propose chaque année")).findFirst().orElseThrow();
            assertTrue(secondCell.getCTP().getCommentRangeEndList().stream().anyMatch(r -> r.getId().toString().equals(id)));
            assertTrue(hasReference(secondCell.getCTP(), id));

            // final comment on the last paragraph, listing the missing clauses with their wording
            XWPFParagraph last = paras.get(paras.size() - 1);
            assertTrue(last.getText().startsWith("Fait à Saint-Aubin"));
            String finalId = starts.get(last.getText()).get(0);
            String fin = commentText(byId.get(finalId));
            assertTrue(fin.startsWith("Boussole — à compléter dans cette pièce (7) :"), fin);
            assertTrue(fin.contains("• LEG-01 Critère d'attribution environnemental [Obligation légale · Partiel] — à ajouter au RC"), fin);
            assertTrue(fin.contains("• LEG-04 Condition d'exécution sociale"), fin);
            assertTrue(fin.contains("Formulation proposée\u00a0: Article – Clause sociale d'insertion"), fin);
            assertTrue(fin.contains("Source officielle\u00a0: Code de la commande publique, art. L2112-2-1"), fin);
            Golden.assertGolden("comments.docx.txt", dumpDocx(doc, paras));
        }
    }

    private static boolean hasReference(CTP p, String id) {
        for (CTR r : p.getRList()) {
            if (r.getCommentReferenceList().stream().anyMatch(c -> c.getId().equals(new BigInteger(id)))) {
                return true;
            }
        }
        return false;
    }

    static String dumpDocx(XWPFDocument doc, List<XWPFParagraph> paras) {
        StringBuilder sb = new StringBuilder();
        Map<String, String> texts = new HashMap<>();
        doc.getComments();
        for (XWPFComment c : doc.getComments()) {
            texts.put(c.getId(), commentText(c));
        }
        for (XWPFParagraph p : paras) {
            for (CTMarkupRange r : p.getCTP().getCommentRangeStartList()) {
                sb.append("[start ").append(r.getId()).append("] ");
            }
            sb.append(p.getText());
            for (CTMarkupRange r : p.getCTP().getCommentRangeEndList()) {
                sb.append(" [end ").append(r.getId()).append(']');
            }
            sb.append('\n');
        }
        sb.append("---\n");
        texts.keySet().stream().sorted().forEach(k -> sb.append("#").append(k).append('\n').append(texts.get(k)));
        return sb.toString();
    }

    // ------------------------------------------------------------------ ODT

    @Test
    void odtAnnotationsInContentXmlWithMimetypeFirstAndStored(@TempDir Path dir) throws Exception {
        Path cctp = dir.resolve("CCTP.odt");
        writeCctp(cctp);
        String before = sha256(cctp);
        List<DocumentCommenter.Outcome> outcomes = DocumentCommenter.annotate(Fixtures.result(),
                Map.of(Fixtures.CCTP, cctp), dir.resolve("out"));
        assertEquals(before, sha256(cctp));
        DocumentCommenter.Outcome o = outcomes.get(0);
        assertNull(o.problem());
        assertEquals(dir.resolve("out/Technique/CCTP-commente.odt"), o.output());
        assertEquals(5, o.anchored(), "LEG-05, LEG-06, GUI-01, GUI-05, GUI-07");
        assertEquals(List.of(), o.unanchored());
        // the only CCTP document receives the CCTP suggestion, and the RC's since no RC document is given
        assertEquals(List.of("LEG-06", "LEG-04", "LEG-01", "GUI-03", "GUI-02", "GUI-06", "LOC-01"), o.listed());

        try (ZipFile zip = new ZipFile(o.output().toFile())) {
            Enumeration<? extends ZipEntry> en = zip.entries();
            ZipEntry first = en.nextElement();
            assertEquals("mimetype", first.getName());
            assertEquals(ZipEntry.STORED, first.getMethod());
            assertEquals("application/vnd.oasis.opendocument.text",
                    new String(zip.getInputStream(first).readAllBytes(), StandardCharsets.US_ASCII));
            assertNotNull(zip.getEntry("META-INF/manifest.xml"));
            assertNotNull(zip.getEntry("styles.xml"));
            Document dom = OdtCommenter.parse(zip.getInputStream(zip.getEntry("content.xml")).readAllBytes());
            NodeList anns = dom.getElementsByTagNameNS(OdtCommenter.OFFICE, "annotation");
            assertEquals(6, anns.getLength());
            Map<String, Element> ends = new HashMap<>();
            NodeList endList = dom.getElementsByTagNameNS(OdtCommenter.OFFICE, "annotation-end");
            for (int i = 0; i < endList.getLength(); i++) {
                Element e = (Element) endList.item(i);
                ends.put(e.getAttributeNS(OdtCommenter.OFFICE, "name"), e);
            }
            Map<String, String> byCriterionStart = new LinkedHashMap<>();
            for (int i = 0; i < anns.getLength(); i++) {
                Element a = (Element) anns.item(i);
                Element para = (Element) a.getParentNode();
                String name = a.getAttributeNS(OdtCommenter.OFFICE, "name");
                assertTrue(ends.containsKey(name), "range closed: " + name);
                assertEquals("Boussole", a.getElementsByTagNameNS(OdtCommenter.DC, "creator").item(0).getTextContent());
                String firstLine = a.getElementsByTagNameNS(OdtCommenter.TEXT, "p").item(0).getTextContent();
                byCriterionStart.put(firstLine, OdtCommenter.textOf(para));
            }
            String reemploi = byCriterionStart.entrySet().stream().filter(e -> e.getKey().startsWith("Couvre LEG-05"))
                    .findFirst().orElseThrow().getValue();
            assertTrue(reemploi.startsWith("Au moins 20 % des postes de travail livrés"), reemploi);
            String rep = byCriterionStart.entrySet().stream().filter(e -> e.getKey().startsWith("Contredit : LEG-06"))
                    .findFirst().orElseThrow().getValue();
            assertTrue(rep.startsWith("5.1 L’indice de réparabilité"), rep);
            String energie = byCriterionStart.entrySet().stream().filter(e -> e.getKey().startsWith("Couvre GUI-07"))
                    .findFirst().orElseThrow().getValue();
            assertTrue(energie.contains("(TEC)\nexprimée"), energie);
            String fin = byCriterionStart.entrySet().stream().filter(e -> e.getKey().startsWith("Boussole — à compléter"))
                    .findFirst().orElseThrow().getValue();
            assertEquals("Fin du CCTP.", fin);
        }
    }

    // ------------------------------------------------------------------ robustness

    @Test
    void unsupportedOrBrokenFilesGiveAProblemAndDoNotStopTheOthers(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("RC.pdf");
        Files.writeString(pdf, "%PDF-1.7");
        Path broken = dir.resolve("CCAP.docx");
        Files.writeString(broken, "not a zip");
        Path cctp = dir.resolve("CCTP.odt");
        writeCctp(cctp);
        List<DocumentCommenter.Outcome> outcomes = DocumentCommenter.annotate(Fixtures.result(),
                Map.of(Fixtures.RC, pdf, Fixtures.CCAP, broken, Fixtures.CCTP, cctp), dir.resolve("out"));
        assertEquals(3, outcomes.size());
        DocumentCommenter.Outcome docx = outcomes.stream().filter(o -> o.piece().equals(Fixtures.CCAP)).findFirst().orElseThrow();
        assertEquals(ProblemCode.FILE_CORRUPT, docx.problem().code());
        assertEquals(Fixtures.CCAP, docx.problem().path());
        DocumentCommenter.Outcome rc = outcomes.stream().filter(o -> o.piece().equals(Fixtures.RC)).findFirst().orElseThrow();
        assertEquals(ProblemCode.FORMAT_UNSUPPORTED, rc.problem().code());
        DocumentCommenter.Outcome odt = outcomes.stream().filter(o -> o.piece().equals(Fixtures.CCTP)).findFirst().orElseThrow();
        assertNull(odt.problem());
        assertTrue(Files.exists(odt.output()));
    }

    @Test
    void quotesNotFoundAreListedInTheFinalComment(@TempDir Path dir) throws Exception {
        Path ccap = dir.resolve("CCAP.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            para(doc, "Article 1 – Objet");
            para(doc, "Le présent marché porte sur des postes de travail.");
            try (OutputStream out = Files.newOutputStream(ccap)) {
                doc.write(out);
            }
        }
        DocumentCommenter.Outcome o = DocumentCommenter.annotate(Fixtures.result(), Map.of(Fixtures.CCAP, ccap),
                dir.resolve("out")).get(0);
        assertEquals(0, o.anchored());
        assertEquals(4, o.unanchored().size());
        try (InputStream in = Files.newInputStream(o.output()); XWPFDocument doc = new XWPFDocument(in)) {
            String fin = commentText(doc.getComments()[0]);
            assertTrue(fin.contains("non retrouvés tels quels"), fin);
            assertTrue(fin.contains("La garantie est limitée à douze mois"), fin);
        }
    }

    @Test
    void keepsExistingCommentsAndTheirIds(@TempDir Path dir) throws Exception {
        Path ccap = dir.resolve("CCAP.docx");
        writeCcap(ccap);
        // a reviewer's comment already in the file
        try (InputStream in = Files.newInputStream(ccap); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFComment c = doc.createComments().createComment(BigInteger.valueOf(7));
            c.setAuthor("Juriste");
            c.createParagraph().createRun().setText("À relire");
            ByteArrayOutputStream bos = new ByteArrayOutputStream();
            doc.write(bos);
            Files.write(ccap, bos.toByteArray());
        }
        DocumentCommenter.Outcome o = DocumentCommenter.annotate(Fixtures.result(), Map.of(Fixtures.CCAP, ccap),
                dir.resolve("out")).get(0);
        try (InputStream in = Files.newInputStream(o.output()); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFComment[] all = doc.getComments();
            assertEquals(6, all.length);
            assertEquals("Juriste", doc.getCommentByID("7").getAuthor());
            List<String> ids = new ArrayList<>();
            for (XWPFComment c : all) {
                ids.add(c.getId());
            }
            assertEquals(ids.size(), ids.stream().distinct().count());
            assertTrue(ids.contains("8"));
        }
    }

    @Test
    void outputNamesStayInsideTheOutputFolder() {
        assertEquals("Technique/CCTP-commente.odt", DocumentCommenter.outputName("dce.zip!/Technique/CCTP.odt", "odt"));
        assertEquals("CCAP-commente.docx", DocumentCommenter.outputName("../../CCAP.docx", "docx"));
        assertEquals("a/b-commente.docx", DocumentCommenter.outputName("/a/b.docx", "docx"));
    }
}
