package fr.boussole.batch.decp;

/**
 * A disagreement between what the DECP declare and what the DCE contains.
 *
 * @param tender    tender id
 * @param decpId    DECP contract id
 * @param match     how they were matched ("identifiant", or "objet (similarité 0,82)")
 * @param theme     "environnement" or "social"
 * @param declared  the DECP value(s)
 * @param found     the statuses Boussole found ("LEG-04 : manquant")
 * @param kind      {@link Kind}
 * @param message   French explanation
 */
public record DecpGap(String tender, String decpId, String match, String theme, String declared, String found,
                      Kind kind, String message) {

    /** Which way the disagreement goes. */
    public enum Kind {
        /** declared in the DECP, not found in the DCE */
        DECLARE_NON_TROUVE,
        /** found in the DCE, the DECP declare none */
        TROUVE_NON_DECLARE
    }
}
