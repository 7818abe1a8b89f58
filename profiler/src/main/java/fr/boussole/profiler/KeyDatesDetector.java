package fr.boussole.profiler;

import fr.boussole.model.Clause;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the two dates of the consultation: the deadline for offers ("Date et heure limites de
 * réception des offres : le vendredi 7 novembre 2025 à 12 heures", the date possibly on the next line
 * or page) and the launch date ("Date d'envoi de l'avis à la publication : 25/09/2025").
 */
public final class KeyDatesDetector {

    private static final Pattern DEADLINE = Pattern.compile(
            "(?:date|heure)s?\\s+(?:et\\s+(?:l')?heures?\\s+)?(?:limites?\\s+)?(?:de\\s+|des\\s+|d')?(?:reception|remise|depot|depots"
                    + "|transmission|reponse)\\b|(?:date|heure)s?\\s+(?:et\\s+(?:l')?heures?\\s+)?limites?\\b"
                    + "|(?:offres|plis|reponses)\\s+(?:devront|doivent|devra|doit)\\s+(?:etre\\s+)?(?:remis|deposes|parvenir|transmis|recus)"
                    + "|remise des (?:offres|plis)\\s+(?:est fixee\\s+)?(?:au plus tard|avant|jusqu'au)|cloture (?:de la consultation|des offres)");
    private static final Pattern NOT_OFFERS = Pattern.compile(
            "renseignements|questions|visite|demande[s]? d|candidatures?(?! et)|echantillons|validite");
    private static final Pattern OFFERS = Pattern.compile("\\b(?:offres?|plis|reponses?|propositions?|consultation)\\b");
    private static final Pattern LAUNCH = Pattern.compile(
            "date d'envoi (?:de l'avis|du present avis|a la publication|au (?:boamp|joue|journal|jo)|(?:a|de) l'office)"
                    + "|date d'envoi\\b|date de (?:publication|mise en ligne|lancement)(?: de l'avis| de la consultation| du dce)?"
                    + "|envoye(?:e)? (?:a la publication|au boamp|au joue) le|avis envoye (?:a la publication )?le");

    /** Sentences that refer to the deadline rather than state it. */
    private static final Pattern REFERENCE_TO_DEADLINE = Pattern.compile(
            "(?:avant|apres|a compter de|au-dela de|passe|passee) (?:la|les) (?:date|heure)s?\\b|jours avant");
    /** A date that belongs to a legal reference ("arrêté du 22 mars 2019"), never a date of the consultation. */
    private static final Pattern LEGAL_REFERENCE_BEFORE = Pattern.compile(
            "\\b(?:arrete|decret|loi|ordonnance|directive|circulaire|reglement|deliberation|decision|avis)"
                    + "(?: [a-z]{1,12}){0,3}(?: n ?°? ?[\\w./-]+)? du\\s*(?:le\\s*)?$");

    /** Deadline for offers, with date and time, or null. */
    public Found<LocalDateTime> deadline(List<Clause> clauses) {
        List<Texts.Line> lines = Texts.lines(clauses);
        for (int i = 0; i < lines.size(); i++) {
            Texts.Line l = lines.get(i);
            Matcher m = DEADLINE.matcher(l.norm());
            if (!m.find()) {
                continue;
            }
            String head = l.norm();
            if (NOT_OFFERS.matcher(head.substring(0, Math.min(head.length(), m.end() + 40))).find()
                    && !OFFERS.matcher(head).find()) {
                continue;
            }
            if (REFERENCE_TO_DEADLINE.matcher(head).find()) {
                continue; // "10 jours avant la date limite", "après la date et l'heure limites": a reference, not the deadline
            }
            Found<LocalDateTime> f = dateAfter(lines, i, m.end());
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** Launch date (the notice sent for publication), or null. */
    public Found<LocalDate> launchDate(List<Clause> clauses) {
        List<Texts.Line> lines = Texts.lines(clauses);
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = LAUNCH.matcher(lines.get(i).norm());
            if (m.find()) {
                Found<LocalDateTime> f = dateAfter(lines, i, m.end());
                if (f != null) {
                    return new Found<>(f.value().toLocalDate(), f.clause(), f.quote());
                }
            }
        }
        return null;
    }

    /**
     * A date on the anchor line after the anchor, else on one of the next two lines. The date may also be
     * split across lines ("… remise des offres : lundi 2" / "novembre 2026 à 12 h 00", as large cover-page
     * titles wrap), so the anchor's tail joined with the next line is tried before the next line alone.
     */
    private static Found<LocalDateTime> dateAfter(List<Texts.Line> lines, int i, int normFrom) {
        Texts.Line l = lines.get(i);
        FrenchDates.DateMatch own = firstDate(l.text(), normFrom - 1);
        if (own != null) {
            return new Found<>(own.dateTime(), l.clause(), l.text());
        }
        for (int k = i + 1; k < Math.min(lines.size(), i + 3); k++) {
            Texts.Line next = lines.get(k);
            if (DEADLINE.matcher(next.norm()).find() || next.norm().length() > 200) {
                break;
            }
            String joined = l.text() + " " + next.text();
            FrenchDates.DateMatch split = k == i + 1 ? firstDate(joined, normFrom - 1) : null;
            FrenchDates.DateMatch d = split != null ? split : firstDate(next.text(), 0);
            if (d != null) {
                return new Found<>(d.dateTime(), next.clause(), joined);
            }
        }
        return null;
    }

    /** First date starting at or after {@code from} that is not part of a legal reference. */
    private static FrenchDates.DateMatch firstDate(String text, int from) {
        String n = Texts.fold(text);
        for (FrenchDates.DateMatch d : FrenchDates.findAll(text)) {
            if (d.start() >= from && !LEGAL_REFERENCE_BEFORE.matcher(n.substring(0, Math.min(d.start(), n.length()))).find()) {
                return d;
            }
        }
        return null;
    }
}
