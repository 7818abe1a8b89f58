package fr.boussole.report;

import fr.boussole.model.AppliedWaiver;
import fr.boussole.model.Evidence;
import fr.boussole.model.Suggestion;
import fr.boussole.model.Verdict;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One verdict flattened for tables (XLSX, CSV): several pieces of evidence are joined line by line, so that line
 * <i>n</i> of the piece, page, article and quote cells describe the same clause.
 */
record CriterionRow(String id, String title, String pack, String severity, String status, String message,
                    String pieces, String pages, Integer singlePage, String articles, String quotes,
                    String fingerprints, String suggestion, String suggestionPiece, String source, String reference,
                    String waiver) {

    /** Column header keys, in order (texts under {@code table.col.*}). */
    static final List<String> COLUMNS = List.of("id", "title", "pack", "severity", "status", "message", "piece",
            "page", "article", "quote", "fingerprint", "suggestion", "suggestionPiece", "source", "reference", "waiver");

    static CriterionRow of(Verdict v, ReportTexts t) {
        List<Evidence> ev = v.evidence();
        Suggestion s = v.status().isGap() ? v.suggestion() : null;
        AppliedWaiver w = v.waiver();
        String waiver = w == null ? "" : w.justification()
                + (w.author() == null ? "" : " — " + w.author())
                + (w.date() == null ? "" : ", " + t.date(w.date()))
                + (w.hidesGap() ? "" : " (" + t.get("table.waiverNoEffect") + ")");
        Integer single = ev.size() == 1 ? ev.get(0).page() : null;
        return new CriterionRow(v.criterion(), nz(v.title()),
                v.pack() == null ? "" : v.pack() + (v.packVersion() == null ? "" : " " + v.packVersion()),
                t.severity(v.severity()), t.status(v.status()), nz(v.message()),
                lines(ev, e -> e.piece()), lines(ev, e -> e.page() == null ? "" : String.valueOf(e.page())), single,
                lines(ev, Evidence::article), lines(ev, e -> Fmt.oneLine(e.quote())),
                lines(ev, Evidence::fingerprint),
                s == null ? "" : nz(s.text()), s == null ? "" : nz(s.piece()), s == null ? "" : nz(s.source()),
                nz(v.reference()), waiver);
    }

    /** Cell values in {@link #COLUMNS} order. */
    List<String> cells() {
        return List.of(id, title, pack, severity, status, message, pieces, pages, articles, quotes, fingerprints,
                suggestion, suggestionPiece, source, reference, waiver);
    }

    private static String lines(List<Evidence> ev, java.util.function.Function<Evidence, String> f) {
        if (ev.stream().map(f).allMatch(x -> x == null || x.isEmpty())) {
            return "";
        }
        return ev.stream().map(f).map(x -> Objects.toString(x, "")).collect(Collectors.joining("\n"));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
