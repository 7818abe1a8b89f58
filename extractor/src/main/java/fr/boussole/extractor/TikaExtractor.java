package fr.boussole.extractor;

import fr.boussole.model.ClauseKind;
import fr.boussole.model.Problem;
import fr.boussole.model.ProblemCode;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.ContentHandler;

/**
 * Extracts structured text from one file with Tika (offline configuration, no external process).
 *
 * <p>One instance serves many threads: the parser is built once and is thread-safe, each call gets its
 * own SAX handler. {@link #extract} never throws for a bad file; it returns an {@link ExtractedDocument}
 * with problems (French message, file path, stable code).
 *
 * <p>The per-file timeout runs the parse in a worker thread and stops waiting when the budget is spent;
 * a parser stuck in a loop cannot be killed inside the JVM (Thread.stop is gone), so that thread may keep
 * running in the background. The batch module isolates parses in worker JVMs for that reason: extraction
 * depends only on a {@link SourceFile} and {@link ExtractionOptions}, both plain values.
 */
public final class TikaExtractor implements AutoCloseable {

    private static final Pattern MEANINGLESS_TITLE = Pattern.compile(
            "(?iU)^(microsoft (word|excel) - .*|document\\d*|untitled|sans titre|titre|title|doc\\d*|\\W*|\\d+"
                    + "|.*\\.(docx?|odt|pdf|xlsx?|rtf|txt))$");

    private final ExtractionOptions options;
    private final OcrEngine ocr;
    private final Parser parser;
    private final ExecutorService executor;

    public TikaExtractor() {
        this(ExtractionOptions.DEFAULTS);
    }

    public TikaExtractor(ExtractionOptions options) {
        this(options, TesseractCli.onPath());
    }

    public TikaExtractor(ExtractionOptions options, OcrEngine ocr) {
        this(options, ocr, TikaSetup.newParser());
    }

