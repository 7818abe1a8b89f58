package fr.boussole.rules.tools;

import fr.boussole.model.BuyerType;
import fr.boussole.model.Clause;
import fr.boussole.model.Piece;
import fr.boussole.model.PieceRole;
import fr.boussole.model.PurchaseFamily;
import fr.boussole.model.Tender;
import fr.boussole.model.TenderProfile;
import fr.boussole.rules.pack.Pack;
import fr.boussole.rules.pack.PackLoader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Generators of synthetic packs and tenders for measurements (the bench module reuses them). Deterministic for a
 * given seed. The vocabulary is the one real DCEs use, so the keyword prefilter meets realistic candidate rates.
 */
public final class Synthetic {

    /** Phrases of the responsible-digital field, paired so that patterns look like real signals. */
    static final String[][] VOCAB = {
            {"écoconception", "services numériques"}, {"sobriété", "numérique"}, {"accessibilité numérique", "RGAA"},
            {"indice de réparabilité", "smartphones"}, {"pièces détachées", "disponibles"},
            {"garantie", "batterie"}, {"mises à jour de sécurité", "système d'exploitation"},
            {"effacement sécurisé", "données"}, {"données à caractère personnel", "sous-traitant"},
            {"hébergement", "Union européenne"}, {"logiciels libres", "formats ouverts"},
            {"interopérabilité", "API documentées"}, {"emballages", "recyclés"},
            {"consommation électrique", "veille"}, {"label", "ou équivalent"}, {"clause d'insertion", "heures"},
            {"réversibilité", "restitution des données"}, {"plan de progrès", "environnemental"},
            {"éco-organisme", "DEEE"}, {"bilan carbone", "annuel"}, {"énergie renouvelable", "garanties d'origine"},
            {"centre de données", "PUE"}, {"terminaux anciens", "bas débit"}, {"poids des pages", "requêtes"},
            {"décommissionnement", "fin de vie"}, {"revue de code", "écoconception"},
            {"lecture automatique", "vidéos"}, {"durées de conservation", "purge"}, {"IA frugale", "entraînement"},
            {"conventions fondamentales", "OIT"}, {"minerais", "conflit"}, {"recto verso", "papier recyclé"},
            {"cartouches", "remanufacturées"}, {"regroupement des livraisons", "transport"},
            {"moyens de preuve", "certificats"}, {"cadre de réponse", "environnemental"}};

    static final String[] FILLER = {
            "Le titulaire exécute les prestations conformément au présent cahier des charges.",
            "Les prix sont réputés comprendre toutes les charges fiscales et sociales.",
            "La durée du marché est de douze mois, reconductible trois fois.",
            "Les pénalités de retard sont calculées selon la formule de l'article 14.",
            "Le pouvoir adjudicateur se réserve le droit de ne pas donner suite à la consultation.",
            "Les candidats transmettent leur offre par voie dématérialisée sur le profil d'acheteur.",
            "Le titulaire désigne un interlocuteur unique chargé du suivi du marché.",
            "Les prestations font l'objet d'un procès-verbal de réception.",
            "Le délai de paiement est fixé à trente jours à compter de la réception de la facture.",
            "Toute sous-traitance est soumise à l'acceptation préalable de l'acheteur.",
            "L'environnement technique de la collectivité repose sur des postes Windows 11.",
            "Le service doit être accessible 24h/24 et 7j/7 depuis internet."};

    private Synthetic() {
    }

