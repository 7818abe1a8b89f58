package fr.boussole.report;

import fr.boussole.model.Amount;
import fr.boussole.model.AppliedWaiver;
import fr.boussole.model.AwardCriterion;
import fr.boussole.model.BuyerType;
import fr.boussole.model.CheckResult;
import fr.boussole.model.CheckResult.PieceSummary;
import fr.boussole.model.CheckSummary;
import fr.boussole.model.Evidence;
import fr.boussole.model.Lot;
import fr.boussole.model.PackRef;
import fr.boussole.model.PieceRole;
import fr.boussole.model.Problem;
import fr.boussole.model.ProblemCode;
import fr.boussole.model.PurchaseFamily;
import fr.boussole.model.QualityScore;
import fr.boussole.model.Severity;
import fr.boussole.model.SourceRef;
import fr.boussole.model.Status;
import fr.boussole.model.Suggestion;
import fr.boussole.model.TenderProfile;
import fr.boussole.model.Verdict;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A realistic, hand-made check result: a municipal purchase of workstations and screens judged by three packs
 * (national law, DINUM guide, a local OPSN overlay), sixteen verdicts covering every status and severity.
 * Wording is ours; references name the official texts.
 */
final class Fixtures {

    static final String RC = "RC_AO-2026-017.pdf";
    static final String CCAP = "CCAP.docx";
    static final String CCTP = "Technique/CCTP.odt";
    static final String AE = "AE.pdf";
    static final String BPU = "BPU.xlsx";

    // Quotes found in the CCAP (DOCX) and CCTP (ODT) fixtures; the generated documents write them with
    // other spacing and case, inside longer paragraphs or across table cells.
    static final String Q_CCAP_EXEC_ENV =
            "Le titulaire assure la reprise des emballages de livraison et leur valorisation dans une filière agréée.";
    static final String Q_CCAP_DEEE = "Le titulaire pourra, le cas échéant, reprendre les matériels réformés";
    static final String Q_CCAP_GARANTIE = "La garantie est limitée à douze mois à compter de la livraison";
    static final String Q_CCAP_PROGRES = "Clause de progrès Le titulaire propose chaque année les nouveaux matériels labellisés";
    static final String Q_CCTP_REEMPLOI = "Au moins 20 % des postes de travail livrés sont des matériels reconditionnés";
    static final String Q_CCTP_REPARABILITE =
            "L'indice de réparabilité des matériels proposés n'est pas pris en compte dans l'analyse des offres.";
    static final String Q_CCTP_LABELS = "Les écrans sont certifiés TCO Certified ou équivalent";
    static final String Q_CCTP_EMBALLAGES = "Les emballages sont réduits au strict nécessaire et composés de fibres recyclées";
    static final String Q_CCTP_ENERGIE = "consommation électrique typique (TEC) exprimée en kWh par an";

    static final Instant CHECKED_AT = Instant.parse("2026-10-02T08:30:00Z");

    private Fixtures() {
    }

    static CheckResult result() {
        List<Verdict> verdicts = verdicts();
        return new CheckResult(CheckResult.SCHEMA_VERSION, "boussole 0.1.0", CHECKED_AT, "AO-2026-017",
                "/dossiers/AO-2026-017.zip", profile(), pieces(), packs(), verdicts, qualities(), summary(verdicts),
                problems());
    }

