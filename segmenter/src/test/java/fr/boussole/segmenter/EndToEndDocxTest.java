package fr.boussole.segmenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boussole.extractor.ExtractedDocument;
import fr.boussole.extractor.SourceFile;
import fr.boussole.extractor.TesseractCli;
import fr.boussole.extractor.TikaExtractor;
import fr.boussole.extractor.ExtractionOptions;
import fr.boussole.model.Clause;
import fr.boussole.model.ClauseContext;
import fr.boussole.model.ClauseKind;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** A Word CCTP through the real extractor and the segmenter. */
class EndToEndDocxTest {

    @TempDir
    Path dir;

    private static void style(XWPFDocument doc, String id, String name) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.addNewName().setVal(name);
        ct.setType(STStyleType.PARAGRAPH);
        doc.createStyles().addStyle(new XWPFStyle(ct));
    }

    private static void p(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        String[] lines = text.split("\n");
        var run = p.createRun();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    @Test
    void wordHeadingsParagraphsListsAndTablesBecomeClauses() throws Exception {
        Path file = dir.resolve("CCTP.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            style(doc, "T1", "heading 1");
            style(doc, "T2", "heading 2");
            p(doc, null, "Sommaire");
            p(doc, null, "Article 1 – Objet\t2");
            p(doc, null, "Article 2 – Exigences environnementales\t3");
            p(doc, "T1", "Article 1 – Objet");
            p(doc, null, "Le présent marché porte sur la fourniture d’ordinateurs portables reconditionnés.");
            p(doc, "T1", "Article 2 – Exigences environnementales");
            p(doc, "T2", "2.1 Réemploi");
            p(doc, null, "Le titulaire garantit une part de 20 % d’équipements issus du réemploi (art. L. 2111-1 du "
                    + "code de la commande publique). Il fournit les justificatifs.\nUne ligne après un saut.");
            p(doc, null, "- les attestations de reconditionnement ;");
            XWPFTable t = doc.createTable(2, 2);
            t.getRow(0).getCell(0).setText("Indicateur");
            t.getRow(0).getCell(1).setText("Cible");
            t.getRow(1).getCell(0).setText("Taux de réemploi");
            t.getRow(1).getCell(1).setText("20 %");
            doc.write(out);
        }
        ExtractedDocument d;
        try (TikaExtractor ex = new TikaExtractor(ExtractionOptions.DEFAULTS, TesseractCli.absent())) {
            d = ex.extract(new SourceFile("CCTP.docx", "CCTP.docx", file, Files.size(file), ""));
        }
        List<Clause> cs = new Segmenter().segment(d, "p2").clauses();
        Clause toc = cs.stream().filter(c -> c.text().startsWith("Article 2 – Exigences") && c.kind() != ClauseKind.HEADING)
                .findFirst().orElseThrow();
        assertTrue(toc.in(ClauseContext.TABLE_OF_CONTENTS));
        assertNull(toc.article());
        Clause reemploi = cs.stream().filter(c -> c.text().startsWith("Le titulaire garantit")).findFirst().orElseThrow();
        assertEquals("Article 2 > 2.1", reemploi.article());
        assertNull(reemploi.page());
        assertEquals(3, reemploi.sentences().size(), "two sentences, then a soft line break");
        Clause row = cs.stream().filter(c -> c.kind() == ClauseKind.TABLE_ROW && c.text().startsWith("Taux"))
                .findFirst().orElseThrow();
        assertEquals("Taux de réemploi | 20 %", row.text());
        assertEquals("Article 2 > 2.1", row.article());
        assertEquals(ClauseKind.LIST_ITEM, cs.stream().filter(c -> c.text().startsWith("- les attestations"))
                .findFirst().orElseThrow().kind());
    }
}
