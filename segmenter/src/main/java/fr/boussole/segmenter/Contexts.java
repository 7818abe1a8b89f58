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
    private static final Pattern[] PLACEHOLDERS = {
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
            for (Pattern p : PLACEHOLDERS) {
                if (p.matcher(text).find()) {
                    out.add(ClauseContext.PLACEHOLDER);
                    break;
                }
            }
        }
        return out;
    }
}