    static TenderProfile profile() {
        SourceRef objectSrc = new SourceRef("p1#0003", RC, 1, "Article 1", "Fourniture de postes de travail");
        List<AwardCriterion> award = List.of(
                new AwardCriterion("Prix", 55.0, "%", 55.0, AwardCriterion.Kind.PRICE, null,
                        new SourceRef("p1#0101", RC, 7, "Article 8 > 8.1", "Prix : 55 %")),
                new AwardCriterion("Valeur technique", 40.0, "%", 40.0, AwardCriterion.Kind.TECHNICAL, List.of(
                        new AwardCriterion("Qualité et robustesse des matériels", 25.0, "points", null,
                                AwardCriterion.Kind.TECHNICAL, null, null),
                        new AwardCriterion("Organisation du service après-vente", 15.0, "points", null,
                                AwardCriterion.Kind.TECHNICAL, null, null)),
                        new SourceRef("p1#0102", RC, 7, "Article 8 > 8.1", "Valeur technique : 40 %")),
                new AwardCriterion("Performance environnementale", 5.0, "%", 5.0,
                        AwardCriterion.Kind.ENVIRONMENTAL, null,
                        new SourceRef("p1#0103", RC, 7, "Article 8 > 8.2", "Performance environnementale : 5 %")));
        return new TenderProfile(
                "Fourniture de postes de travail, d'écrans et de services associés pour les services municipaux",
                "Ville de Saint-Aubin-sur-Loire", BuyerType.COLLECTIVITE, "Appel d'offres ouvert",
                List.of("30213000", "30231000"),
                List.of(new Lot("1", "Postes de travail fixes et portables", null), new Lot("2", "Écrans", null)),
                new Amount(new BigDecimal("480000"), "HT", "estimation", false), LocalDate.of(2026, 9, 14),
                LocalDateTime.of(2026, 10, 30, 12, 0), List.of("FCS"), "12 mois reconductible 3 fois", 48, award,
                PurchaseFamily.HARDWARE, List.of(PurchaseFamily.HARDWARE, PurchaseFamily.SOFTWARE_SERVICES),
                "Codes CPV 30213000 (ordinateurs personnels) et objet « fourniture de postes de travail »",
                Map.of("object", objectSrc));
    }

    static List<PieceSummary> pieces() {
        return List.of(
                new PieceSummary("p1", RC, PieceRole.RC, "nom du fichier « RC » et titre « Règlement de la consultation »",
                        12, 140, "a1", null, null),
                new PieceSummary("p2", CCAP, PieceRole.CCAP, "nom du fichier « CCAP »", null, 96, "b2", null, null),
                new PieceSummary("p3", CCTP, PieceRole.CCTP, "nom du fichier « CCTP »", null, 120, "c3", null, null),
                new PieceSummary("p4", AE, PieceRole.AE, "titre « Acte d'engagement »", 3, 18, "d4", List.of(3),
                        List.of(Problem.pages(AE, ProblemCode.PAGE_SCANNED, "page scannée sans texte", List.of(3)))),
                new PieceSummary("p5", BPU, PieceRole.BPU, "nom du fichier « BPU »", null, 42, "e5", null, null));
    }

    static List<PackRef> packs() {
        return List.of(
                new PackRef("loi", "1.2.0", "3f1c0b7e55aa", "Obligations légales d'un achat numérique responsable",
                        "Équipe Boussole", "builtin:loi"),
                new PackRef("guide-dinum", "0.9.0", "9ab24c4417de", "Guide pratique pour des achats numériques responsables",
                        "Équipe Boussole", "builtin:guide-dinum"),
                new PackRef("opsn-ouest", "2026.1.0", "0c77d1a2b3f4", "Doctrine locale de l'OPSN Ouest",
                        "OPSN Ouest", "packs/opsn-ouest.zip"));
    }

    static List<Problem> problems() {
        return List.of(
                Problem.of("Annexes/Plan_des_sites.pdf", ProblemCode.FILE_CORRUPT, "fichier corrompu ou tronqué",
                        "EOF marker not found"),
                Problem.pages(AE, ProblemCode.PAGE_SCANNED, "page scannée sans texte", List.of(3)));
    }

    private static Evidence ev(String clause, String piece, PieceRole role, Integer page, String article, String quote,
                               String fp, String signal, String effect, String note) {
        return new Evidence(clause, piece, role, page, article, quote, fp, signal, effect, note);
    }