    /** With another parser (tests inject failing or hanging parsers). */
    TikaExtractor(ExtractionOptions options, OcrEngine ocr, Parser parser) {
        this.options = options == null ? ExtractionOptions.DEFAULTS : options;
        this.ocr = ocr == null ? TesseractCli.absent() : ocr;
        this.parser = parser;
        AtomicInteger n = new AtomicInteger();
        ThreadFactory tf = r -> {
            Thread t = new Thread(r, "boussole-extract-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.executor = Executors.newCachedThreadPool(tf);
    }

    public ExtractionOptions options() {
        return options;
    }

    /** The parser (its configuration is checked by tests). */
    Parser parser() {
        return parser;
    }

    /** Reads one file. Never throws for a bad file. */
    public ExtractedDocument extract(SourceFile file) {
        String path = file.displayPath();
        Path local = file.localPath();
        if (!Files.exists(local)) {
            return failed(file, null, Problem.of(path, ProblemCode.FILE_NOT_FOUND,
                    "« " + path + " » est introuvable.", local.toString()));
        }
        long size;
        String mediaType;
        try {
            if (!Files.isReadable(local)) {
                throw new AccessDeniedException(local.toString());
            }
            size = Files.size(local);
            if (size == 0) {
                return failed(file, null, Problem.of(path, ProblemCode.FILE_EMPTY,
                        "« " + path + " » est vide (0 octet).", null));
            }
            mediaType = TikaSetup.base(TikaSetup.detect(local, file.fileName()));
        } catch (IOException e) {
            return failed(file, null, unreadable(path, e));
        }
        DocumentFormat format = DocumentFormat.of(mediaType, file.fileName());
        if (format == null || format == DocumentFormat.ZIP) {
            return failed(file, mediaType, Problem.of(path, ProblemCode.FORMAT_UNSUPPORTED,
                    "« " + path + " » : format non pris en charge (" + mediaType + ").", mediaType));
        }
        if (format == DocumentFormat.PROTECTED_OOXML) {
            return failed(file, mediaType, encrypted(path, "OOXML chiffré (EncryptedPackage)"));
        }
        Future<ExtractedDocument> future = executor.submit(() -> parseGuarded(file, format, mediaType));
        try {
            return future.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return failed(file, mediaType, Problem.of(path, ProblemCode.PARSE_TIMEOUT, "« " + path
                    + " » : extraction interrompue après " + options.timeout().toSeconds()
                    + " s ; le fichier n'est pas lu.", null));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return failed(file, mediaType, Problem.of(path, ProblemCode.PARSE_FAILED,
                    "« " + path + " » : extraction interrompue.", e.toString()));
        } catch (ExecutionException e) {
            return failed(file, mediaType, classify(path, e.getCause()));
        }
    }

    private ExtractedDocument parseGuarded(SourceFile file, DocumentFormat format, String mediaType) {
        String path = file.displayPath();
        try {
            return parse(file, format, mediaType);
        } catch (VirtualMachineError e) {
            return failed(file, mediaType, crashed(path, e));
        } catch (Exception | LinkageError e) {
            return failed(file, mediaType, classify(path, e));
        }
    }

    private ExtractedDocument parse(SourceFile file, DocumentFormat format, String mediaType) throws Exception {
        String path = file.displayPath();
        List<Problem> problems = new ArrayList<>();
        if (format == DocumentFormat.TXT || format == DocumentFormat.MD) {
            String text = PlainTextReader.read(file.localPath());
            List<TextBlock> blocks = format == DocumentFormat.MD ? PlainTextReader.markdownBlocks(text)
                    : PlainTextReader.textBlocks(text);
            if (blocks.stream().allMatch(b -> b.text().isBlank())) {
                problems.add(noText(path));
            }
            return new ExtractedDocument(file, mediaType, null, null, blocks, null, null, problems);
        }

        boolean pdf = format == DocumentFormat.PDF;
        BlockHandler handler = new BlockHandler(pdf, format.wrappedLines());
        if (format == DocumentFormat.ODS) {
            handler.withSheetNames(OdsSheets.names(file.localPath()));
        }
        Metadata md = new Metadata();
        md.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.fileName());
        ParseContext ctx = new ParseContext();
        ctx.set(EmbeddedDocumentExtractor.class, NoEmbedded.INSTANCE);
        try (TikaInputStream in = TikaInputStream.get(file.localPath())) {
            parser.parse(in, (ContentHandler) handler, md, ctx);
        }
        List<TextBlock> blocks = new ArrayList<>(handler.blocks());
        String title = meaningfulTitle(md.get(TikaCoreProperties.TITLE), file.fileName());
        Integer pages = null;
        List<Integer> scanned = List.of();
        List<Integer> ocrPages = new ArrayList<>();
        if (pdf) {
            Integer declared = md.getInt(PagedText.N_PAGES);
            pages = declared != null ? declared : handler.pages();
            if (isTruncatedPdf(file.localPath())) {
                problems.add(Problem.of(path, ProblemCode.FILE_CORRUPT, "« " + path
                        + " » est tronqué (fin de fichier PDF absente) : le texte lu peut être incomplet.",
                        "%%EOF absent"));
            }
            List<Integer> candidates = new ArrayList<>();
            List<Integer> chars = handler.pageChars();
            int n = Math.max(pages, chars.size());
            for (int p = 1; p <= n; p++) {
                if (p > chars.size() || chars.get(p - 1) < options.scanMinChars()) {
                    candidates.add(p);
                }
            }
            if (!candidates.isEmpty()) {
                scanned = scannedPages(file, candidates, blocks, ocrPages, problems);
            }
        }
        boolean hasText = blocks.stream().anyMatch(b -> !b.text().isBlank());
        if (!hasText && scanned.isEmpty()) {
            problems.add(noText(path));
        }
        return new ExtractedDocument(file, mediaType, title, pages, blocks, scanned, ocrPages, problems);
    }

    /** Finds the scanned pages among the candidates, warns, and OCRs them when asked and possible. */
    private List<Integer> scannedPages(SourceFile file, List<Integer> candidates, List<TextBlock> blocks,
                                       List<Integer> ocrPages, List<Problem> problems) {
        String path = file.displayPath();
        try (PdfPages pdf = new PdfPages(file.localPath())) {
            List<Integer> scanned = pdf.scanned(candidates, options.scanMinImagePixels());
            if (scanned.isEmpty()) {
                return scanned;
            }
            problems.add(Problem.pages(path, ProblemCode.PAGE_SCANNED, "« " + path + " » : "
                    + (scanned.size() == 1 ? "page scannée sans texte : page " : "pages scannées sans texte : pages ")
                    + join(scanned) + (options.ocr() ? "." : " ; leur contenu n'est pas analysé (OCR non demandé)."),
                    scanned));
            if (!options.ocr()) {
                return scanned;
            }
            if (!ocr.supports(options.ocrLanguage())) {
                problems.add(Problem.pages(path, ProblemCode.OCR_UNAVAILABLE, "« " + path + " » : OCR demandé mais "
                        + ocr.name() + " (avec la langue « " + options.ocrLanguage()
                        + " ») est introuvable ; pages non lues : " + join(scanned) + ".", scanned));
                return scanned;
            }
            List<Integer> failedPages = new ArrayList<>();
            String lastError = null;
            for (int p : scanned) {
                Path png = Files.createTempFile("boussole-ocr-", ".png");
                try {
                    pdf.render(p, options.ocrDpi(), png);
                    String text = ocr.recognize(png, options.ocrLanguage(), options.ocrTimeout());
                    List<TextBlock> pageBlocks = new ArrayList<>();
                    for (TextBlock b : PlainTextReader.textBlocks(text)) {
                        pageBlocks.add(new TextBlock(ClauseKind.PARAGRAPH, b.text(), p, 0, true));
                    }
                    if (pageBlocks.isEmpty()) {
                        failedPages.add(p);
                        continue;
                    }
                    insertPageBlocks(blocks, p, pageBlocks);
                    ocrPages.add(p);
                } catch (IOException | RuntimeException e) {
                    failedPages.add(p);
                    lastError = e.toString();
                } finally {
                    Files.deleteIfExists(png);
                }
            }
            if (!failedPages.isEmpty()) {
                problems.add(new Problem(path, ProblemCode.OCR_FAILED, null, "« " + path
                        + " » : l'OCR n'a rien pu lire sur " + (failedPages.size() == 1 ? "la page " : "les pages ")
                        + join(failedPages) + ".", lastError, failedPages));
            }
            return scanned;
        } catch (IOException e) {
            // PDFBox could not reopen what Tika read: leave the page check out rather than fail the file
            return List.of();
        }
    }

    /** Puts OCR blocks after the blocks of earlier pages and before those of later pages. */
    static void insertPageBlocks(List<TextBlock> blocks, int page, List<TextBlock> pageBlocks) {
        int at = blocks.size();
        for (int i = 0; i < blocks.size(); i++) {
            Integer bp = blocks.get(i).page();
            if (bp != null && bp > page) {
                at = i;
                break;
            }
        }
        blocks.addAll(at, pageBlocks);
    }

    private static boolean isTruncatedPdf(Path file) {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long len = raf.length();
            int n = (int) Math.min(len, 4096);
            byte[] tail = new byte[n];
            raf.seek(len - n);
            raf.readFully(tail);
            return !new String(tail, StandardCharsets.ISO_8859_1).contains("%%EOF");
        } catch (IOException e) {
            return false;
        }
    }

