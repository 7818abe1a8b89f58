package fr.boussole.profiler;

import fr.boussole.model.Clause;
import fr.boussole.model.ClauseKind;
import fr.boussole.segmenter.FrenchNormalizer;
import fr.boussole.segmenter.NormalizedText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the lots ("Lot n° 1 : Fourniture de postes de travail", a table row "Lot 2 | Maintenance") and
 * the statements that there are none ("Il n'est pas prévu de décomposition en lots", "lot unique").
 */
public final class LotExtractor {

    /** Lots found, and the words saying there is no lot when they were found. */
    public record Lots(List<Found<LotId>> lots, Found<Boolean> noLots) {
        public Lots {
            lots = List.copyOf(lots);
        }
    }

    /** Number and title of a lot as written. */
    public record LotId(String number, String title) {
    }

    private static final Pattern LOT = Pattern.compile(
            "^(?:[-–•*]\\s*)?lot(?![a-z])\\s*(?:n\\s*°|n°|no\\.?|numero|n\\.)?\\s*"
                    + "([0-9]{1,3}(?=\\s*[:\\-–—.)|]|\\s)|[a-z](?=\\s*[:\\-–—.)|]))\\s*[:\\-–—.)|]?\\s*(.*)$");
    private static final Pattern NO_LOTS = Pattern.compile(
            "pas (?:prevu )?de decomposition en lots|(?:n'est pas|ne sera pas|n'a pas ete|non) allotie?s?|pas d'allotissement"
                    + "|ne fait pas l'objet d'un allotissement|\\blot unique\\b|\\bun seul lot\\b|absence d'allotissement"
                    + "|n'est pas decompose en lots|ne comporte pas de lots?|sans allotissement|\\bnon alloti");
    private static final Pattern LIST_INTRO = Pattern.compile(
            "allotissement|decompos\\w* en (?:\\d+ )?lots|\\blots suivants|comporte (?:\\d+|deux|trois|quatre|cinq|six) lots"
                    + "|^lots?\\s*:?\\s*$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})\\s*[-:)]?\\s+([a-z].{2,120})$");
    private static final Pattern TAIL = Pattern.compile("\\s*(?:page\\s+\\d+.*|\\d+\\s*$)");

    public Lots extract(List<Clause> clauses) {
        List<Found<LotId>> lots = new ArrayList<>();
        Set<String> numbers = new LinkedHashSet<>();
        Found<Boolean> none = null;
        int listMode = 0; // lines left in a list of lots announced without the word "lot" on each line
        boolean listStarted = false;
        for (Texts.Line l : Texts.lines(clauses)) {
            String n = l.norm();
            // every expression below needs the letters "lot" (lots, allotissement, alloti…)
            boolean lot = n.contains("lot");
            if (lot && NO_LOTS.matcher(n).find()) {
                if (none == null) {
                    none = new Found<>(Boolean.TRUE, l.clause(), l.text());
                }
                listMode = 0;
            } else if (lot && LIST_INTRO.matcher(n).find()) {
                listMode = 30;
                listStarted = false;
                continue;
            }
            Matcher m = LOT.matcher(n);
            if (!lot || !m.find()) {
                if (listMode > 0) {
                    listMode--;
                    Matcher numbered = NUMBERED.matcher(n);
                    if (numbered.find() && l.clause().kind() != ClauseKind.HEADING) {
                        NormalizedText map = FrenchNormalizer.map(l.text());
                        String title = Texts.clean(l.text().substring(map.originalStart(numbered.start(2))));
                        String number = numbered.group(1);
                        if (numbers.add(number.replaceFirst("^0+(?=\\d)", ""))) {
                            lots.add(new Found<>(new LotId(number, title), l.clause(), l.text()));
                        }
                        listStarted = true;
                    } else if (listStarted) {
                        listMode = 0;
                    }
                }
                continue;
            }
            listMode = 0; // lots named with the word "lot": no bare list to read
            String number = m.group(1).toUpperCase();
            String title = title(l, m);
            if (title == null || !numbers.add(number.replaceFirst("^0+(?=\\d)", ""))) {
                continue;
            }
            lots.add(new Found<>(new LotId(number, title), l.clause(), l.text()));
        }
        if (!lots.isEmpty() && lots.size() == 1 && none != null) {
            lots.clear(); // "lot unique" named "Lot 1 : …" is no allotment
        }
        return new Lots(lots, lots.isEmpty() ? none : null);
    }

    private static String title(Texts.Line l, Matcher m) {
        NormalizedText map = FrenchNormalizer.map(l.text());
        String t = m.group(2).isEmpty() ? "" : l.text().substring(map.originalStart(m.start(2)));
        if (l.clause().kind() == ClauseKind.TABLE_ROW || t.contains(" | ")) {
            String[] cells = t.split("\\s*\\|\\s*");
            t = cells.length == 0 ? "" : cells[0];
            if (t.isBlank() && cells.length > 1) {
                t = cells[1];
            }
        }
        t = TAIL.matcher(Texts.clean(t)).replaceAll("").replaceAll("^[\\s:–—.-]+|[\\s:;,–—-]+$", "").strip();
        String f = Texts.fold(t);
        if (t.length() < 3 || !f.matches(".*[a-z]{3}.*") || f.matches("^(?:et|ou|a|au|du|de|des|est|sont|sera|pour)\\b.*")) {
            return null;
        }
        return t;
    }
}
