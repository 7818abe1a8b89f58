package fr.boussole.samples;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * A form of a generated file that does not depend on the zlib build: ZIP entries are compared
 * uncompressed (name, order, method, time, content), PDFs by their decoded page content, metadata and
 * ID. Deflate output is stable for one zlib, but zlib forks (zlib-ng, used by some distributions) emit
 * other, equally valid, bytes.
 */
final class Canonical {

    private Canonical() {
    }

    /** SHA-256 of a fixed input deflated at levels 6 and 9, to tell whether this JVM's zlib is the reference one. */
    static String zlibFingerprint() {
        byte[] input = ("Boussole – empreinte zlib. ".repeat(200) + "ARTICLE 1 – OBJET").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder();
        for (int level : new int[] {6, 9}) {
            Deflater d = new Deflater(level, true);
            d.setInput(input);
            d.finish();
            byte[] buf = new byte[input.length * 2];
            int n = d.deflate(buf);
            d.end();
            sb.append(sha256(java.util.Arrays.copyOf(buf, n)));
        }
        return sha256(sb.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    static List<String> of(String name, byte[] bytes) throws IOException {
        String lower = name.toLowerCase();
        if (lower.endsWith(".pdf")) {
            return pdf(bytes);
        }
        if (lower.endsWith(".zip") || lower.endsWith(".docx") || lower.endsWith(".xlsx") || lower.endsWith(".odt")) {
            return zip(bytes);
        }
        return List.of(sha256(bytes));
    }

    private static List<String> zip(byte[] bytes) throws IOException {
        List<String> out = new ArrayList<>();
        try (ZipFile zip = ZipFile.builder().setByteArray(bytes).setCharset("CP850").get()) {
            for (ZipArchiveEntry e : Collections.list(zip.getEntriesInPhysicalOrder())) {
                byte[] content = zip.getInputStream(e).readAllBytes();
                out.add(e.getName() + " method=" + e.getMethod() + " time=" + e.getTime()
                        + " utf8=" + e.getGeneralPurposeBit().usesUTF8ForNames() + " extra=" + e.getExtra().length);
                out.addAll(e.isDirectory() ? List.of() : of(e.getName(), content));
            }
        }
        return out;
    }

    private static List<String> pdf(byte[] bytes) throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            out.add("title=" + info.getTitle() + " author=" + info.getAuthor() + " created="
                    + info.getCreationDate().toInstant() + " modified=" + info.getModificationDate().toInstant());
            out.add("id=" + doc.getDocument().getTrailer().getCOSArray(COSName.ID).toList());
            for (PDPage page : doc.getPages()) {
                out.add(sha256(page.getContents().readAllBytes()) + " fonts=" + page.getResources().getFontNames());
            }
        }
        return out;
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
