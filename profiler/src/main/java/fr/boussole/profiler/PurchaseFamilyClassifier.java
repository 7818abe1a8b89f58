package fr.boussole.profiler;

import fr.boussole.model.Clause;
import fr.boussole.model.PurchaseFamily;
import fr.boussole.segmenter.FrenchNormalizer;
import fr.boussole.segmenter.NormalizedText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what is bought, as responsible-digital criteria care: hardware, software and IT services,
 * hosting and cloud, telecom, or something else. CPV codes decide first (the principal code weighs
 * most), then the words of the object; the technical content (term frequency) decides only when both
 * are silent, and otherwise only adds secondary families.
 */
public final class PurchaseFamilyClassifier {

    /** Main family, all families (main first) and why, in French. */
    public record FamilyDecision(PurchaseFamily main, List<PurchaseFamily> families, String reason) {
        public FamilyDecision {
            families = List.copyOf(families);
        }
    }

    private record CpvRule(String prefix, PurchaseFamily family, String label) {
    }

    /** Longest prefix wins. Labels are short French descriptions of the CPV 2008 groups. */
    private static final List<CpvRule> CPV = List.of(
            cpv("30", PurchaseFamily.HARDWARE, "machines de bureau et matériel informatique"),
            cpv("301", PurchaseFamily.OTHER, "machines et fournitures de bureau (hors informatique)"),
            cpv("3012", PurchaseFamily.HARDWARE, "photocopieurs et matériel d'impression"),
            cpv("302", PurchaseFamily.HARDWARE, "matériel et fournitures informatiques"),
            cpv("3021", PurchaseFamily.HARDWARE, "ordinateurs"),
            cpv("3023", PurchaseFamily.HARDWARE, "matériel informatique (écrans, imprimantes, périphériques)"),
            cpv("32", PurchaseFamily.TELECOM, "équipements de radio, télévision et télécommunications"),
            cpv("3225", PurchaseFamily.HARDWARE, "téléphones mobiles"),
            cpv("3232", PurchaseFamily.HARDWARE, "matériel audiovisuel"),
            cpv("3233", PurchaseFamily.HARDWARE, "matériel d'enregistrement et de reproduction"),
            cpv("3234", PurchaseFamily.HARDWARE, "microphones et haut-parleurs"),
            cpv("3235", PurchaseFamily.HARDWARE, "équipements audiovisuels"),
            cpv("3242", PurchaseFamily.TELECOM, "matériel de réseau"),
            cpv("3252", PurchaseFamily.TELECOM, "matériel de télécommunications"),
            cpv("3255", PurchaseFamily.TELECOM, "matériel téléphonique"),
            cpv("38652", PurchaseFamily.HARDWARE, "projecteurs"),
            cpv("48", PurchaseFamily.SOFTWARE_SERVICES, "logiciels et systèmes d'information"),
            cpv("4882", PurchaseFamily.HARDWARE, "serveurs"),
            cpv("5031", PurchaseFamily.HARDWARE, "entretien de matériel de bureau et informatique"),
            cpv("5032", PurchaseFamily.HARDWARE, "réparation et entretien d'ordinateurs"),
            cpv("5033", PurchaseFamily.TELECOM, "entretien de matériel de télécommunications"),
            cpv("5034", PurchaseFamily.HARDWARE, "entretien de matériel audiovisuel"),
            cpv("5131", PurchaseFamily.TELECOM, "installation de matériel de communication"),
            cpv("5161", PurchaseFamily.HARDWARE, "installation d'ordinateurs et de matériel de bureau"),
            cpv("64", PurchaseFamily.TELECOM, "services des postes et télécommunications"),
            cpv("641", PurchaseFamily.OTHER, "services postaux et de courrier"),
            cpv("642", PurchaseFamily.TELECOM, "services de télécommunications"),
            cpv("72", PurchaseFamily.SOFTWARE_SERVICES, "services informatiques"),
            cpv("7222", PurchaseFamily.SOFTWARE_SERVICES, "conseil en systèmes informatiques"),
            cpv("7225", PurchaseFamily.SOFTWARE_SERVICES, "maintenance des systèmes et assistance"),
            cpv("723", PurchaseFamily.SOFTWARE_SERVICES, "services relatifs aux données"),
            cpv("72317", PurchaseFamily.HOSTING_CLOUD, "stockage de données"),
            cpv("72318", PurchaseFamily.TELECOM, "transmission de données"),
            cpv("72411", PurchaseFamily.TELECOM, "fournisseurs d'accès à internet"),
            cpv("72415", PurchaseFamily.HOSTING_CLOUD, "hébergement de sites web"),
            cpv("72416", PurchaseFamily.HOSTING_CLOUD, "fournisseurs de services d'applications"),
            cpv("725", PurchaseFamily.SOFTWARE_SERVICES, "services de gestion informatique (infogérance)"),
            cpv("726", PurchaseFamily.SOFTWARE_SERVICES, "assistance et conseil informatiques"),
            cpv("727", PurchaseFamily.SOFTWARE_SERVICES, "services de réseaux informatiques (exploitation)"),
            cpv("8053311", PurchaseFamily.SOFTWARE_SERVICES, "formation informatique"),
            cpv("45", PurchaseFamily.OTHER, "travaux de construction"),
            cpv("71", PurchaseFamily.OTHER, "architecture et ingénierie"),
            cpv("79", PurchaseFamily.OTHER, "services aux entreprises"),
            cpv("7971", PurchaseFamily.OTHER, "services de sécurité et de gardiennage"),
            cpv("90", PurchaseFamily.OTHER, "assainissement, nettoyage et environnement"),
            cpv("55", PurchaseFamily.OTHER, "hôtellerie et restauration"),
            cpv("39", PurchaseFamily.OTHER, "mobilier et équipements"),
            cpv("22", PurchaseFamily.OTHER, "imprimés"),
            cpv("80", PurchaseFamily.OTHER, "enseignement et formation"));