    /** A synthetic (non-overlay) pack of {@code count} criteria {@code SYN-0001}…, each with 2 signals. */
    public static Pack pack(String id, int count, long seed) {
        Random r = new Random(seed);
        Map<String, byte[]> files = new LinkedHashMap<>();
        String prefix = id.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "") + "-";
        files.put("pack.yaml", ("id: " + id + "\nversion: 1.0.0\ntitle: Pack synthétique " + id
                + "\nlicence: Etalab-2.0\nidPrefixes: [" + prefix + "]\n").getBytes(StandardCharsets.UTF_8));
        for (int i = 1; i <= count; i++) {
            String cid = String.format(Locale.ROOT, "%s%04d", prefix, i);
            String[] a = VOCAB[r.nextInt(VOCAB.length)];
            String[] b = VOCAB[r.nextInt(VOCAB.length)];
            StringBuilder y = new StringBuilder();
            y.append("id: ").append(cid).append('\n');
            y.append("title: Critère synthétique ").append(i).append('\n');
            y.append("framework: Synthèse\nreference: s. ").append(i).append('\n');
            y.append("theme: environnement\nqualities: [frugal]\nseverity: ")
                    .append(i % 3 == 0 ? "obligation" : i % 3 == 1 ? "recommandation" : "bonne-pratique").append('\n');
            y.append("applies:\n  roles: [CCTP, CCAP]\n");
            y.append("signals:\n");
            y.append("  - id: s1\n    effect: covers\n    patterns: [\"").append(a[0]).append("[^.;]{0,60}")
                    .append(a[1]).append("\"]\n    note: synthétique\n");
            y.append("  - id: s2\n    effect: partial\n    patterns: [\"").append(b[1]).append("\\\\b.{0,40}")
                    .append(b[0]).append("\"]\n    note: synthétique\n");
            y.append("messages:\n  covered: c\n  partial: p\n  missing: m\n");
            y.append("suggestion:\n  piece: CCTP\n  text: t\n  source: s\n");
            files.put("criteria/" + cid + ".yaml", y.toString().getBytes(StandardCharsets.UTF_8));
        }
        return PackLoader.fromFiles("synthetic:" + id, files, true);
    }

    /**
     * A synthetic tender: RC, CCAP and CCTP of {@code clausesPerPiece} clauses each; about {@code signalRate} of
     * the clauses carry a phrase of the vocabulary (some negated, some optional).
     */
    public static Tender tender(String id, int clausesPerPiece, double signalRate, long seed) {
        Random r = new Random(seed);
        List<Piece> pieces = new ArrayList<>();
        for (PieceRole role : List.of(PieceRole.RC, PieceRole.CCAP, PieceRole.CCTP)) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < clausesPerPiece; i++) {
                if (i % 20 == 0) {
                    text.append("# Article ").append(i / 20 + 1).append(" – Dispositions ").append(i / 20 + 1)
                            .append('\n');
                }
                if (r.nextDouble() < signalRate) {
                    String[] v = VOCAB[r.nextInt(VOCAB.length)];
                    int mode = r.nextInt(4);
                    text.append(switch (mode) {
                        case 0 -> "Le titulaire ne prévoit pas de " + v[0] + " pour les " + v[1] + ".";
                        case 1 -> "Le titulaire peut proposer une démarche de " + v[0] + " portant sur " + v[1] + ".";
                        default -> "Le titulaire s'engage sur le " + v[0] + " et les " + v[1] + " pendant le marché.";
                    });
                } else {
                    text.append(FILLER[r.nextInt(FILLER.length)]);
                }
                text.append('\n').append('\n');
            }
            String pid = "p" + (pieces.size() + 1);
            List<Clause> clauses = SimpleExampleTenderFactory.clauses(pid, role, text.toString());
            String name = role.code().toLowerCase(Locale.ROOT) + ".pdf";
            pieces.add(new Piece(pid, name, name, "application/pdf", role, "synthétique", null, null, null,
                    text.length(), null, null, null, null, clauses));
        }
        TenderProfile profile = new TenderProfile("Synthétique", "Acheteur", BuyerType.COLLECTIVITE, null, null, null,
                null, LocalDate.of(2026, 10, 1), null, null, null, null, null, PurchaseFamily.HARDWARE,
                List.of(PurchaseFamily.HARDWARE), null, null);
        return new Tender(id, id, pieces, profile, List.of());
    }
}