    static String meaningfulTitle(String title, String fileName) {
        if (title == null) {
            return null;
        }
        String t = title.strip().replaceAll("\\s+", " ");
        if (t.startsWith("(") && t.endsWith(")")) {
            t = t.substring(1, t.length() - 1).strip();
        }
        if (t.length() < 3 || t.length() > 250 || MEANINGLESS_TITLE.matcher(t).matches()) {
            return null;
        }
        String base = fileName == null ? "" : fileName.replaceFirst("\\.[^.]+$", "");
        if (t.equalsIgnoreCase(base) || t.equalsIgnoreCase(fileName)) {
            return null;
        }
        return t;
    }

    // ---- failure classification -------------------------------------------------------------

    static Problem classify(String path, Throwable t) {
        if (t instanceof VirtualMachineError vme) {
            return crashed(path, vme);
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            String cn = c.getClass().getName();
            if (c instanceof EncryptedDocumentException
                    || cn.equals("org.apache.poi.EncryptedDocumentException")
                    || cn.equals("org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException")
                    || cn.equals("org.apache.tika.exception.AccessPermissionException")) {
                return encrypted(path, rootMessage(t));
            }
            if (c instanceof ZeroByteFileException) {
                return Problem.of(path, ProblemCode.FILE_EMPTY, "« " + path + " » est vide (0 octet).", null);
            }
            if (c instanceof UnsupportedFormatException) {
                return Problem.of(path, ProblemCode.FORMAT_UNSUPPORTED,
                        "« " + path + " » : format non pris en charge.", rootMessage(t));
            }
            if (c instanceof VirtualMachineError vme) {
                return crashed(path, vme);
            }
            if (c instanceof AccessDeniedException || c instanceof NoSuchFileException
                    || (c instanceof FileNotFoundException && c.getMessage() != null
                    && c.getMessage().contains("(Permission denied)"))) {
                return unreadable(path, c);
            }
        }
        if (t instanceof LinkageError) {
            return Problem.of(path, ProblemCode.PARSE_FAILED, "« " + path
                    + " » : l'analyseur de ce format n'a pas pu fonctionner.", rootMessage(t));
        }
        return Problem.of(path, ProblemCode.FILE_CORRUPT, "« " + path
                + " » est corrompu ou tronqué : son texte n'a pas pu être lu.", rootMessage(t));
    }

