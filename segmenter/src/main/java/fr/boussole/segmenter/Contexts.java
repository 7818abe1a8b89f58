package fr.boussole.segmenter;

import fr.boussole.model.ClauseContext;
import fr.boussole.model.ClauseKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Non-binding places a clause sits in, read from its enclosing headings and its own words. */
final class Contexts {

    private static final Pattern GLOSSARY = Pattern.compile(
            "\\b(glossaire|definitions?|lexique|terminologie|abreviations|acronymes|sigles( et abreviations)?)\\b");
    private static final Pattern BIBLIOGRAPHY = Pattern.compile(
            "\\b(bibliographie|references (documentaires|bibliographiques)|webographie|sitographie)\\b");
    private static final Pattern QUESTIONNAIRE = Pattern.compile(
            "\\b(questionnaires?|sourcing|cadre de reponse"
                    + "|questions? (posees?|adressees?|aux|pour les) (aux )?(candidats|fournisseurs|soumissionnaires"
                    + "|entreprises|operateurs|prestataires|titulaires))\\b");
    private static final Pattern VISA = Pattern.compile("^(?:[-–•]\\s*)?(?:Vu|VU)\\s+\\p{L}", Pattern.UNICODE_CHARACTER_CLASS);
    static final Pattern[] PLACEHOLDERS = {
            Pattern.compile("(?iU)[\\[(<«]\\s*(?:à|a)\\s+(?:compléter|completer|préciser|preciser|renseigner|définir"
                    + "|definir|remplir|indiquer)[^\\])>»]{0,60}[\\])>»]"),
            Pattern.compile("(?iU)\\[\\s*(?:[.…_xX\\s]{1,40}|[^\\]]{0,40}(?:compléter|préciser|renseigner|insérer|indiquer"
                    + "|nom de|date de|montant)[^\\]]{0,40})\\]"),
            Pattern.compile("(?iU)\\bà compléter\\s*[:.]?\\s*$"),
            Pattern.compile("(?<![\\p{L}\\p{N}])[Xx]{2,}(?![\\p{L}\\p{N}])", Pattern.UNICODE_CHARACTER_CLASS),
            Pattern.compile("(?:…|\\.{3,})\\s*%"),
            Pattern.compile("_{3,}"),
            Pattern.compile("…{2,}|\\.{5,}"),
    };

    private Contexts() {
    }

    /**
     * A character test each {@link #PLACEHOLDERS} expression needs to match (false: it cannot), far cheaper
     * than the expression run over every clause.
     */
    static boolean mayHold(int placeholder, String text) {
        return switch (placeholder) {
            case 0 -> text.indexOf('[') >= 0 || text.indexOf('(') >= 0 || text.indexOf('<') >= 0
                    || text.indexOf('«') >= 0;
            case 1 -> text.indexOf('[') >= 0;
            case 2 -> endsLikeToComplete(text);
            case 3 -> twoXs(text);
            case 4 -> text.indexOf('%') >= 0;
            case 5 -> text.contains("___");
            case 6 -> text.contains("……") || text.contains(".....");
            default -> true;
        };
    }

    /** "… à compléter", then maybe ":" or ".", then white space: the last other character is r, R, ":" or ".". */
    private static boolean endsLikeToComplete(String text) {
        int i = text.length();
        while (i > 0 && Lines.isRegexSpace(text.charAt(i - 1))) {
            i--;
        }
        if (i == 0) {
            return false;
        }
        char c = text.charAt(i - 1);
        return c == 'r' || c == 'R' || c == ':' || c == '.';
    }

    private static boolean twoXs(String text) {
        for (int i = text.indexOf('x') >= 0 || text.indexOf('X') >= 0 ? 1 : text.length(); i < text.length(); i++) {
            char a = text.charAt(i - 1);
            char b = text.charAt(i);
            if ((a == 'x' || a == 'X') && (b == 'x' || b == 'X')) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param headings normalised texts of the enclosing headings (the clause's own if it is a heading)
     */
    static Set<ClauseContext> of(String text, ClauseKind kind, List<String> headings, boolean toc,
                                 boolean runningHeader) {
        Set<ClauseContext> out = EnumSet.noneOf(ClauseContext.class);
        if (toc) {
            out.add(ClauseContext.TABLE_OF_CONTENTS);
        }
        if (runningHeader) {
            out.add(ClauseContext.RUNNING_HEADER);
        }
        if (!toc && !runningHeader) {
            for (String h : headings) {
                if (GLOSSARY.matcher(h).find()) {
                    out.add(ClauseContext.GLOSSARY);
                }
                if (BIBLIOGRAPHY.matcher(h).find()) {
                    out.add(ClauseContext.BIBLIOGRAPHY);
                }
                if (QUESTIONNAIRE.matcher(h).find()) {
                    out.add(ClauseContext.QUESTIONNAIRE);
                }
            }
            if ((kind == ClauseKind.PARAGRAPH || kind == ClauseKind.LIST_ITEM) && VISA.matcher(text.strip()).find()) {
                out.add(ClauseContext.VISA);
            }
            for (int i = 0; i < PLACEHOLDERS.length; i++) {
                if (mayHold(i, text) && PLACEHOLDERS[i].matcher(text).find()) {
                    out.add(ClauseContext.PLACEHOLDER);
                    break;
                }
            }
        }
        return out;
    }
}