    private record Words(PurchaseFamily family, Pattern pattern) {
    }

    private static final List<Words> OBJECT_WORDS = List.of(
            words(PurchaseFamily.OTHER, "\\btravaux\\b|gardiennage|surveillance (?:des locaux|humaine|des sites)|securite incendie"
                    + "|nettoyage|entretien des (?:locaux|espaces)|restauration (?:collective|scolaire)|\\brepas\\b|denrees"
                    + "|espaces verts|fournitures de bureau|mobilier|vehicules|carburants?|\\bassurances?\\b|transport (?:scolaire|de personnes)"
                    + "|maitrise d'oeuvre|construction|renovation|amenagement des|\\bbatiments?\\b|voirie|chantier|toiture|plomberie"
                    + "|chauffage|fourniture d'(?:energie|electricite|gaz)|blanchisserie|traiteur|dechets"),
            words(PurchaseFamily.HOSTING_CLOUD, "hebergement|\\bheberge|\\bcloud\\b|\\bsaas\\b|\\biaas\\b|\\bpaas\\b|\\bdaas\\b"
                    + "|datacenter|data center|centres? de donnees|infogerance d'infrastructures?|colocation|stockage de donnees"
                    + "|sauvegarde externalisee"),
            words(PurchaseFamily.HARDWARE, "ordinateurs?|\\bportables?\\b|postes? de travail|postes informatiques|\\becrans?\\b|moniteurs?"
                    + "|tablettes?|smartphones?|telephones? (?:mobiles|portables)|imprimantes?|copieurs?|photocopieurs?|multifonctions?"
                    + "|\\bserveurs?\\b|materiels? informatiques?|equipements? informatiques?|peripheriques|consommables informatiques"
                    + "|clients legers|videoprojecteurs?|tableaux? (?:blancs? )?interactifs?|\\bpc\\b"),
            words(PurchaseFamily.TELECOM, "telephonie|telecommunications?|\\btelecoms?\\b|\\boperateurs?\\b|\\bfibre\\b|\\bliaisons?\\b"
                    + "|acces (?:a )?internet|\\breseaux? (?:de )?(?:telecommunications?|telephon\\w*|mobiles?|operateurs?|etendus?|fibre)|\\bwan\\b|\\blan\\b|wi-?fi|standard telephonique|forfaits? mobiles?"
                    + "|lignes? (?:fixes|mobiles)|interconnexion|\\bvpn\\b|\\bmpls\\b"),
            words(PurchaseFamily.SOFTWARE_SERVICES, "logiciels?|progiciels?|developpement|\\bapplications?\\b|applicatif|site (?:internet|web)"
                    + "|\\bportail|\\btma\\b|tierce maintenance|maintenance applicative|assistance informatique|prestations? informatiques?"
                    + "|infogerance|systemes? d'information|\\blicences?\\b|\\berp\\b|\\bged\\b|\\bsirh\\b|\\bcrm\\b|dematerialisation"
                    + "|plateforme numerique|services? numeriques?|solution (?:informatique|logicielle|numerique|de gestion)"
                    + "|messagerie|cybersecurite|securite informatique|\\bsupervision\\b|\\bmco\\b|support (?:aux )?utilisateurs|helpdesk"));

