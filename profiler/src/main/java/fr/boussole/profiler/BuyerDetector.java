package fr.boussole.profiler;

import fr.boussole.model.Clause;
import fr.boussole.segmenter.FrenchNormalizer;
import fr.boussole.segmenter.NormalizedText;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the buyer's name: first a labelled field ("Pouvoir adjudicateur : …", "Maître d'ouvrage", "Nom et
 * adresse de l'acheteur", the label alone on its line with the name below), then the coordinator of a
 * groupement de commandes, then an organisation named at the top of the title page ("VILLE DU BOURGET").
 */
public final class BuyerDetector {

    private static final Pattern LABEL = Pattern.compile(
            "^(?:\\d+[.)]?\\s*)?(?:nom (?:et adresse )?(?:officiels? )?de l'(?:acheteur|organisme)(?: public)?"
                    + "|identification (?:de l'acheteur|de l'organisme|du pouvoir adjudicateur)"
                    + "|(?:designation|nom) du pouvoir adjudicateur|pouvoir adjudicateur|entite adjudicatrice"
                    + "|acheteur(?: public)?|maitre d'ouvrage|maitrise d'ouvrage|personne publique(?: contractante)?"
                    + "|organisme acheteur|autorite contractante|coordonnateur du groupement(?: de commandes?)?)"
                    + "\\s*(?:\\([^)]{0,40}\\))?\\s*(:)?\\s*(.*)$");
    private static final Pattern COORDINATOR = Pattern.compile(
            "\\bcoord(?:i|o|on)nateur (?:de ce |du )?(?:groupement(?: de commandes?)? )?(?:est|sera) (?:la |le |l')?(.+?)(?:[.,;(]|$)");
    private static final Pattern ADDRESS_TAIL = Pattern.compile(
            "\\s*(?:[-–—,]\\s*)?(?:\\d{1,4}[, ]+(?:bis |ter )?(?:rue|avenue|av\\.|bd|boulevard|place|chemin|allee|route|quai|cours)\\b.*"
                    + "|\\b(?:service|direction|pole|secretariat) (?:de la |des |du )?(?:commande publique|marches|achats).*"
                    + "|\\b\\d{5}\\b.*|\\btel\\b.*|\\bsiret\\b.*)$", Pattern.CASE_INSENSITIVE);

    /** The buyer's name as written, or null. */
    public Found<String> detect(List<Clause> clauses) {
        List<Texts.Line> lines = Texts.lines(clauses);
        Found<String> f = labelled(lines);
        if (f == null) {
            f = coordinator(lines);
        }
        if (f == null) {
            f = titlePage(lines);
        }
        return f;
    }

    private Found<String> labelled(List<Texts.Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Texts.Line l = lines.get(i);
            Matcher m = LABEL.matcher(l.norm());
            if (!m.find()) {
                continue;
            }
            String value = original(l.text(), m.start(2), m.end(2));
            if (m.group(1) == null && !value.isEmpty()) {
                continue; // "Pouvoir adjudicateur se réserve…": a sentence, not a label
            }
            if (value.isEmpty() && i + 1 < lines.size()) {
                value = lines.get(i + 1).text(); // label on its own line, name below
                String name = name(value);
                if (name != null) {
                    return new Found<>(name, lines.get(i + 1).clause(), l.text() + " " + value);
                }
                continue;
            }
            String name = name(value);
            if (name != null) {
                return new Found<>(name, l.clause(), l.text());
            }
        }
        return null;
    }

    private Found<String> coordinator(List<Texts.Line> lines) {
        for (Texts.Line l : lines) {
            Matcher m = COORDINATOR.matcher(l.norm());
            if (m.find()) {
                String name = name(original(l.text(), m.start(1), m.end(1)));
                if (name != null && BuyerTypes.of(name) != null) {
                    return new Found<>(Texts.capitalize(name), l.clause(), l.text());
                }
            }
        }
        return null;
    }

    private Found<String> titlePage(List<Texts.Line> lines) {
        int seen = 0;
        for (Texts.Line l : lines) {
            Integer page = l.clause().page();
            if ((page != null && page > 1) || seen++ > 25) {
                break;
            }
            if (l.text().length() <= 90 && BuyerTypes.startsWithOrganisation(l.text()) && properName(l.text())) {
                String name = name(l.text());
                if (name != null) {
                    return new Found<>(name, l.clause(), l.text());
                }
            }
        }
        return null;
    }

    /** Cleans a value into a name: drops the address and service that often follow; null if not a name. */
    private static String name(String value) {
        String v = Texts.clean(value);
        v = ADDRESS_TAIL.matcher(v).replaceAll("").strip();
        v = v.replaceAll("[\\s,;:–—-]+$", "").strip();
        String f = Texts.fold(v);
        if (v.length() < 3 || v.length() > 120 || !f.matches(".*[a-z]{2}.*")
                || f.matches("^(?:le |la |les |l')?(?:present|presente|titulaire|candidat|pouvoir adjudicateur|acheteur)\\b.*")) {
            return null;
        }
        int first = v.codePointAt(0);
        if (!Character.isUpperCase(first) && BuyerTypes.of(v) == null) {
            return null;
        }
        return v;
    }

    /** After the kind ("Ville du", "Département de la"), a capitalised word: a proper name follows. */
    private static boolean properName(String text) {
        Matcher m = Pattern.compile("(?U)^(?:\\w+['’ ]){1,4}?(?:de la |de l['’]|du |des |de |d['’])?(\\p{Lu})").matcher(text);
        return m.find() || text.equals(text.toUpperCase());
    }

    private static String original(String text, int normStart, int normEnd) {
        NormalizedText map = FrenchNormalizer.map(text);
        if (normStart >= normEnd) {
            return "";
        }
        return text.substring(map.originalStart(normStart), map.originalEnd(normEnd)).strip();
    }
}
