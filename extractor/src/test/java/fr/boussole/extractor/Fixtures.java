package fr.boussole.extractor;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Test documents generated on the fly (never committed): our own wording, French administrative style. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A PDF with one page per entry; each page's lines are drawn top-down with Helvetica. */
    public static Path pdf(Path file, List<List<String>> pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            writePages(doc, pages);
            doc.save(file.toFile());
        }
        return file;
    }

    private static void writePages(PDDocument doc, List<List<String>> pages) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        for (List<String> lines : pages) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 11);
                cs.setLeading(14);
                cs.newLineAtOffset(60, 780);
                for (String l : lines) {
                    cs.showText(l);
                    cs.newLine();
                }
                cs.endText();
            }
        }
    }

    /** A PDF that opens only with the user password "secret". */
    public static Path encryptedPdf(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            writePages(doc, List.of(List.of("Article 1 - Objet", "Le présent marché a pour objet la maintenance.")));
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pass", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(256);
            doc.protect(policy);
            doc.save(file.toFile());
        }
        return file;
    }

    /** A PDF whose page 2 is only a picture of text (a scan); pages 1 and 3 have a text layer. */
    public static Path scannedPdf(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            writePages(doc, List.of(List.of("Article 1 - Objet", "Le titulaire assure la maintenance des postes.")));
            BufferedImage img = new BufferedImage(1240, 1754, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SERIF, Font.PLAIN, 40));
            g.drawString("Article 2 - Prix", 120, 200);
            g.drawString("Les prix sont fermes et non révisables.", 120, 280);
            g.dispose();
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDImageXObject ximg = LosslessFactory.createFromImage(doc, img);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(ximg, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            writePages(doc, List.of(List.of("Article 3 - Durée", "Le marché est conclu pour une durée de douze mois.")));
            doc.save(file.toFile());
        }
        return file;
    }

    /** A DOCX with real Word heading styles, paragraphs, a bulleted-looking paragraph and a table. */
    public static Path docx(Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            addHeadingStyle(doc, "Titre1", "heading 1");
            addHeadingStyle(doc, "Titre2", "heading 2");
            doc.getProperties().getCoreProperties().setTitle("CCTP – Maintenance du parc informatique");
            heading(doc, "Titre1", "Article 1 – Objet du marché");
            para(doc, "Le présent marché a pour objet la maintenance du parc informatique de la commune.");
            heading(doc, "Titre2", "1.1 Durée");
            para(doc, "Le marché est conclu pour une durée de douze mois reconductible trois fois.");
            XWPFTable t = doc.createTable(3, 2);
            t.getRow(0).getCell(0).setText("Critère");
            t.getRow(0).getCell(1).setText("Pondération");
            t.getRow(1).getCell(0).setText("Prix");
            t.getRow(1).getCell(1).setText("40 %");
            t.getRow(2).getCell(0).setText("Valeur technique");
            t.getRow(2).getCell(1).setText("60 %");
            para(doc, "Fin du document.");
            doc.write(out);
        }
        return file;
    }

    private static void addHeadingStyle(XWPFDocument doc, String id, String name) {
        XWPFStyles styles = doc.createStyles();
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.addNewName().setVal(name);
        ct.setType(STStyleType.PARAGRAPH);
        styles.addStyle(new XWPFStyle(ct));
    }

    private static void heading(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        p.createRun().setText(text);
    }

    private static void para(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(text);
    }

    /** The same DOCX, encrypted with the password "secret" (agile encryption, as Word does). */
    public static Path protectedDocx(Path plain, Path file) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            Path copy = Files.copy(plain, plain.resolveSibling("copy-" + plain.getFileName()));
            try (OPCPackage opc = OPCPackage.open(copy.toFile(), PackageAccess.READ_WRITE);
                 OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    /** An XLSX with two sheets (a price schedule and its notes). */
    public static Path xlsx(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet s = wb.createSheet("BPU");
            String[][] rows = {{"N°", "Désignation", "Unité", "Prix HT"}, {"1", "Poste de travail reconditionné", "U", "350"},
                    {}, {"2", "Écran 24 pouces", "U", "120"}};
            for (int r = 0; r < rows.length; r++) {
                var row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.createSheet("Notes").createRow(0).createCell(0).setCellValue("Les prix incluent la livraison.");
            wb.write(out);
        }
        return file;
    }

    /** A minimal ODF text document (mimetype stored first, manifest, content). */
    public static Path odt(Path file) throws IOException {
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                  <office:body><office:text>
                    <text:h text:outline-level="1">Article 2 – Prix</text:h>
                    <text:p>Les prix sont fermes pendant la première année d’exécution.</text:p>
                    <text:list><text:list-item><text:p>Prix unitaires du bordereau</text:p></text:list-item></text:list>
                  </office:text></office:body>
                </office:document-content>
                """.strip();
        String manifest = """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                  <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                  <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>
                """.strip();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
        entries.put("META-INF/manifest.xml", manifest.getBytes(StandardCharsets.UTF_8));
        entries.put("content.xml", content.getBytes(StandardCharsets.UTF_8));
        try (ZipArchiveOutputStream zos = new ZipArchiveOutputStream(file.toFile())) {
            for (var e : entries.entrySet()) {
                ZipArchiveEntry ze = new ZipArchiveEntry(e.getKey());
                if (e.getKey().equals("mimetype")) {
                    ze.setMethod(ZipArchiveEntry.STORED);
                    ze.setSize(e.getValue().length);
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    crc.update(e.getValue());
                    ze.setCrc(crc.getValue());
                }
                zos.putArchiveEntry(ze);
                zos.write(e.getValue());
                zos.closeArchiveEntry();
            }
        }
        return file;
    }

    /** A minimal ODS with two sheets. */
    public static Path ods(Path file) throws IOException {
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
                  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                  <office:body><office:spreadsheet>
                    <table:table table:name="Détail estimatif">
                      <table:table-row><table:table-cell><text:p>Code</text:p></table:table-cell>
                        <table:table-cell><text:p>Libellé</text:p></table:table-cell></table:table-row>
                      <table:table-row><table:table-cell><text:p>A1</text:p></table:table-cell>
                        <table:table-cell><text:p>Écran reconditionné</text:p></table:table-cell></table:table-row>
                    </table:table>
                    <table:table table:name="Notes">
                      <table:table-row><table:table-cell><text:p>Prix HT</text:p></table:table-cell></table:table-row>
                    </table:table>
                  </office:spreadsheet></office:body>
                </office:document-content>
                """.strip();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("mimetype", "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
        entries.put("content.xml", content.getBytes(StandardCharsets.UTF_8));
        try (ZipArchiveOutputStream zos = new ZipArchiveOutputStream(file.toFile())) {
            for (var e : entries.entrySet()) {
                ZipArchiveEntry ze = new ZipArchiveEntry(e.getKey());
                if (e.getKey().equals("mimetype")) {
                    ze.setMethod(ZipArchiveEntry.STORED);
                    ze.setSize(e.getValue().length);
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    crc.update(e.getValue());
                    ze.setCrc(crc.getValue());
                }
                zos.putArchiveEntry(ze);
                zos.write(e.getValue());
                zos.closeArchiveEntry();
            }
        }
        return file;
    }

    /** An XLS (BIFF8) with two sheets. */
    public static Path xls(Path file) throws IOException {
        try (var wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var s = wb.createSheet("Bordereau");
            var r = s.createRow(0);
            r.createCell(0).setCellValue("1");
            r.createCell(1).setCellValue("Poste reconditionné");
            wb.createSheet("Notes").createRow(0).createCell(0).setCellValue("Prix HT");
            wb.write(out);
        }
        return file;
    }

    public static Path rtf(Path file) throws IOException {
        String rtf = "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}}\n"
                + "\\pard Article 3 \\endash  D\\'e9lais\\par\n"
                + "\\pard Le titulaire livre le mat\\'e9riel sous trente jours.\\par\n}";
        Files.writeString(file, rtf, StandardCharsets.US_ASCII);
        return file;
    }

    public static Path text(Path file, String content, Charset cs) throws IOException {
        Files.writeString(file, content, cs);
        return file;
    }

    /** A ZIP with the given entries; names are written in {@code nameCharset} without the UTF-8 flag. */
    public static Path zip(Path file, Map<String, byte[]> entries, Charset nameCharset) throws IOException {
        try (ZipArchiveOutputStream zos = new ZipArchiveOutputStream(file.toFile())) {
            zos.setEncoding(nameCharset.name());
            zos.setUseLanguageEncodingFlag(nameCharset.equals(StandardCharsets.UTF_8));
            zos.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
            for (var e : entries.entrySet()) {
                ZipArchiveEntry ze = new ZipArchiveEntry(e.getKey());
                zos.putArchiveEntry(ze);
                zos.write(e.getValue());
                zos.closeArchiveEntry();
            }
        }
        return file;
    }

    /** Sets the "encrypted" general-purpose bit on every entry (local and central headers). */
    public static void markEncrypted(Path zip) throws IOException {
        byte[] b = Files.readAllBytes(zip);
        for (int i = 0; i + 8 < b.length; i++) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 3 && b[i + 3] == 4) {
                b[i + 6] |= 1;
            } else if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 1 && b[i + 3] == 2) {
                b[i + 8] |= 1;
            }
        }
        Files.write(zip, b);
    }
}