    private static final List<Words> CONTENT_WORDS = List.of(
            words(PurchaseFamily.OTHER, "\\btravaux\\b|\\bchantier|gardiennage|nettoyage|\\bmaconnerie|\\bcharpente|\\bplatrerie"
                    + "|\\bagents? de (?:surveillance|securite)|\\bdenrees|\\brepas\\b"),
            words(PurchaseFamily.HOSTING_CLOUD, "hebergement|\\bheberge|\\bcloud\\b|\\bsaas\\b|\\biaas\\b|\\bdaas\\b|datacenter"
                    + "|centres? de donnees"),
            words(PurchaseFamily.HARDWARE, "ordinateurs?|postes? de travail|\\becrans?\\b|imprimantes?|copieurs?|tablettes?"
                    + "|smartphones?|materiels? informatiques?"),
            words(PurchaseFamily.TELECOM, "telephonie|telecommunications?|\\boperateurs? (?:de telecommunications|telecom)|\\bfibre\\b"
                    + "|acces (?:a )?internet"),
            words(PurchaseFamily.SOFTWARE_SERVICES, "logiciels?|progiciels?|applicatif|maintenance applicative|\\btma\\b|\\blicences?\\b"
                    + "|developpements?\\b|\\bediteur"));

    private static final double PRINCIPAL_CPV = 4;
    private static final double OTHER_CPV = 2;
    private static final double OBJECT = 3;
    private static final int CONTENT_MIN = 5;
    private static final int CONTENT_SECONDARY_MIN = 8;

