package fr.boussole.profiler;

import fr.boussole.model.Clause;
import fr.boussole.model.ClauseKind;
import fr.boussole.model.Span;
import fr.boussole.segmenter.FrenchNormalizer;
import fr.boussole.segmenter.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the object of the contract: "Objet de la consultation : …", the paragraph under an "Objet du
 * marché" heading, or "Le présent marché a pour objet …" / "Le présent projet concerne …".
 */
public final class ObjectDetector {

    private static final String SUBJECT = "(?:marche|consultation|accord-cadre|contrat|projet|procedure|dossier|document"
            + "|reglement[^.]{0,40}?|cahier des[^.]{0,60}?|c\\.?c\\.?a\\.?p\\.?|c\\.?c\\.?t\\.?p\\.?|c\\.?c\\.?p\\.?)";
    private static final Pattern LABEL = Pattern.compile(
            "^(?:(?:article\\s+)?[\\d.]+\\s*[-–—.)]?\\s*)?objet (?:de la consultation|du marche(?: public)?|du contrat|de l'accord-cadre"
                    + "|des prestations|du present (?:marche|accord-cadre|contrat)|de l'operation|de la procedure)?"
                    + "\\s*(:)?\\s*(.*)$");
    private static final Pattern SENTENCE = Pattern.compile(
            "\\b(?:le|la|les|ce|cette)\\s+(?:presente?s?\\s+)?" + SUBJECT + "\\s*(?:\\([^)]{0,20}\\)\\s*)?"
                    + "(?:a|ont|aura) (?:pour objet|vocation a)|\\b(?:le|la|ce|cette)\\s+(?:presente?\\s+)?"
                    + "(?:marche|consultation|accord-cadre|contrat|projet|procedure)\\s+(?:porte sur|concerne|vise)\\s*(?::\\s*)?");
    private static final Pattern PURPOSE_LEAD = Pattern.compile(
            "^(?::\\s*)?(?:de\\s+)?(?:(?:definir|fixer|preciser|determiner|decrire)\\s+(?:les\\s+)?(?:conditions|modalites|prescriptions|"
                    + "stipulations|specifications|clauses)(?:\\s+(?:techniques|administratives|particulieres))?(?:\\s+d'execution)?"
                    + "\\s+(?:des|de la|du|de l'|de)\\s+)?");