    private static Problem encrypted(String path, String detail) {
        return Problem.of(path, ProblemCode.FILE_ENCRYPTED, "« " + path
                + " » est protégé par un mot de passe ou chiffré : son texte ne peut pas être lu. "
                + "Demandez une version non protégée.", detail);
    }

    private static Problem crashed(String path, VirtualMachineError e) {
        String what = e instanceof OutOfMemoryError ? "mémoire épuisée"
                : e instanceof StackOverflowError ? "pile d'appels saturée" : e.getClass().getSimpleName();
        return Problem.of(path, ProblemCode.PARSE_CRASHED, "« " + path + " » : l'analyseur a échoué (" + what
                + ") ; le fichier n'est pas lu.", e.toString());
    }

    private static Problem unreadable(String path, Throwable e) {
        return Problem.of(path, ProblemCode.FILE_UNREADABLE, "« " + path
                + " » ne peut pas être lu (droits d'accès ou erreur d'entrée-sortie).", e.toString());
    }

    private static Problem noText(String path) {
        return Problem.of(path, ProblemCode.NO_TEXT, "« " + path + " » ne contient aucun texte exploitable.", null);
    }

    private static String rootMessage(Throwable t) {
        Throwable r = t;
        while (r.getCause() != null && r.getCause() != r) {
            r = r.getCause();
        }
        String m = r == t ? t.toString() : t.getClass().getSimpleName() + " ← " + r;
        return m.length() > 500 ? m.substring(0, 500) + "…" : m;
    }

    private static String join(List<Integer> pages) {
        return pages.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static ExtractedDocument failed(SourceFile file, String mediaType, Problem p) {
        return new ExtractedDocument(file, mediaType, null, null, List.of(), List.of(), List.of(), List.of(p));
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /** Embedded documents (images, OLE objects, attachments) are neither parsed nor allowed to fail the file. */
    private enum NoEmbedded implements EmbeddedDocumentExtractor {
        INSTANCE;

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // ignored on purpose
        }
    }

    @Override
    public String toString() {
        return "TikaExtractor" + String.format(Locale.ROOT, "[ocr=%s, timeout=%ss]", options.ocr(),
                options.timeout().toSeconds());
    }
}
