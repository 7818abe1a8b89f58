package fr.boussole.profiler;

import fr.boussole.model.BuyerType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kind of buyer from its name, as the law sorts them: State services, local authorities, their
 * groupings (EPCI, syndicats), public health establishments, offices publics de l'habitat, other
 * public establishments, and the rest (foundations, associations, SEM, SPL, GIP…).
 *
 * <p>A name starts with what the buyer is ("Communauté d'agglomération Plaine Commune" is an EPCI even
 * though it contains "Commune"), so a kind found at the start of the name wins; otherwise the most
 * specific kind found anywhere wins.
 */
public final class BuyerTypes {

    private record Rule(BuyerType type, Pattern pattern) {
    }

    /** Most specific first. */
    private static final List<Rule> RULES = List.of(
            rule(BuyerType.HOPITAL, "centre hospitalier|\\bc\\.?h\\.?u\\.?\\b|\\bc\\.?h\\.?r\\.?\\b|\\bght\\b|groupement hospitalier"
                    + "|\\bhopita(?:l|ux)\\b|assistance publique|hospices? civils?|etablissement public de sante|\\bepsm\\b"),
            rule(BuyerType.OPH, "office public de l'habitat|\\boph\\b|office public d'amenagement et de construction|\\bopac\\b"
                    + "|office public (?:municipal|communautaire|departemental|intercommunal)? ?d'h\\.?l\\.?m"),
            // the Métropole de Lyon is a collectivité à statut particulier (CGCT art. L3611-1), not an EPCI
            rule(BuyerType.COLLECTIVITE, "metropole de lyon"),
            rule(BuyerType.EPCI, "communaute d'agglomeration|communaute de communes|communaute urbaine|\\bmetropole\\b"
                    + "|etablissement public territorial|\\bept\\b|syndicat mixte|syndicat intercommunal|syndicat d'agglomeration"
                    + "|syndicat (?:departemental|regional) d'(?:energie|electricite)|\\bsivu\\b|\\bsivom\\b|\\bepci\\b"
                    + "|etablissement public de cooperation intercommunale|pole d'equilibre territorial|\\bpetr\\b"
                    + "|^(?:ca|cc|cu|cda|cdc)\\s"),
            rule(BuyerType.ETABLISSEMENT_PUBLIC, "\\bugap\\b|union des groupements d'achats publics|universite|etablissement public"
                    + "|\\bepa\\b|\\bepic\\b|\\bepl?e\\b|chambre (?:de commerce|des metiers|d'agriculture|regionale|de metiers)"
                    + "|\\bcci\\b|\\bcma\\b|\\bcrous\\b|\\blycee\\b|\\bcollege\\b|ecole (?:nationale|normale|superieure|centrale|polytechnique)"
                    + "|institut national|\\bcnrs\\b|\\binserm\\b|\\binrae?\\b|\\bcnes\\b|centre communal d'action sociale|\\bccas\\b"
                    + "|\\bcias\\b|\\bsdis\\b|service departemental d'incendie|agence (?:regionale|nationale|de l'eau|de services)"
                    + "|france travail|pole emploi|caisse des depots|musee national|bibliotheque nationale|centre national"
                    + "|office national|\\bonf\\b|\\bars\\b"),
            rule(BuyerType.ETAT, "\\bministere|\\bministre\\b|\\bprefecture|\\bprefet|\\bdirection (?:regionale|departementale"
                    + "|interregionale|interdepartementale)|\\bdreal\\b|\\bddtm?\\b|\\bddfip\\b|\\bdrfip\\b|\\bdgfip\\b|\\bdinum\\b"
                    + "|services? du premier ministre|secretariat general (?:du gouvernement|des ministeres|pour)"
                    + "|\\brectorat\\b|\\bacademie de\\b|\\bgendarmerie\\b|police nationale|\\barmees?\\b|\\bdouanes?\\b"
                    + "|administration penitentiaire|\\betat\\b|\\bcour d'appel\\b|tribunal judiciaire"),
            rule(BuyerType.COLLECTIVITE, "^(?:la |le |l')?(?:ville|commune|mairie)\\b|\\bville (?:de|du|des|d')|\\bcommune (?:de|du|des|d')"
                    + "|\\bmairie (?:de|du|des|d')|\\bdepartement (?:de|du|des|d')|conseil departemental|conseil general|\\bregion\\b"
                    + "|conseil regional|collectivite (?:territoriale|europeenne|de corse|d'alsace)|\\bcollectivite\\b"
                    + "|\\bcommune\\b"),
            rule(BuyerType.AUTRE, "\\bfondation\\b|\\bassociation\\b|societe d'economie mixte|\\bs\\.?e\\.?m\\b|\\bsaem\\b"
                    + "|societe publique locale|\\bspl\\b|groupement d'interet public|\\bgip\\b|\\besh\\b"
                    + "|entreprise sociale pour l'habitat|\\bs\\.?a\\.? d'h\\.?l\\.?m|caisse primaire|\\bcpam\\b|\\burssaf\\b"
                    + "|\\bsociete\\b"));

    private BuyerTypes() {
    }

    /** Kind of buyer named {@code name}, or null when the name does not say. */
    public static BuyerType of(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = Texts.fold(name).replaceFirst("^(?:la |le |les |l')", "");
        // a kind named at the very start of the name
        for (Rule r : RULES) {
            Matcher m = r.pattern.matcher(n);
            if (m.find() && m.start() == 0) {
                return r.type;
            }
        }
        for (Rule r : RULES) {
            if (r.pattern.matcher(n).find()) {
                return r.type;
            }
        }
        return null;
    }

    /** True when the name starts with a kind of organisation ("Ville de …", "Centre hospitalier …"). */
    static boolean startsWithOrganisation(String name) {
        String n = Texts.fold(name).replaceFirst("^(?:la |le |les |l')", "");
        for (Rule r : RULES) {
            Matcher m = r.pattern.matcher(n);
            if (m.find() && m.start() == 0) {
                // "Société …" alone is too vague to be a buyer heading a title page
                return r.type != BuyerType.AUTRE
                        || n.matches("^(?:fondation|association|groupement d'interet public|gip)\\b.*");
            }
        }
        return false;
    }

    private static Rule rule(BuyerType type, String rx) {
        return new Rule(type, Pattern.compile(rx));
    }
}
