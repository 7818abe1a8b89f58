package fr.boussole.extractor;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Direct PDFBox access for what Tika does not tell: which pages are images only, and page rendering for OCR. */
final class PdfPages implements AutoCloseable {

    private final PDDocument doc;

    PdfPages(Path file) throws IOException {
        this.doc = Loader.loadPDF(file.toFile());
    }

    int count() {
        return doc.getNumberOfPages();
    }

    /**
     * The pages among {@code candidates} (1-based) whose images hold at least {@code minPixels} pixels:
     * a page with (almost) no text but a page-sized picture is a scan.
     */
    List<Integer> scanned(List<Integer> candidates, long minPixels) {
        List<Integer> out = new ArrayList<>();
        for (int p : candidates) {
            if (p < 1 || p > doc.getNumberOfPages()) {
                continue;
            }
            long px = imagePixels(doc.getPage(p - 1).getResources(),
                    Collections.newSetFromMap(new IdentityHashMap<>()), 0);
            if (px >= minPixels) {
                out.add(p);
            }
        }
        return out;
    }

    private static long imagePixels(PDResources res, Set<Object> seen, int depth) {
        if (res == null || depth > 8 || !seen.add(res.getCOSObject())) {
            return 0;
        }
        long px = 0;
        for (COSName name : res.getXObjectNames()) {
            try {
                PDXObject x = res.getXObject(name);
                if (x instanceof PDImageXObject img) {
                    px += (long) img.getWidth() * img.getHeight();
                } else if (x instanceof PDFormXObject form) {
                    px += imagePixels(form.getResources(), seen, depth + 1);
                }
            } catch (IOException | RuntimeException e) {
                // a broken image does not make a page readable; ignore it
            }
        }
        return px;
    }

    /** Renders a page (1-based) to a grey PNG at {@code dpi}. */
    void render(int page, int dpi, Path png) throws IOException {
        BufferedImage img = new PDFRenderer(doc).renderImageWithDPI(page - 1, dpi, ImageType.GRAY);
        ImageIO.write(img, "png", png.toFile());
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