    /**
     * @param cpv       CPV codes, principal first (may be empty)
     * @param object    object of the contract (may be null)
     * @param content   technical clauses (CCTP/CCP) for the last resort (may be empty)
     */
    public FamilyDecision classify(List<String> cpv, String object, List<Clause> content) {
        Map<PurchaseFamily, Double> score = new EnumMap<>(PurchaseFamily.class);
        List<String> reasons = new ArrayList<>();

        // 1. CPV codes
        Map<PurchaseFamily, List<String>> byCpv = new LinkedHashMap<>();
        for (int i = 0; i < cpv.size(); i++) {
            CpvRule r = rule(cpv.get(i));
            if (r == null) {
                continue;
            }
            score.merge(r.family, i == 0 ? PRINCIPAL_CPV : OTHER_CPV, Double::sum);
            byCpv.computeIfAbsent(r.family, k -> new ArrayList<>()).add("CPV " + cpv.get(i) + " (" + r.label + ")");
        }
        // 2. words of the object; the first kind named is the head of the object
        Map<PurchaseFamily, Set<String>> byObject = new LinkedHashMap<>();
        if (object != null && !object.isBlank()) {
            NormalizedText map = FrenchNormalizer.map(object);
            String n = map.text();
            List<int[]> firsts = new ArrayList<>();
            for (Words w : OBJECT_WORDS) {
                Matcher m = w.pattern.matcher(n);
                while (m.find()) {
                    String original = object.substring(map.originalStart(m.start()), map.originalEnd(m.end()));
                    byObject.computeIfAbsent(w.family, k -> new LinkedHashSet<>()).add(original.toLowerCase(java.util.Locale.ROOT));
                    firsts.add(new int[] {m.start(), w.family.ordinal()});
                }
            }
            firsts.sort((a, b) -> Integer.compare(a[0], b[0]));
            boolean head = true;
            Set<PurchaseFamily> counted = new LinkedHashSet<>();
            for (int[] f : firsts) {
                PurchaseFamily fam = PurchaseFamily.values()[f[1]];
                if (counted.add(fam)) {
                    score.merge(fam, head ? OBJECT + 0.5 : OBJECT, Double::sum);
                    head = false;
                }
            }
        }
        // 3. content: decides when nothing else spoke, else adds secondary digital families
        Map<PurchaseFamily, Integer> tf = termFrequencies(content);
        boolean silent = score.isEmpty();
        if (silent) {
            // the share of each family's vocabulary decides, not a capped count
            int all = tf.values().stream().mapToInt(Integer::intValue).sum();
            tf.forEach((f, count) -> {
                if (count >= CONTENT_MIN) {
                    score.merge(f, 3.0 * count / all, Double::sum);
                }
            });
        }
        if (score.isEmpty()) {
            return new FamilyDecision(PurchaseFamily.OTHER, List.of(PurchaseFamily.OTHER),
                    "ni code CPV, ni mot de l'objet, ni vocabulaire du CCTP n'indiquent un achat numérique");
        }
        PurchaseFamily main = score.entrySet().stream()
                .max(Map.Entry.<PurchaseFamily, Double>comparingByValue().thenComparing(e -> -e.getKey().ordinal()))
                .orElseThrow().getKey();
        int supplied = hardwareSupplyClauses(content);
        int telecomSupplied = supplyClauses(content, TELECOM_SUPPLY);
        if (!silent && main.isDigital()) {
            // hardware is a secondary family only when the contractor supplies some, not when the
            // CCTP merely talks about the buyer's machines (a managed fleet, a VDI environment…)
            if (supplied > 0 && !score.containsKey(PurchaseFamily.HARDWARE)) {
                score.put(PurchaseFamily.HARDWARE, 1.0 + supplied / 10_000.0);
            }
            if (telecomSupplied > 0 && !score.containsKey(PurchaseFamily.TELECOM)) {
                score.put(PurchaseFamily.TELECOM, 1.0 + telecomSupplied / 10_000.0);
            }
            tf.forEach((f, count) -> {
                if (f == PurchaseFamily.HOSTING_CLOUD && count >= CONTENT_SECONDARY_MIN && !score.containsKey(f)) {
                    score.put(f, 1.0 + count / 10_000.0); // secondary; more mentions first
                }
            });
        }
        List<PurchaseFamily> families = new ArrayList<>();
        families.add(main);
        score.entrySet().stream()
                .filter(e -> e.getKey() != main && e.getKey().isDigital() && main.isDigital())
                .sorted(Map.Entry.<PurchaseFamily, Double>comparingByValue().reversed())
                .forEach(e -> families.add(e.getKey()));

        // reason, in French, main family first
        for (PurchaseFamily f : families) {
            List<String> parts = new ArrayList<>();
            if (byCpv.containsKey(f)) {
                parts.add(String.join(", ", byCpv.get(f)));
            }
            if (byObject.containsKey(f)) {
                parts.add("objet : " + quoted(byObject.get(f)));
            }
            if (f == PurchaseFamily.HARDWARE && !silent && supplied > 0 && !byCpv.containsKey(f) && !byObject.containsKey(f)) {
                parts.add("CCTP : le titulaire fournit du matériel (" + supplied + " clause(s))");
            } else if (f == PurchaseFamily.TELECOM && !silent && telecomSupplied > 0 && !byCpv.containsKey(f)
                    && !byObject.containsKey(f)) {
                parts.add("CCTP : le titulaire fournit des services ou équipements de télécoms (" + telecomSupplied
                        + " clause(s))");
            } else if (tf.containsKey(f) && (silent || !byCpv.containsKey(f) && !byObject.containsKey(f))) {
                parts.add("CCTP : " + tf.get(f) + " mentions (" + CONTENT_LABEL.get(f) + ")");
            }
            if (!parts.isEmpty()) {
                reasons.add(f.label() + " — " + String.join(" ; ", parts));
            }
        }
        return new FamilyDecision(main, families, String.join(" | ", reasons));
    }

    private static final Map<PurchaseFamily, String> CONTENT_LABEL = Map.of(
            PurchaseFamily.OTHER, "travaux, chantier, gardiennage, nettoyage…",
            PurchaseFamily.HOSTING_CLOUD, "hébergement, cloud, SaaS…",
            PurchaseFamily.HARDWARE, "ordinateurs, écrans, imprimantes…",
            PurchaseFamily.TELECOM, "téléphonie, télécommunications, fibre…",
            PurchaseFamily.SOFTWARE_SERVICES, "logiciel, licences, maintenance applicative…");

    /** Family of one CPV code, or null for an unknown division. */
    public static PurchaseFamily ofCpv(String code) {
        CpvRule r = rule(code);
        return r == null ? null : r.family;
    }

