package fr.boussole.batch;

import fr.boussole.model.BuyerType;
import fr.boussole.model.PurchaseFamily;
import fr.boussole.model.Status;
import fr.boussole.report.Messages;
import fr.boussole.report.ReportTexts;
import java.util.ArrayList;
import java.util.List;

/** The columns of the per-tender summary (CSV and XLSX share them). */
final class SummaryColumns {

    private static final List<String> BEFORE_KEYS = List.of("tender", "source", "outcome", "object", "buyer",
            "buyerType", "family", "launch", "deadline", "year");
    private static final List<String> AFTER_KEYS = List.of("covered", "partial", "missing", "contradicted",
            "notApplicable", "obligationsMet", "obligationsTotal", "openGaps", "pieces", "pages", "filesFailed",
            "problems", "decpId", "millis", "error", "result");

    private SummaryColumns() {
    }

    static List<String> header(List<String> keys, Messages t) {
        List<String> h = new ArrayList<>();
        BEFORE_KEYS.forEach(k -> h.add(t.get("col." + k)));
        h.addAll(keys);
        AFTER_KEYS.forEach(k -> h.add(t.get("col." + k)));
        return h;
    }

    /** Cells as typed values: String, Integer/Long, or null. */
    static List<Object> cells(TenderRow r, List<String> keys, Messages t) {
        ReportTexts rt = ReportTexts.of(t.locale());
        List<Object> c = new ArrayList<>();
        c.add(r.id());
        c.add(r.source());
        c.add(outcome(r.outcome(), t));
        c.add(r.object());
        c.add(r.buyer());
        c.add(buyerType(r.buyerType(), rt));
        c.add(family(r.family(), rt));
        c.add(r.launchDate() == null ? null : r.launchDate().toString());
        c.add(r.deadline() == null ? null : r.deadline().toLocalDate().toString());
        c.add(r.year());
        boolean result = r.outcome().hasResult();
        for (String k : keys) {
            Status s = r.status(k);
            c.add(!result ? null : s == null ? t.get("notInPacks") : rt.status(s).toLowerCase(t.locale()));
        }
        if (result) {
            c.add(r.count(Status.COVERED));
            c.add(r.count(Status.PARTIAL));
            c.add(r.count(Status.MISSING));
            c.add(r.count(Status.CONTRADICTED));
            c.add(r.count(Status.NOT_APPLICABLE));
            c.add(r.obligationsMet());
            c.add(r.obligationsTotal());
            c.add(r.openGaps());
            c.add(r.pieces());
            c.add(r.pages());
            c.add(r.failedFiles().size());
            c.add(r.problems());
        } else {
            for (int i = 0; i < 12; i++) {
                c.add(null);
            }
        }
        c.add(r.decpId());
        c.add(r.millis());
        c.add(r.error());
        c.add(r.resultFile());
        return c;
    }

    static String outcome(TenderRow.Outcome o, Messages t) {
        return t.get("outcome." + o.name());
    }

    static String buyerType(String code, ReportTexts rt) {
        if (code == null) {
            return null;
        }
        try {
            return rt.buyerType(BuyerType.fromCode(code));
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    static String family(String code, ReportTexts rt) {
        if (code == null) {
            return null;
        }
        try {
            return rt.family(PurchaseFamily.fromCode(code));
        } catch (IllegalArgumentException e) {
            return code;
        }
    }
}
