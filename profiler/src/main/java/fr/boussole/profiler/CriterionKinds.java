package fr.boussole.profiler;

import fr.boussole.model.AwardCriterion.Kind;
import java.util.regex.Pattern;

/** Broad meaning of an award criterion from its name (folded). Environmental and social first: "qualité environnementale" is environmental. */
final class CriterionKinds {

    private static final Pattern ENVIRONMENTAL = Pattern.compile(
            "environnement|ecolog|developpement durable|carbone|\\bco2\\b|energ|sobriete|recycl|reemploi|reconditionn"
                    + "|\\beco-?(?:concep|respons|label|score|system|-)|emissions|dechets|biodiversite|circulaire|empreinte|impacts? environnement"
                    // products made to last (AGEC and REEN laws: repairability and durability indexes, spare parts)
                    + "|reparab|obsolescence|indice de durabilite|duree de vie|fin de vie|pieces detachees");
    private static final Pattern SOCIAL = Pattern.compile(
            "social|insertion|handicap|emploi|egalite|equitable|inclusion|solidaire|conditions de travail|formation des (?:jeunes|publics)");
    private static final Pattern COST = Pattern.compile("\\bcout|cycle de vie|\\btco\\b");
    private static final Pattern PRICE = Pattern.compile("\\bprix\\b|\\bmontant|offre financiere|\\btarif|proposition financiere"
            + "|\\bfinanci|\\beconomique");
    private static final Pattern DELAY = Pattern.compile("\\bdelais?\\b|rapidite|planning|calendrier|reactivite|\\bduree d'intervention");
    private static final Pattern TECHNICAL = Pattern.compile(
            "technique|qualite|methodolog|moyens|memoire|organisation|competence|references|fonctionnel|solution|performance"
                    + "|valeur|service|assistance|maintenance|support|securite|gouvernance|exploitation|transition|migration"
                    + "|ergonomie|accessibilit|demonstration|echantillon|experience|pertinence|adequation|capacite");

    private CriterionKinds() {
    }

    static Kind of(String name) {
        String n = Texts.fold(name);
        if (ENVIRONMENTAL.matcher(n).find() && !n.matches(".*\\benvironnement (?:technique|informatique|logiciel|applicatif).*")) {
            return Kind.ENVIRONMENTAL;
        }
        if (SOCIAL.matcher(n).find()) {
            return Kind.SOCIAL;
        }
        if (COST.matcher(n).find()) {
            return Kind.COST;
        }
        if (PRICE.matcher(n).find() && !n.matches(".*\\b(?:simplicite|lisibilite|transparence)\\b.*")) {
            return Kind.PRICE;
        }
        var delay = DELAY.matcher(n);
        if (delay.find() && delay.start() <= 3) {
            return Kind.DELAY; // "Délai de livraison", not "Transition (méthode et planning)"
        }
        if (TECHNICAL.matcher(n).find()) {
            return Kind.TECHNICAL;
        }
        return delay.find(0) ? Kind.DELAY : Kind.OTHER;
    }
}
