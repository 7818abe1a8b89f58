package fr.boussole.report;

import fr.boussole.model.CheckResult;
import fr.boussole.model.Evidence;
import fr.boussole.model.PieceRole;
import fr.boussole.model.Problem;
import fr.boussole.model.ProblemCode;
import fr.boussole.model.Status;
import fr.boussole.model.Suggestion;
import fr.boussole.model.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a commented COPY of each of the buyer's word-processing pieces (DOCX, ODT): a review comment on every
 * clause quoted as evidence ("Couvre LEG-03 — …", "Partiel : …"), and a final comment at the end of the document
 * listing what is missing there, with the suggested wording and its official source. Paragraphs are found by
 * matching the quoted text ({@link QuoteLocator}), never by offsets. The original file is only read, into memory,
 * and never written.
 *
 * <p>Each gap's missing wording goes to the piece named by its suggestion (RC, CCAP, CCTP…); a CCP receives what
 * targets the CCAP or the CCTP when those are absent, and anything left goes to the first of CCAP, CCP, CCTP, RC,
 * or else the first document.
 */
public final class DocumentCommenter {

    static final String AUTHOR = "Boussole";
    static final String INITIALS = "B";

    /**
     * What happened to one piece.
     *
     * @param piece      piece path, as in the check result
     * @param source     the original file (read only)
     * @param output     the commented copy, or null when none was written
     * @param anchored   comments anchored on quoted clauses
     * @param unanchored quotes that were not found in the document (listed in the final comment)
     * @param listed     criteria listed in the final comment as missing here
     * @param problem    why no copy was written, or null
     */
    public record Outcome(String piece, Path source, Path output, int anchored, List<String> unanchored,
                          List<String> listed, Problem problem) {
    }

    /** One comment to anchor on a quoted clause. */
    record Note(String criterion, String quote, String article, List<String> lines) {
    }

    /** Everything to write into one document. */
    record Plan(String piece, PieceRole role, List<Note> notes, List<Verdict> missing, int coveredHere,
                Instant date, ReportTexts texts) {

        /** Lines of the final comment; {@code unanchored} are the quotes not found. */
        List<String> finalLines(List<String> unanchored) {
            ReportTexts t = texts;
            List<String> lines = new ArrayList<>();
            if (missing.isEmpty()) {
                lines.add(t.get("doc.final.none", coveredHere));
            } else {
                lines.add(t.get("doc.final.title", missing.size()));
                for (Verdict v : missing) {
                    Suggestion target = v.suggestion();
                    boolean elsewhere = target != null && target.piece() != null && role != null
                            && !target.piece().trim().equalsIgnoreCase(role.code());
                    lines.add("• " + v.criterion() + " " + nz(v.title()) + " [" + t.severity(v.severity()) + " · "
                            + t.status(v.status()) + "]" + (elsewhere ? " — " + t.get("doc.addTo", target.piece()) : ""));
                    if (v.message() != null) {
                        lines.add("  " + v.message());
                    }
                    Suggestion s = v.suggestion();
                    if (s != null && s.text() != null) {
                        lines.add("  " + t.get("doc.wording") + t.colon() + s.text());
                        if (s.source() != null) {
                            lines.add("  " + t.get("html.officialSource") + t.colon() + s.source());
                        }
                    }
                }
            }
            if (!unanchored.isEmpty()) {
                lines.add(t.get("doc.final.unanchored"));
                unanchored.forEach(q -> lines.add("  « " + Fmt.shorten(q, 200) + " »"));
            }
            lines.add(t.get("doc.final.footer"));
            return lines;
        }
    }

    private DocumentCommenter() {
    }

    public static List<Outcome> annotate(CheckResult result, Map<String, Path> originals, Path outDir)
            throws IOException {
        return annotate(result, originals, outDir, Locale.FRENCH);
    }