    static List<Verdict> verdicts() {
        List<Verdict> v = new ArrayList<>();
        String ccp = "Code de la commande publique";
        v.add(new Verdict("LEG-01", "loi", "1.2.0", "Critère d'attribution environnemental", Status.PARTIAL,
                Severity.OBLIGATION,
                "Le règlement de la consultation prévoit un critère environnemental, mais pondéré à 5 % seulement.",
                "Critère environnemental trouvé dans le RC ; sa pondération (5 %) est inférieure aux 10 % retenus par le pack.",
                List.of(ev("p1#0103", RC, PieceRole.RC, 7, "Article 8 > 8.2", "Performance environnementale : 5 %",
                        "fp-rc-0103", "critere-environnemental", "partial", "pondération 5 % < 10 % recommandés")),
                new Suggestion("RC", "Critère n° 3 – Performance environnementale de l'offre (10 %) : appréciée au vu du "
                        + "cadre de réponse environnemental joint, notamment la durée de garantie, la disponibilité des "
                        + "pièces détachées et la part de matériels reconditionnés.",
                        ccp + ", art. L2152-7 ; Guide pratique pour des achats numériques responsables (DINUM/DAE, 2021), fiche « RC »"),
                "environnement", List.of("frugal", "protecteur"), ccp + ", art. L2152-7",
                List.of("loi@1.2.0", "rule: weight-below-min (priority 400)"), null));
        v.add(new Verdict("LEG-02", "loi", "1.2.0", "Pas d'attribution sur le seul critère du prix", Status.COVERED,
                Severity.OBLIGATION, "Les offres sont jugées sur plusieurs critères pondérés.",
                "Plusieurs critères pondérés figurent à l'article 8 du RC.",
                List.of(ev("p1#0100", RC, PieceRole.RC, 7, "Article 8 > 8.1",
                        "Le jugement des offres sera effectué selon les critères pondérés suivants", "fp-rc-0100",
                        "criteres-multiples", "covers", null)),
                null, "environnement", List.of("equitable"), ccp + ", art. R2152-7", List.of("loi@1.2.0"), null));
        v.add(new Verdict("LEG-03", "loi", "1.2.0", "Condition d'exécution environnementale", Status.COVERED,
                Severity.OBLIGATION, "Le CCAP impose une condition d'exécution environnementale.",
                "Clause contraignante (« assure ») trouvée à l'article 12.3 du CCAP.",
                List.of(ev("p2#0044", CCAP, PieceRole.CCAP, null, "Article 12 > 12.3", Q_CCAP_EXEC_ENV, "fp-ccap-0044",
                        "condition-execution-env", "covers", null)),
                null, "environnement", List.of("frugal"), ccp + ", art. L2112-2", List.of("loi@1.2.0"), null));
        v.add(new Verdict("LEG-04", "loi", "1.2.0", "Condition d'exécution sociale (marchés au-dessus des seuils européens)",
                Status.MISSING, Severity.OBLIGATION,
                "Aucune condition d'exécution sociale ou relative à l'emploi n'a été trouvée, alors que le montant estimé dépasse le seuil européen.",
                "Aucun signal de clause sociale dans le CCAP ni le CCTP ; montant estimé 480 000 € HT ≥ 221 000 €.",
                List.of(), new Suggestion("CCAP", "Article – Clause sociale d'insertion : le titulaire réserve à des "
                        + "personnes éloignées de l'emploi au moins 5 % des heures travaillées pour l'exécution du marché, "
                        + "avec l'appui du facilitateur local, et en rend compte chaque année.",
                        ccp + ", art. L2112-2-1 ; loi n° 2021-1104 du 22 août 2021, art. 35"),
                "social", List.of("equitable", "inclusif"), ccp + ", art. L2112-2-1", List.of("loi@1.2.0"), null));
        v.add(new Verdict("LEG-05", "loi", "1.2.0", "Biens issus du réemploi ou intégrant des matières recyclées",
                Status.COVERED, Severity.OBLIGATION,
                "Le CCTP et le BPU prévoient une part de matériels reconditionnés.",
                "Exigence contraignante au CCTP (article 3.2) et lignes de prix dédiées au BPU.",
                List.of(ev("p3#0031", CCTP, PieceRole.CCTP, null, "Article 3 > 3.2", Q_CCTP_REEMPLOI, "fp-cctp-0031",
                                "part-reemploi", "covers", null),
                        ev("p5#0012", BPU, PieceRole.BPU, null, null, "Poste de travail reconditionné grade A",
                                "fp-bpu-0012", "ligne-reconditionne", "covers", null)),
                null, "environnement", List.of("frugal", "innovant"),
                "Loi n° 2020-105 du 10 février 2020 (AGEC), art. 58 ; décret n° 2021-254", List.of("loi@1.2.0"), null));
        v.add(new Verdict("LEG-06", "loi", "1.2.0", "Prise en compte de l'indice de réparabilité", Status.CONTRADICTED,
                Severity.OBLIGATION, "Le CCTP écarte explicitement l'indice de réparabilité de l'analyse des offres.",
                "Un signal « contredit » a été trouvé à l'article 5.1 du CCTP.",
                List.of(ev("p3#0052", CCTP, PieceRole.CCTP, null, "Article 5 > 5.1", Q_CCTP_REPARABILITE,
                        "fp-cctp-0052", "exclusion-indice", "contradicts", null)),
                new Suggestion("RC", "Sous-critère « Réparabilité » : l'indice de réparabilité (ou de durabilité) des "
                        + "matériels proposés est pris en compte dans la note de performance environnementale.",
                        "Loi n° 2021-1485 du 15 novembre 2021 (REEN), art. 15"),
                "environnement", List.of("frugal", "capacitant"), "Loi n° 2021-1485 (REEN), art. 15",
                List.of("loi@1.2.0"), null));
        v.add(new Verdict("LEG-07", "loi", "1.2.0", "Accessibilité numérique (RGAA)", Status.NOT_APPLICABLE,
                Severity.OBLIGATION, "Ne s'applique pas : achat de matériels, sans service numérique en ligne.",
                "Famille d'achat « matériels » hors du champ du critère.", List.of(), null, "accessibilite",
                List.of("inclusif"), "Loi n° 2005-102, art. 47 ; décret n° 2019-768", List.of("loi@1.2.0"), null));
        v.add(new Verdict("GUI-01", "guide-dinum", "0.9.0", "Labels environnementaux acceptés « ou équivalent »",
                Status.COVERED, Severity.RECOMMANDATION, "Le CCTP cite un label environnemental en acceptant l'équivalent.",
                "Label cité avec la mention « ou équivalent ».",
                List.of(ev("p3#0040", CCTP, PieceRole.CCTP, null, "Article 4", Q_CCTP_LABELS, "fp-cctp-0040",
                        "label-equivalent", "covers", null)),
                null, "environnement", List.of("frugal", "equitable"), ccp + ", art. R2111-12 à R2111-17",
                List.of("guide-dinum@0.9.0"), null));
        v.add(new Verdict("GUI-02", "guide-dinum", "0.9.0", "Reprise et traitement des DEEE", Status.PARTIAL,
                Severity.RECOMMANDATION, "La reprise des matériels réformés n'est qu'une faculté laissée au titulaire.",
                "Clause trouvée, formulée comme une simple faculté (« pourra, le cas échéant »).",
                List.of(ev("p2#0061", CCAP, PieceRole.CCAP, null, "Article 14", Q_CCAP_DEEE, "fp-ccap-0061",
                        "reprise-deee", "partial", "formulé comme une simple faculté")),
                new Suggestion("CCAP", "Le titulaire reprend sans frais les matériels remplacés, les oriente en priorité "
                        + "vers le réemploi, et remet un certificat d'effacement sécurisé des données pour chaque appareil.",
                        "Code de l'environnement, art. R543-172 et suivants ; Guide pratique pour des achats numériques responsables (DINUM/DAE, 2021), fiche « Matériels bureautiques »"),
                "environnement", List.of("frugal", "protecteur"), "Code de l'environnement, art. R543-172 s.",
                List.of("guide-dinum@0.9.0"), null));
        v.add(new Verdict("GUI-03", "guide-dinum", "0.9.0", "Garantie d'au moins trois ans", Status.CONTRADICTED,
                Severity.RECOMMANDATION, "Le CCAP limite la garantie à douze mois.",
                "Durée de garantie inférieure au minimum du critère (36 mois).",
                List.of(ev("p2#0038", CCAP, PieceRole.CCAP, null, "Article 9 > 9.1", Q_CCAP_GARANTIE, "fp-ccap-0038",
                        "garantie-courte", "contradicts", "12 mois < 36 mois")),
                new Suggestion("CCAP", "La garantie des matériels, pièces, main-d'œuvre et déplacement compris, est de "
                        + "cinq ans à compter de l'admission ; elle couvre la batterie des postes portables.",
                        "Guide pratique pour des achats numériques responsables (DINUM/DAE, 2021), fiche « Matériels bureautiques », partie CCAP"),
                "environnement", List.of("frugal"), "Guide DINUM/DAE 2021, fiche matériels bureautiques",
                List.of("guide-dinum@0.9.0"), null));
        v.add(new Verdict("GUI-04", "guide-dinum", "0.9.0", "Mises à jour logicielles pendant la durée d'usage",
                Status.MISSING, Severity.RECOMMANDATION, "Aucun engagement de mise à jour du système et des logiciels.",
                "Aucun signal trouvé dans le CCTP.", List.of(),
                new Suggestion("CCTP", "Le titulaire garantit la fourniture des mises à jour de sécurité du système "
                        + "d'exploitation et des micrologiciels pendant au moins cinq ans après la livraison.",
                        "Loi n° 2020-105 (AGEC), art. 27 ; RGESN 2024, critère 3.4"),
                "environnement", List.of("protecteur", "frugal"), "RGESN 2024, critère 3.4", List.of("guide-dinum@0.9.0"),
                new AppliedWaiver("Postes livrés sous un système libre maintenu par la DSI ; engagement du titulaire "
                        + "sans objet (note DSI du 12/09/2026).", "Service de la commande publique",
                        LocalDate.of(2026, 9, 20), LocalDate.of(2027, 9, 20), "AO-2026-*", true)));
        v.add(new Verdict("GUI-05", "guide-dinum", "0.9.0", "Emballages réduits et recyclables", Status.COVERED,
                Severity.BONNE_PRATIQUE, "Le CCTP encadre les emballages.", "Exigence trouvée à l'article 7 du CCTP.",
                List.of(ev("p3#0070", CCTP, PieceRole.CCTP, null, "Article 7", Q_CCTP_EMBALLAGES, "fp-cctp-0070",
                        "emballages", "covers", null)),
                null, "environnement", List.of("frugal"), "Guide DINUM/DAE 2021, fiche matériels bureautiques",
                List.of("guide-dinum@0.9.0"), null));
        v.add(new Verdict("GUI-06", "guide-dinum", "0.9.0", "Moyens de preuve des allégations environnementales",
                Status.MISSING, Severity.BONNE_PRATIQUE,
                "Le DCE ne précise pas comment le titulaire prouve ses engagements environnementaux.",
                "Aucun signal trouvé dans le CCAP ni le RC.", List.of(),
                new Suggestion("CCAP", "Sur simple demande, le titulaire remet sous dix jours les certificats, fiches "
                        + "techniques ou rapports d'essai en cours de validité qui établissent chaque engagement "
                        + "environnemental de son offre.",
                        ccp + ", art. R2111-12 ; Guide DINUM/DAE 2021, fiche « Matériels bureautiques »"),
                "environnement", List.of("protecteur"), ccp + ", art. R2111-12", List.of("guide-dinum@0.9.0"), null));
        v.add(new Verdict("GUI-07", "guide-dinum", "0.9.0", "Efficacité énergétique des matériels", Status.COVERED,
                Severity.RECOMMANDATION, "La consommation électrique est demandée et notée.",
                "Consommation typique demandée au RC et exigée au CCTP.",
                List.of(ev("p1#0120", RC, PieceRole.RC, 9, "Article 8 > 8.2 > 8.2.3", Q_CCTP_ENERGIE, "fp-rc-0120",
                                "consommation-tec", "covers", null),
                        ev("p3#0045", CCTP, PieceRole.CCTP, null, "Article 4 > 4.2",
                                "Chaque poste affiche sa " + Q_CCTP_ENERGIE, "fp-cctp-0045", "consommation-tec", "covers",
                                null)),
                null, "environnement", List.of("frugal", "innovant"), "Règlement (UE) n° 617/2013",
                List.of("guide-dinum@0.9.0"), null));
        v.add(new Verdict("LOC-01", "opsn-ouest", "2026.1.0", "Clause de progrès", Status.PARTIAL,
                Severity.BONNE_PRATIQUE, "Une clause de progrès existe mais ne fixe ni échéance ni revue.",
                "Clause de progrès trouvée dans le tableau de l'article 15, sans engagement daté.",
                List.of(ev("p2#0080", CCAP, PieceRole.CCAP, null, "Article 15", Q_CCAP_PROGRES, "fp-ccap-0080",
                        "clause-progres", "partial", null)),
                new Suggestion("CCAP", "Chaque année, lors d'une revue de contrat, le titulaire présente les matériels "
                        + "plus sobres ou mieux labellisés apparus sur le marché ; l'acheteur peut les substituer à prix "
                        + "égal ou inférieur.",
                        "Guide DINUM/DAE 2021, fiche « Matériels bureautiques », partie CCAP (clause de progrès)"),
                "environnement", List.of("innovant", "capacitant"), "Doctrine OPSN Ouest 2026, § 4",
                List.of("opsn-ouest@2026.1.0"), null));
        v.add(new Verdict("LOC-02", "opsn-ouest", "2026.1.0", "Sensibilisation des agents au numérique responsable",
                Status.NOT_APPLICABLE, Severity.BONNE_PRATIQUE, "Ne s'applique pas aux marchés de fournitures seules.",
                "Le critère vise les prestations de services.", List.of(), null, "social",
                List.of("capacitant", "democratique"), "Doctrine OPSN Ouest 2026, § 6", List.of("opsn-ouest@2026.1.0"),
                null));
        return v;
    }

