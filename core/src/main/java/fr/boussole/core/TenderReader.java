package fr.boussole.core;

import fr.boussole.extractor.CollectedInput;
import fr.boussole.extractor.DceCollector;
import fr.boussole.extractor.ExtractedDocument;
import fr.boussole.extractor.SourceFile;
import fr.boussole.extractor.TikaExtractor;
import fr.boussole.model.Clause;
import fr.boussole.model.Piece;
import fr.boussole.model.Tender;
import fr.boussole.model.TenderProfile;
import fr.boussole.profiler.PieceRoleClassifier;
import fr.boussole.profiler.PieceRoleClassifier.RoleDecision;
import fr.boussole.profiler.TenderProfiler;
import fr.boussole.segmenter.Fingerprints;
import fr.boussole.segmenter.SegmentedPiece;
import fr.boussole.segmenter.Segmenter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads a whole DCE: collect the files (folders, nested ZIPs), extract each with Tika, segment it
 * into located clauses, decide its role, then profile the tender. One instance holds the expensive
 * parts (Tika parser, sentence model) and can read many tenders, from several threads.
 */
public final class TenderReader implements AutoCloseable {

    private final ReadOptions options;
    private final DceCollector collector;
    private final TikaExtractor extractor;
    private final Segmenter segmenter;
    private final PieceRoleClassifier roles;
    private final TenderProfiler profiler;
    private final ExecutorService pool;

    public TenderReader(ReadOptions options) {
        this.options = options;
        this.collector = new DceCollector(options.limits());
        this.extractor = new TikaExtractor(options.extraction());
        this.segmenter = new Segmenter();
        this.roles = new PieceRoleClassifier(Fingerprints::of);
        this.profiler = new TenderProfiler(roles);
        this.pool = options.threads() > 1 ? Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "boussole-read");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    public TenderReader() {
        this(ReadOptions.defaults());
    }

    /** Reads the DCE given as one folder, archive or file. */
    public Tender read(Path input) {
        return read(defaultId(List.of(input)), List.of(input), ReadProgress.NONE);
    }

    /**
     * Reads the DCE made of the given inputs (folders, archives, files).
     *
     * @param tenderId id to give the tender (null: derived from the inputs)
     */
    public Tender read(String tenderId, List<Path> inputs, ReadProgress progress) {
        try (Session s = open(tenderId, inputs, progress)) {
            return s.tender();
        }
    }

    /**
     * Reads the DCE and keeps its files on disk until the session is closed: files unpacked from
     * archives stay reachable (e.g. to write review comments into copies of the buyer's own pieces).
     */
    public Session open(String tenderId, List<Path> inputs, ReadProgress progress) {
        String id = tenderId != null ? tenderId : defaultId(inputs);
        String source = inputs.size() == 1 ? inputs.get(0).toString() : inputs.toString();
        CollectedInput in = collector.collect(inputs);
        try {
            List<SourceFile> files = in.files();
            List<Piece> pieces = readPieces(files, progress);
            TenderProfile profile = profiler.profile(pieces);
            Map<String, Path> onDisk = new LinkedHashMap<>();
            files.forEach(f -> onDisk.put(f.displayPath(), f.localPath()));
            return new Session(new Tender(id, source, pieces, profile, in.problems()), onDisk, in);
        } catch (RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** A tender read, with its files still on disk (piece path → local file) until closed. */
    public static final class Session implements AutoCloseable {
        private final Tender tender;
        private final Map<String, Path> files;
        private final CollectedInput input;

        Session(Tender tender, Map<String, Path> files, CollectedInput input) {
            this.tender = tender;
            this.files = Map.copyOf(files);
            this.input = input;
        }

        public Tender tender() {
            return tender;
        }

        /** Piece display path → file on disk (valid until {@link #close()}). */
        public Map<String, Path> files() {
            return files;
        }

        @Override
        public void close() {
            input.close();
        }
    }

    /** Reads one file already collected (used by worker processes in archive mode). */
    public Piece readPiece(SourceFile file, String pieceId) {
        ExtractedDocument doc = extractor.extract(file);
        SegmentedPiece seg = segmenter.segment(doc, pieceId);
        RoleDecision role = roles.classify(file.fileName(), doc.title(), seg.clauses());
        List<Clause> clauses = Fingerprints.withRole(seg.clauses(), role.role());
        return new Piece(pieceId, file.displayPath(), file.fileName(), doc.mediaType(), role.role(), role.reason(),
                doc.title(), doc.pageCount(), file.sha256(), file.size(), seg.text(), doc.scannedPages(),
                doc.ocrPages(), doc.problems(), clauses);
    }

    /** Profiles pieces read separately (archive mode). */
    public Tender assemble(String tenderId, String source, List<Piece> pieces,
                           List<fr.boussole.model.Problem> problems) {
        return new Tender(tenderId, source, pieces, profiler.profile(pieces), problems);
    }

    private List<Piece> readPieces(List<SourceFile> files, ReadProgress progress) {
        AtomicInteger done = new AtomicInteger();
        int total = files.size();
        if (pool == null || total < 2) {
            List<Piece> pieces = new ArrayList<>(total);
            for (int i = 0; i < total; i++) {
                pieces.add(readPiece(files.get(i), pieceId(i)));
                progress.pieceRead(done.incrementAndGet(), total, files.get(i).displayPath());
            }
            return pieces;
        }
        List<Future<Piece>> futures = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            SourceFile f = files.get(i);
            String pid = pieceId(i);
            futures.add(pool.submit(() -> {
                Piece p = readPiece(f, pid);
                progress.pieceRead(done.incrementAndGet(), total, f.displayPath());
                return p;
            }));
        }
        List<Piece> pieces = new ArrayList<>(total);
        for (Future<Piece> f : futures) {
            try {
                pieces.add(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("lecture interrompue", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("échec inattendu de la lecture d'une pièce", e.getCause());
            }
        }
        return pieces;
    }

    private static String pieceId(int index) {
        return "p" + (index + 1);
    }

    /** Tender id from the input name: folder name, or archive/file name without extension. */
    public static String defaultId(List<Path> inputs) {
        if (inputs.isEmpty()) {
            return "dce";
        }
        Path first = inputs.get(0).toAbsolutePath().normalize();
        Path name = first.getFileName();
        if (name == null) {
            return "dce";
        }
        String n = name.toString();
        if (inputs.size() > 1 && first.getParent() != null && first.getParent().getFileName() != null) {
            return first.getParent().getFileName().toString();
        }
        int dot = n.lastIndexOf('.');
        return dot > 0 && !java.nio.file.Files.isDirectory(first) ? n.substring(0, dot) : n;
    }

    public ReadOptions options() {
        return options;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
        extractor.close();
    }
}
