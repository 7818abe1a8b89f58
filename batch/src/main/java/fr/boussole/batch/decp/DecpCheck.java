package fr.boussole.batch.decp;

import fr.boussole.batch.TenderRow;
import fr.boussole.model.Status;
import fr.boussole.segmenter.FrenchNormalizer;
import fr.boussole.batch.BatchTexts;
import fr.boussole.report.Messages;
import fr.boussole.report.ReportTexts;
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
        return gaps(row, m, unverifiable, BatchTexts.of(Locale.FRENCH));
    }

    /** Same, worded with {@code t} (the declared values stay the DECP's own French values). */
    public static List<DecpGap> gaps(TenderRow row, DecpMatcher.Match m, int[] unverifiable, Messages t) {
        List<DecpGap> out = new ArrayList<>();
        DecpRecord r = m.record();
        String score = String.format(t.locale(), "%.2f", m.score());
        String how = m.byId() ? t.get("decp.byId")
                : t.get(m.ambiguous() ? "decp.byObjectAmbiguous" : "decp.byObject", score);
        String envTheme = t.get("decp.theme.environment");
        String socTheme = t.get("decp.theme.social");
        List<String> env = fold(r.environmental());
        List<String> soc = fold(r.social());
        if (env != null) {
            if (env.contains("clause environnementale")) {
                expect(out, row, r, how, envTheme, t.get("decp.declared.envClause"), "LEG-04", unverifiable, t);
            }
            if (env.contains("critere environnemental")) {
                expect(out, row, r, how, envTheme, t.get("decp.declared.envCriterion"), "LEG-01", unverifiable, t);
            }
            if (env.stream().anyMatch(v -> v.startsWith("pas de consideration"))) {
                absent(out, row, r, how, envTheme, t.get("decp.declared.envNone"), List.of("LEG-01", "LEG-04"),
                        unverifiable, t);
            }
        }
        if (soc != null) {
            if (soc.contains("clause sociale") || soc.contains("marche reserve")) {
                String declared = t.get(soc.contains("clause sociale") ? "decp.declared.socialClause"
                        : "decp.declared.reserved");
                expect(out, row, r, how, socTheme, declared, "LEG-05", unverifiable, t);
            }
            if (soc.stream().anyMatch(v -> v.startsWith("pas de consideration"))) {
                absent(out, row, r, how, socTheme, t.get("decp.declared.socialNone"), List.of("LEG-05"), unverifiable,
                        t);
            }
        }
        return out;
    }

    private static void expect(List<DecpGap> out, TenderRow row, DecpRecord r, String how, String theme,
                               String declared, String criterion, int[] unverifiable, Messages t) {
        Status s = row.status(criterion);
        if (s == null) {
            unverifiable[0]++;
            return;
        }
        if (!s.isPresent()) {
            String status = t.get("decp.status", criterion, status(s, t));
            out.add(new DecpGap(row.id(), r.id(), how, theme, declared, status, DecpGap.Kind.DECLARE_NON_TROUVE,
                    t.get("decp.notFound", declared, t.get("decp.what." + criterion), status)));
        }
    }

    private static void absent(List<DecpGap> out, TenderRow row, DecpRecord r, String how, String theme,
                               String declared, List<String> criteria, int[] unverifiable, Messages t) {
        List<String> present = new ArrayList<>();
        boolean known = false;
        for (String c : criteria) {
            Status s = row.status(c);
            if (s != null) {
                known = true;
                if (s.isPresent()) {
                    present.add(t.get("decp.status", c, status(s, t)));
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
                    t.get("decp.foundNotDeclared", declared, found)));
        }
    }

    /** The status in lower case, as it reads inside a sentence ("LEG-04 : manquant"). */
    private static String status(Status s, Messages t) {
        return ReportTexts.of(t.locale()).status(s).toLowerCase(t.locale());
    }

    private static List<String> fold(List<String> values) {
        if (values == null) {
            return null;
        }
        return values.stream().map(v -> FrenchNormalizer.normalize(v).toLowerCase(Locale.ROOT).strip()).toList();
    }
}