    static List<QualityScore> qualities() {
        return List.of(
                new QualityScore("capacitant", "Capacitant", 25.0, 2, 0, 1, List.of("LEG-06", "LOC-01")),
                new QualityScore("democratique", "Démocratique", null, 0, 0, 0, List.of()),
                new QualityScore("equitable", "Équitable", 66.7, 3, 2, 0, List.of("LEG-02", "LEG-04", "GUI-01")),
                new QualityScore("frugal", "Frugal", 55.6, 9, 5, 2, List.of("LEG-01", "LEG-03", "LEG-05", "LEG-06",
                        "GUI-01", "GUI-02", "GUI-03", "GUI-04", "GUI-05", "GUI-07")),
                new QualityScore("inclusif", "Inclusif", 0.0, 1, 0, 0, List.of("LEG-04")),
                new QualityScore("innovant", "Innovant", 83.3, 3, 2, 1, List.of("LEG-05", "GUI-07", "LOC-01")),
                new QualityScore("protecteur", "Protecteur", 25.0, 4, 0, 2, List.of("LEG-01", "GUI-02", "GUI-04", "GUI-06")));
    }

    static CheckSummary summary(List<Verdict> verdicts) {
        Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            byStatus.put(s, (int) verdicts.stream().filter(x -> x.status() == s).count());
        }
        Map<String, Double> byPack = new LinkedHashMap<>();
        byPack.put("loi", 58.3);
        byPack.put("guide-dinum", 50.0);
        byPack.put("opsn-ouest", 50.0);
        return new CheckSummary(byStatus, 3, 6, 7, 1, byPack, true);
    }
}
