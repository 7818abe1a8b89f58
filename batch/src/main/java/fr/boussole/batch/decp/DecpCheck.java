package fr.boussole.batch.decp;

import fr.boussole.batch.TenderRow;
import fr.boussole.model.Status;
import fr.boussole.segmenter.FrenchNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Compares what a DECP record declares with the verdicts of the matched tender:
 * <ul>
 *   <li>"Clause environnementale" declared → an environmental execution condition (LEG-04) should be found;</li>
 *   <li>"Critère environnemental" declared → an environmental award criterion (LEG-01) should be found;</li>
 *   <li>"Pas de considération environnementale" declared while LEG-01 or LEG-04 is covered or partial;</li>
 *   <li>"Clause sociale" or "Marché réservé" declared → a social execution condition (LEG-05) should be found;</li>
 *   <li>"Pas de considération sociale" declared while LEG-05 is covered or partial.</li>
 * </ul>
 * "Critère social" has no counterpart among the key criteria and is not checked. A criterion missing from the
 * packs makes the comparison impossible: it is counted as not verifiable, never reported as a gap. The DECP
 * describe the contract as awarded, the DCE as put out to tender: a gap is a lead to check, not proof.
 */
public final class DecpCheck {

    private DecpCheck() {
    }

    /** The gaps between one tender and its DECP record; {@code unverifiable[0]} counts checks not possible. */
    public static List<DecpGap> gaps(TenderRow row, DecpMatcher.Match m, int[] unverifiable) {
        List<DecpGap> out = new ArrayList<>();
        DecpRecord r = m.record();
        String how = m.byId() ? "identifiant"
                : String.format(Locale.FRENCH, "objet (similarité %.2f%s)", m.score(), m.ambiguous() ? ", ambigu" : "");
        List<String> env = fold(r.environmental());
        List<String> soc = fold(r.social());
        if (env != null) {
            if (env.contains("clause environnementale")) {
                expect(out, row, r, how, "environnement", "Clause environnementale", "LEG-04",
                        "une condition d'exécution environnementale", unverifiable);
            }
            if (env.contains("critere environnemental")) {
                expect(out, row, r, how, "environnement", "Critère environnemental", "LEG-01",
                        "un critère d'attribution environnemental", unverifiable);
            }
            if (env.stream().anyMatch(v -> v.startsWith("pas de consideration"))) {
                absent(out, row, r, how, "environnement", "Pas de considération environnementale",
                        List.of("LEG-01", "LEG-04"), unverifiable);
            }
        }
        if (soc != null) {
            if (soc.contains("clause sociale") || soc.contains("marche reserve")) {
                String declared = soc.contains("clause sociale") ? "Clause sociale" : "Marché réservé";
                expect(out, row, r, how, "social", declared, "LEG-05", "une condition d'exécution sociale",
                        unverifiable);
            }
            if (soc.stream().anyMatch(v -> v.startsWith("pas de consideration"))) {
                absent(out, row, r, how, "social", "Pas de considération sociale", List.of("LEG-05"), unverifiable);
            }
        }
        return out;
    }

    private static void expect(List<DecpGap> out, TenderRow row, DecpRecord r, String how, String theme,
                               String declared, String criterion, String what, int[] unverifiable) {
        Status s = row.status(criterion);
        if (s == null) {
            unverifiable[0]++;
            return;
        }
        if (!s.isPresent()) {
            out.add(new DecpGap(row.id(), r.id(), how, theme, declared, criterion + " : " + s.label(),
                    DecpGap.Kind.DECLARE_NON_TROUVE, "Les DECP déclarent « " + declared + " », mais le DCE ne contient pas "
                    + what + " (" + criterion + " : " + s.label() + ")."));
        }
    }

    private static void absent(List<DecpGap> out, TenderRow row, DecpRecord r, String how, String theme,
                               String declared, List<String> criteria, int[] unverifiable) {
        List<String> present = new ArrayList<>();
        boolean known = false;
        for (String c : criteria) {
            Status s = row.status(c);
            if (s != null) {
                known = true;
                if (s.isPresent()) {
                    present.add(c + " : " + s.label());
                }
            }
        }
        if (!known) {
            unverifiable[0]++;
            return;
        }
        if (!present.isEmpty()) {
            String found = String.join(", ", present);
            out.add(new DecpGap(row.id(), r.id(), how, theme, declared, found, DecpGap.Kind.TROUVE_NON_DECLARE,
                    "Les DECP déclarent « " + declared + " », mais le DCE en contient (" + found + ")."));
        }
    }

    private static List<String> fold(List<String> values) {
        if (values == null) {
            return null;
        }
        return values.stream().map(v -> FrenchNormalizer.normalize(v).toLowerCase(Locale.ROOT).strip()).toList();
    }
}
