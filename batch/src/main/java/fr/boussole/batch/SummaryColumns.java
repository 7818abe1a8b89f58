package fr.boussole.batch;

import fr.boussole.model.BuyerType;
import fr.boussole.model.PurchaseFamily;
import fr.boussole.model.Status;
import java.util.ArrayList;
import java.util.List;

/** The columns of the per-tender summary (CSV and XLSX share them). */
final class SummaryColumns {

    static final String NOT_IN_PACKS = "absent des référentiels";

    private SummaryColumns() {
    }

    static List<String> header(List<String> keys) {
        List<String> h = new ArrayList<>(List.of("marché", "source", "issue", "objet", "acheteur", "type d'acheteur",
                "famille d'achat", "date de lancement", "date limite de remise", "année"));
        h.addAll(keys);
        h.addAll(List.of("couverts", "partiels", "manquants", "contredits", "non applicables",
                "obligations respectées", "obligations applicables", "manques ouverts", "pièces", "pages",
                "fichiers illisibles", "problèmes de lecture", "identifiant DECP", "durée (ms)", "erreur",
                "résultat JSON"));
        return h;
    }

    /** Cells as typed values: String, Integer/Long, or null. */
    static List<Object> cells(TenderRow r, List<String> keys) {
        List<Object> c = new ArrayList<>();
        c.add(r.id());
        c.add(r.source());
        c.add(outcome(r.outcome()));
        c.add(r.object());
        c.add(r.buyer());
        c.add(buyerType(r.buyerType()));
        c.add(family(r.family()));
        c.add(r.launchDate() == null ? null : r.launchDate().toString());
        c.add(r.deadline() == null ? null : r.deadline().toLocalDate().toString());
        c.add(r.year());
        boolean result = r.outcome().hasResult();
        for (String k : keys) {
            Status s = r.status(k);
            c.add(!result ? null : s == null ? NOT_IN_PACKS : s.label());
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

    static String outcome(TenderRow.Outcome o) {
        return switch (o) {
            case DONE -> "traité";
            case CACHED -> "repris du cache";
            case UNCHANGED -> "inchangé (déjà traité)";
            case FAILED -> "échec";
        };
    }

    static String buyerType(String code) {
        if (code == null) {
            return null;
        }
        try {
            return BuyerType.fromCode(code).label();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    static String family(String code) {
        if (code == null) {
            return null;
        }
        try {
            return PurchaseFamily.fromCode(code).label();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }
}