    /**
     * @param originals for each piece path (as in {@link CheckResult#pieces()} and {@link Evidence#piece()}), the
     *                  original file on disk; pieces that are not DOCX or ODT get an outcome with a problem
     * @param outDir    folder for the copies (created); copies are named {@code <name>-commente.<ext>}
     */
    public static List<Outcome> annotate(CheckResult result, Map<String, Path> originals, Path outDir, Locale locale)
            throws IOException {
        ReportTexts t = ReportTexts.of(locale);
        Files.createDirectories(outDir);
        Map<String, Path> sorted = new TreeMap<>(originals);
        Map<String, PieceRole> roles = new LinkedHashMap<>();
        for (String piece : sorted.keySet()) {
            roles.put(piece, roleOf(result, piece));
        }
        Map<String, List<Verdict>> missing = assignMissing(result, roles, sorted);
        List<Outcome> out = new ArrayList<>();
        for (Map.Entry<String, Path> e : sorted.entrySet()) {
            String piece = e.getKey();
            Path src = e.getValue();
            String kind = kind(src);
            if (kind == null) {
                out.add(new Outcome(piece, src, null, 0, List.of(), List.of(), Problem.of(piece,
                        ProblemCode.FORMAT_UNSUPPORTED, t.get("doc.unsupported"), src.getFileName().toString())));
                continue;
            }
            Plan plan = plan(result, piece, roles.get(piece), missing.getOrDefault(piece, List.of()), t);
            Path target = outDir.resolve(outputName(piece, kind));
            try {
                byte[] bytes = Files.readAllBytes(src);
                if (Files.exists(target) && Files.isSameFile(target, src)) {
                    throw new IOException("la copie commentée écraserait l'original");
                }
                Files.createDirectories(target.toAbsolutePath().getParent());
                DocWriter.Result r = "docx".equals(kind) ? DocxCommenter.write(bytes, target, plan)
                        : OdtCommenter.write(bytes, target, plan);
                out.add(new Outcome(piece, src, target, r.anchored(), r.unanchored(),
                        plan.missing().stream().map(Verdict::criterion).toList(), null));
            } catch (IOException | RuntimeException ex) {
                ProblemCode code = Files.exists(src) ? ProblemCode.FILE_CORRUPT : ProblemCode.FILE_NOT_FOUND;
                out.add(new Outcome(piece, src, null, 0, List.of(), List.of(), Problem.of(piece, code,
                        t.get("doc.failed"), ex.getClass().getSimpleName() + ": " + ex.getMessage())));
            }
        }
        return out;
    }

    static Plan plan(CheckResult r, String piece, PieceRole role, List<Verdict> missing, ReportTexts t) {
        List<Note> notes = new ArrayList<>();
        int covered = 0;
        for (Verdict v : ReportStats.of(r).ordered()) {
            boolean counted = false;
            for (Evidence e : v.evidence()) {
                if (!piece.equals(e.piece()) || e.quote() == null) {
                    continue;
                }
                notes.add(new Note(v.criterion(), e.quote(), e.article(), noteLines(v, e, t)));
                if (v.status() == Status.COVERED && !counted) {
                    covered++;
                    counted = true;
                }
            }
        }
        return new Plan(piece, role, notes, missing, covered, r.checkedAt(), t);
    }

