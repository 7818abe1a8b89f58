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
            if (head.contains("avant la date limite") || head.contains("jours avant")) {
                continue; // "10 jours avant la date limite": a reference to the deadline, not the deadline
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

    /** A date on the anchor line after the anchor, else on one of the next two lines. */
    private static Found<LocalDateTime> dateAfter(List<Texts.Line> lines, int i, int normFrom) {
        Texts.Line l = lines.get(i);
        for (FrenchDates.DateMatch d : FrenchDates.findAll(l.text())) {
            if (d.start() >= normFrom - 1) {
                return new Found<>(d.dateTime(), l.clause(), l.text());
            }
        }
        for (int k = i + 1; k < Math.min(lines.size(), i + 3); k++) {
            Texts.Line next = lines.get(k);
            if (DEADLINE.matcher(next.norm()).find() || next.norm().length() > 200) {
                break;
            }
            FrenchDates.DateMatch d = FrenchDates.first(next.text());
            if (d != null) {
                return new Found<>(d.dateTime(), next.clause(), l.text() + " " + next.text());
            }
        }
        return null;
    }
}