    private static CpvRule rule(String code) {
        if (code == null) {
            return null;
        }
        String c = code.replaceAll("\\D", "");
        CpvRule best = null;
        for (CpvRule r : CPV) {
            if (c.startsWith(r.prefix) && (best == null || r.prefix.length() > best.prefix.length())) {
                best = r;
            }
        }
        if (best == null && c.length() >= 2) {
            return new CpvRule(c.substring(0, 2), PurchaseFamily.OTHER, "division " + c.substring(0, 2));
        }
        return best;
    }

    /** A supply verb of the contractor, then a device within the next words (e.g. "le titulaire fournit 40 portables"). */
    private static final Pattern SUPPLY = Pattern.compile(
            "(?:fourni(?:r|t|ra|ront|ssent|ture|tures)\\b|\\blivr(?:er|e|era|eront|aison)\\b|acqui(?:sition|erir)|\\bachat\\b"
                    + "|a la charge du (?:titulaire|prestataire)|mise a disposition).{0,100}?(?:ordinateurs?|postes? (?:de travail|informatiques?)"
                    + "|ecrans? (?:d'ordinateur|plats?|informatiques?|tactiles?|d'affichage)|moniteurs?|imprimantes?|copieurs?|tablettes?"
                    + "|smartphones?|telephones? (?:mobiles|portables)|serveurs? (?:physiques?|rackables?|lames?)|materiels? informatiques?"
                    + "|ordinateurs? portables?)");
    /** A supply of telecom services or equipment by the contractor. */
    private static final Pattern TELECOM_SUPPLY = Pattern.compile(
            "(?:fourni(?:r|t|ra|ront|ssent|ture|tures)\\b|\\blivr(?:er|e|era|eront|aison)\\b|acqui(?:sition|erir)|\\bachat\\b"
                    + "|a la charge du (?:titulaire|prestataire)|mise a disposition|\\bouverture)\\b.{0,100}?(?:lignes? (?:fixes|mobiles|telephoniques)"
                    + "|forfaits?|abonnements? (?:mobiles?|telephoniques?|internet)|acces (?:a )?internet|liaisons? (?:fibre|dediees?|internet)"
                    + "|telephones?|smartphones?|standard telephonique|cartes? sim|routeurs?|commutateurs?|bornes? wi-?fi)");

    /** Our contractor, in the singular: "des titulaires référencés" of other contracts do not count. */
    private static final Pattern SUPPLIER = Pattern.compile(
            "\\b(?:le|du|au) (?:titulaire|prestataire|fournisseur|candidat|attributaire|soumissionnaire)\\b");

    /** Clauses in which the contractor supplies hardware (supply verb + contractor + device, same clause). */
    private static int hardwareSupplyClauses(List<Clause> content) {
        return supplyClauses(content, SUPPLY);
    }

    private static int supplyClauses(List<Clause> content, Pattern supply) {
        int n = 0;
        if (content == null) {
            return 0;
        }
        for (Clause c : content) {
            if (Texts.nonBinding(c)) {
                continue;
            }
            String t = c.normText() != null ? c.normText() : Texts.fold(c.text());
            if (supply.matcher(t).find() && SUPPLIER.matcher(t).find()) {
                n++;
            }
        }
        return n;
    }

    private static Map<PurchaseFamily, Integer> termFrequencies(List<Clause> content) {
        Map<PurchaseFamily, Integer> tf = new EnumMap<>(PurchaseFamily.class);
        if (content == null) {
            return tf;
        }
        for (Clause c : content) {
            if (Texts.nonBinding(c)) {
                continue;
            }
            String n = c.normText() != null ? c.normText() : Texts.fold(c.text());
            for (Words w : CONTENT_WORDS) {
                Matcher m = w.pattern.matcher(n);
                while (m.find()) {
                    tf.merge(w.family, 1, Integer::sum);
                }
            }
        }
        return tf;
    }

    private static String quoted(Set<String> words) {
        List<String> q = new ArrayList<>();
        for (String w : words) {
            q.add("« " + w + " »");
        }
        return String.join(", ", q);
    }

    private static CpvRule cpv(String prefix, PurchaseFamily family, String label) {
        return new CpvRule(prefix, family, label);
    }

    private static Words words(PurchaseFamily family, String rx) {
        return new Words(family, Pattern.compile(rx));
    }
}