    /** "Couvre LEG-03 — …", "Partiel : …", "Contredit : …", then the why and, for a gap, the wording. */
    static List<String> noteLines(Verdict v, Evidence e, ReportTexts t) {
        List<String> lines = new ArrayList<>();
        String head = v.criterion() + " — " + nz(v.title());
        String effect = e.effect() == null ? "" : e.effect();
        String first;
        if ("ignored".equals(effect)) {
            first = t.get("doc.note.ignored", head);
        } else if ("contradicts".equals(effect) || v.status() == Status.CONTRADICTED) {
            first = t.get("doc.note.contradicts", head);
        } else if ("partial".equals(effect) || v.status() == Status.PARTIAL) {
            first = e.note() != null ? t.get("doc.note.partial", e.note(), head) : t.get("doc.note.partialPlain", head);
        } else {
            first = t.get("doc.note.covers", head);
        }
        lines.add(first + " (" + t.severity(v.severity()).toLowerCase(t.locale()) + ")");
        if (v.message() != null && !"ignored".equals(effect)) {
            lines.add(v.message());
        }
        if (e.note() != null && !first.contains(e.note())) {
            lines.add(e.note());
        }
        Suggestion s = v.suggestion();
        if (v.isOpenGap() && s != null && s.text() != null) {
            lines.add(t.get("doc.wording") + t.colon() + s.text());
            if (s.source() != null) {
                lines.add(t.get("html.officialSource") + t.colon() + s.source());
            }
        }
        if (v.reference() != null) {
            lines.add(t.get("html.reference") + t.colon() + v.reference());
        }
        return lines;
    }

    /** Open gaps per document, by the piece their suggestion names (see class comment). */
    static Map<String, List<Verdict>> assignMissing(CheckResult r, Map<String, PieceRole> roles, Map<String, Path> files) {
        Map<String, String> byRole = new LinkedHashMap<>();
        roles.forEach((piece, role) -> {
            if (role != null && kind(files.get(piece)) != null) {
                byRole.putIfAbsent(role.code().toUpperCase(Locale.ROOT), piece);
            }
        });
        String fallback = null;
        for (String code : List.of("CCAP", "CCP", "CCTP", "RC")) {
            if (fallback == null) {
                fallback = byRole.get(code);
            }
        }
        if (fallback == null) {
            fallback = files.keySet().stream().filter(p -> kind(files.get(p)) != null).findFirst().orElse(null);
        }
        Map<String, List<Verdict>> out = new LinkedHashMap<>();
        if (fallback == null) {
            return out;
        }
        for (Verdict v : ReportStats.of(r).openGapVerdicts()) {
            String target = v.suggestion() == null || v.suggestion().piece() == null ? null
                    : v.suggestion().piece().trim().toUpperCase(Locale.ROOT);
            String piece = target == null ? null : byRole.get(target);
            if (piece == null && ("CCAP".equals(target) || "CCTP".equals(target))) {
                piece = byRole.get("CCP");
            }
            out.computeIfAbsent(piece == null ? fallback : piece, k -> new ArrayList<>()).add(v);
        }
        return out;
    }

    private static PieceRole roleOf(CheckResult r, String piece) {
        for (CheckResult.PieceSummary p : r.pieces()) {
            if (piece.equals(p.path())) {
                return p.role();
            }
        }
        for (Verdict v : r.verdicts()) {
            for (Evidence e : v.evidence()) {
                if (piece.equals(e.piece()) && e.pieceRole() != null) {
                    return e.pieceRole();
                }
            }
        }
        return null;
    }

    static String kind(Path file) {
        if (file == null) {
            return null;
        }
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".docx") || n.endsWith(".docm")) {
            return "docx";
        }
        if (n.endsWith(".odt")) {
            return "odt";
        }
        return null;
    }

    /** "dce.zip!/Technique/CCTP.odt" → "Technique/CCTP-commente.odt" (inside the output folder, no "..", no root). */
    static String outputName(String piece, String kind) {
        String p = piece.replace('\\', '/');
        int bang = p.lastIndexOf("!/");
        if (bang >= 0) {
            p = p.substring(bang + 2);
        }
        List<String> parts = new ArrayList<>();
        for (String s : p.split("/")) {
            if (!s.isEmpty() && !".".equals(s) && !"..".equals(s) && !s.contains(":")) {
                parts.add(s);
            }
        }
        String name = parts.isEmpty() ? "piece" : parts.remove(parts.size() - 1);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "." + kind;
        parts.add(stem + "-commente" + ext);
        return String.join("/", parts);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Shared shape of the two writers. */
    static final class DocWriter {
        record Result(int anchored, List<String> unanchored) {
        }

        private DocWriter() {
        }
    }
}
