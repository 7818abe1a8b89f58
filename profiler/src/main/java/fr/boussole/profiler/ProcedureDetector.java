package fr.boussole.profiler;

import fr.boussole.model.Clause;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the award procedure (Code de la commande publique, livre I, titre II): appel d'offres ouvert or
 * restreint, procédure adaptée, procédure concurrentielle avec négociation, dialogue compétitif,
 * marché négocié sans publicité ni mise en concurrence. A mention that says which procedure is used
 * ("La procédure de passation utilisée est l'appel d'offres ouvert", a title line "Appel d'offres
 * ouvert") wins; otherwise the most frequent mention, leaving aside conditional ones ("en cas d'appel
 * d'offres infructueux, … marché négocié").
 */
public final class ProcedureDetector {

    private record Kind(String label, Pattern pattern) {
    }

    private static final List<Kind> KINDS = List.of(
            kind("Appel d'offres ouvert", "appel d'offres? ouvert|\\baoo\\b"),
            kind("Appel d'offres restreint", "appel d'offres? restreint|\\baor\\b"),
            kind("Procédure concurrentielle avec négociation", "procedure concurrentielle avec negociation"),
            kind("Dialogue compétitif", "dialogue competitif"),
            kind("Marché négocié sans publicité ni mise en concurrence préalables",
                    "(?:marche|procedure) negociee? sans publicite|sans publicite ni mise en concurrence"),
            kind("Procédure négociée avec mise en concurrence préalable", "procedure negociee avec (?:publicite|mise en concurrence)"),
            kind("Procédure adaptée", "procedure adaptee|\\bmapa\\b|r\\.? ?2123-1\\b|article 28 du code des marches publics"
                    + "|article 27 du decret n° ?2016-360"));

    private static final Pattern STATES = Pattern.compile(
            "procedure (?:de passation|utilisee|retenue|choisie|de consultation|de mise en concurrence|:)|passee? (?:selon|en|sous|par)"
                    + "|mode de passation|type de procedure|en application des articles|soumise? aux dispositions|est lancee?"
                    + "|forme de la procedure|procedure (?:est|sera)");
    private static final Pattern CONDITIONAL = Pattern.compile(
            "\\ben cas d|infructueu|similaires|r\\.? ?2122-7|\\bsi\\b|avenant|se reserve|le cas echeant|eventuellement");
    private static final Pattern FRAMEWORK = Pattern.compile("\\baccords?-cadres?\\b|\\baccords? cadres?\\b");

    /** The procedure, labelled in French, with the words it was read from; or null. */
    public Found<String> detect(List<Clause> clauses) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Found<String>> firstWeak = new LinkedHashMap<>();
        for (Texts.Line l : Texts.lines(clauses)) {
            String n = l.norm();
            for (Kind k : KINDS) {
                Matcher m = k.pattern.matcher(n);
                if (!m.find()) {
                    continue;
                }
                boolean conditional = CONDITIONAL.matcher(n).find();
                boolean title = n.replaceAll("[^a-z' ]", " ").strip().length() <= k.label.length() + 12;
                if (!conditional && (title || STATES.matcher(n).find())) {
                    return new Found<>(k.label, l.clause(), l.text());
                }
                if (!conditional) {
                    counts.merge(k.label, 1, Integer::sum);
                    firstWeak.putIfAbsent(k.label, new Found<>(k.label, l.clause(), l.text()));
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> firstWeak.get(e.getKey())).orElse(null);
    }

    /** True when the contract is (or includes) an accord-cadre; null when not said. */
    public Found<Boolean> frameworkAgreement(List<Clause> clauses) {
        for (Texts.Line l : Texts.lines(clauses)) {
            if (FRAMEWORK.matcher(l.norm()).find() && !CONDITIONAL.matcher(l.norm()).find()) {
                return new Found<>(Boolean.TRUE, l.clause(), l.text());
            }
        }
        return null;
    }

    private static Kind kind(String label, String rx) {
        return new Kind(label, Pattern.compile(rx));
    }
}
