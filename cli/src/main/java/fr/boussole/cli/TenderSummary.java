package fr.boussole.cli;

import fr.boussole.model.AwardCriterion;
import fr.boussole.model.Piece;
import fr.boussole.model.Problem;
import fr.boussole.model.Tender;
import fr.boussole.model.TenderProfile;
import java.util.Locale;
import java.util.stream.Collectors;

/** The short French summary printed by {@code boussole extract}. */
final class TenderSummary {

    private TenderSummary() {
    }

    static String render(Tender t) {
        StringBuilder sb = new StringBuilder();
        sb.append("DCE « ").append(t.id()).append(" » — ").append(t.pieces().size()).append(" pièce(s)\n\n");
        for (Piece p : t.pieces()) {
            sb.append(String.format(Locale.FRENCH, "  %-7s %s%n", p.role().code(), p.path()));
            sb.append("          ");
            if (p.pages() != null) {
                sb.append(p.pages()).append(" page(s), ");
            }
            sb.append(p.clauses().size()).append(" clause(s) — ").append(p.roleReason() == null ? "" : p.roleReason())
                    .append('\n');
            for (Problem pr : p.errors()) {
                sb.append("          ⚠ ").append(pr.toLine()).append('\n');
            }
        }
        TenderProfile pr = t.profile();
        sb.append("\nProfil du marché\n");
        line(sb, "Objet", pr.object());
        line(sb, "Acheteur", pr.buyer() == null ? null
                : pr.buyer() + (pr.buyerType() == null ? "" : " (" + pr.buyerType().label() + ")"));
        line(sb, "Procédure", pr.procedure());
        line(sb, "Codes CPV", pr.cpv().isEmpty() ? null : String.join(", ", pr.cpv()));
        line(sb, "Lots", pr.lots().isEmpty() ? null
                : pr.lots().stream().map(l -> l.number() + (l.title() == null ? "" : " " + l.title()))
                .collect(Collectors.joining(" ; ")));
        line(sb, "Montant", pr.estimatedAmount() == null ? null
                : String.format(Locale.FRENCH, "%,.0f € %s (%s)%s", pr.estimatedAmount().value(),
                nz(pr.estimatedAmount().tax()), nz(pr.estimatedAmount().kind()),
                pr.estimatedAmount().perYear() ? " par an" : ""));
        line(sb, "Lancement", pr.launchDate() == null ? null : pr.launchDate().toString());
        line(sb, "Remise des offres", pr.deadline() == null ? null : pr.deadline().toString().replace('T', ' '));
        line(sb, "CCAG", pr.ccag().isEmpty() ? null : String.join(", ", pr.ccag()));
        line(sb, "Durée", pr.duration());
        line(sb, "Famille d'achat", pr.family() == null ? null
                : pr.familyReason() != null ? pr.familyReason() : pr.family().label());
        if (!pr.awardCriteria().isEmpty()) {
            sb.append("  Critères d'attribution :\n");
            for (AwardCriterion c : pr.awardCriteria()) {
                criterion(sb, c, "    - ");
                for (AwardCriterion s : c.subCriteria()) {
                    criterion(sb, s, "        · ");
                }
            }
        } else {
            line(sb, "Critères d'attribution", null);
        }
        if (!t.problems().isEmpty()) {
            sb.append("\nProblèmes de lecture\n");
            t.problems().forEach(p -> sb.append("  ").append(p.toLine()).append('\n'));
        }
        long errors = t.allProblems().stream().filter(Problem::isError).count();
        if (errors > 0) {
            sb.append("\n").append(errors).append(" fichier(s) ou entrée(s) n'ont pas pu être lus : le modèle est partiel.\n");
        }
        return sb.toString();
    }

    private static void criterion(StringBuilder sb, AwardCriterion c, String indent) {
        sb.append(indent).append(c.name());
        if (c.weight() != null) {
            sb.append(" : ").append(fmt(c.weight())).append(c.unit() == null ? "" : " " + c.unit());
        }
        if (c.percent() != null && !"%".equals(c.unit())) {
            sb.append(" (").append(fmt(c.percent())).append(" %)");
        }
        sb.append('\n');
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.FRENCH, "%.1f", d);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static void line(StringBuilder sb, String label, String value) {
        sb.append("  ").append(label).append(" : ").append(value == null || value.isBlank() ? "(non trouvé)" : value)
                .append('\n');
    }
}