    /** The object as written, or null. */
    public Found<String> detect(List<Clause> clauses) {
        List<Found<String>> candidates = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            Clause c = clauses.get(i);
            if (Texts.nonBinding(c)) {
                continue;
            }
            List<Texts.Line> lines = Texts.lines(c);
            for (int j = 0; j < lines.size(); j++) {
                Texts.Line l = lines.get(j);
                if (Texts.tocLine(l.text())) {
                    continue;
                }
                Matcher m = LABEL.matcher(l.norm());
                if (m.find() && l.norm().length() < 400 && (m.group(1) != null || m.group(2).isEmpty())) {
                    String value = cut(l.text(), m.start(2), m.end(2));
                    if (m.group(2).length() >= 10) {
                        add(candidates, value, c, l.text());
                        continue;
                    }
                    if (m.group(2).isEmpty()) {
                        // the object is in the next line, or the next paragraph
                        if (j + 1 < lines.size()) {
                            String rest = String.join(" ", lines.subList(j + 1, lines.size()).stream().map(Texts.Line::text).toList());
                            add(candidates, fromParagraph(rest), c, rest);
                        } else {
                            int k = nextParagraph(clauses, i);
                            if (k >= 0) {
                                Clause next = clauses.get(k);
                                String text = withContinuation(clauses, k);
                                add(candidates, fromParagraph(text), next, text);
                            }
                        }
                        continue;
                    }
                }
            }
            NormalizedText map = FrenchNormalizer.map(c.text());
            Matcher s = SENTENCE.matcher(map.text());
            if (s.find()) {
                String after = c.text().substring(map.originalStart(s.end()));
                String value = stripPurpose(firstSentence(after));
                String from = c.text().substring(map.originalStart(s.start()));
                add(candidates, value, c, firstSentence(from));
            }
        }
        // a title page often shouts the object in capitals; the body writes it properly
        for (Found<String> f : candidates) {
            if (!allCaps(f.value())) {
                return f;
            }
        }
        return candidates.isEmpty() ? null : candidates.get(0);
    }

    private static void add(List<Found<String>> out, String value, Clause c, String quote) {
        String v = Texts.clean(value).replaceAll("^[\\d]+\\s*[/.)-]\\s+", "").replaceAll("^[§•*·\\s-]+", "").replaceAll("[\\s:;,.]+$", "").strip();
        if (v.length() >= 8 && Texts.fold(v).matches(".*[a-z]{3}.*") && !Texts.fold(v).startsWith("voir ")) {
            out.add(new Found<>(v.length() > 300 ? v.substring(0, 300).replaceAll("\\s+\\S*$", "") + "…" : v, c, quote));
        }
    }

    /** The paragraph under an "Objet" heading: the object itself, or a sentence "Le présent … a pour objet …". */
    private static String fromParagraph(String text) {
        NormalizedText map = FrenchNormalizer.map(text);
        Matcher s = SENTENCE.matcher(map.text());
        if (s.find() && s.start() < 40) {
            return stripPurpose(firstSentence(text.substring(map.originalStart(s.end()))));
        }
        return firstSentence(text);
    }

    private static String stripPurpose(String s) {
        String n = Texts.fold(s);
        Matcher m = PURPOSE_LEAD.matcher(n);
        if (m.find() && m.end() > 0) {
            NormalizedText map = FrenchNormalizer.map(s);
            return s.substring(map.originalStart(m.end()));
        }
        return s;
    }

    private static int nextParagraph(List<Clause> clauses, int i) {
        for (int k = i + 1; k < Math.min(clauses.size(), i + 4); k++) {
            Clause c = clauses.get(k);
            if (Texts.nonBinding(c) || c.text().isBlank()) {
                continue;
            }
            if (c.kind() == ClauseKind.HEADING && k > i + 1) {
                return -1;
            }
            return k;
        }
        return -1;
    }

    /** A paragraph cut by the parser where the line wrapped ("… réseaux" / "& sécurité, support …"). */
    private static String withContinuation(List<Clause> clauses, int k) {
        StringBuilder sb = new StringBuilder(clauses.get(k).text().strip());
        for (int j = k + 1; j < Math.min(clauses.size(), k + 3); j++) {
            String t = clauses.get(j).text().strip();
            if (t.isEmpty() || sb.toString().matches("(?s).*[.:;!?]$") || t.length() > 300
                    || !t.matches("(?s)^(?:[&,(]|et |ou |\\p{Ll}).*") || clauses.get(j).kind() == ClauseKind.HEADING) {
                break;
            }
            sb.append(' ').append(t);
        }
        return sb.toString();
    }

    private static String firstSentence(Clause c) {
        if (!c.sentences().isEmpty()) {
            Span s = c.sentences().get(0);
            if (s.end() <= c.text().length()) {
                return c.text().substring(s.start(), s.end());
            }
        }
        return firstSentence(c.text());
    }

    /**
     * Up to the first full stop followed by a capital, a blank line, or a line break before a word that
     * starts a sentence (PDF paragraphs are often glued: "… de la ville du Bourget⏎La présente consultation …").
     */
    private static String firstSentence(String text) {
        String t = text.replaceAll("\\s*\\R\\s*\\R[\\s\\S]*$", "");
        t = t.replaceAll("(?U)\\R(?:La|Le|Les|Il|Elle|Ils|Ce|Cette|Ces|Dans|Pour|En|Au|Aux|Un|Une|L['’])\\s[\\s\\S]*$", "");
        Matcher m = Pattern.compile("(?U)[.!?](?=\\s+\\p{Lu})").matcher(t);
        return m.find() ? t.substring(0, m.start()) : t;
    }

    private static String cut(String text, int normStart, int normEnd) {
        NormalizedText map = FrenchNormalizer.map(text);
        if (normStart >= normEnd) {
            return "";
        }
        return text.substring(map.originalStart(normStart), map.originalEnd(normEnd));
    }

    private static boolean allCaps(String s) {
        return s.equals(s.toUpperCase()) && s.chars().anyMatch(Character::isLetter);
    }
}
