package fr.boussole.matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boussole.model.PieceRole;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each generic other-sense trap kills the wrong sense and lets the right one through. */
class TrapsTest {

    private static final SignalMatcher MATCHER = SignalMatcher.build(List.of(
            SignalSpec.of("T", "environnement", Effect.COVERS, "environnement\\w*"),
            SignalSpec.of("T", "accessibilite", Effect.COVERS, "accessib\\w*"),
            new SignalSpec("T", "rcp", Effect.COVERS, List.of("RCP"), List.of(), List.of(), Set.of(), List.of(),
                    true, false, null),
            SignalSpec.of("T", "recyclage", Effect.COVERS, "recycl\\w*"),
            new SignalSpec("T", "ref", Effect.COVERS, List.of("REF"), List.of(), List.of(), Set.of(), List.of(),
                    true, false, null),
            SignalSpec.of("T", "portabilite", Effect.COVERS, "portabilité"),
            SignalSpec.of("T", "reutilisation", Effect.COVERS, "réutilisation|réemploi"),
            SignalSpec.of("T", "cycle-de-vie", Effect.COVERS, "cycle de vie"),
            SignalSpec.of("T", "carbone", Effect.COVERS, "carbone"),
            SignalSpec.of("T", "insertion", Effect.COVERS, "insertion")));

    private static Hit hit(String signal, String text) {
        return MATCHER.match(Clauses.of(PieceRole.CCTP, text)).stream().filter(h -> h.signalId().equals(signal))
                .findFirst().orElseThrow(() -> new AssertionError("aucune mention " + signal + " dans : " + text));
    }

    @ParameterizedTest(name = "piège {0} : {1}")
    @CsvSource(delimiter = '|', value = {
        "environnement|Le titulaire fournit un environnement de recette distinct de la production.",
        "environnement|L'environnement technique cible est Windows 11.",
        "environnement|Les environnements de test sont hébergés par le titulaire.",
        "accessibilite|Le service doit être accessible 24h/24 et 7j/7.",
        "accessibilite|L'application est accessible via internet depuis tout poste.",
        "accessibilite|Le titulaire garantit l'accessibilité des locaux pendant les travaux.",
        "accessibilite|L'accessibilité du site de livraison incombe au titulaire.",
        "rcp|Le titulaire fournit une attestation d'assurance RCP en cours de validité.",
        "rcp|La RCP du prestataire couvre les sinistres.",
        "recyclage|Les agents suivent le recyclage SSIAP tous les trois ans.",
        "recyclage|Une formation de recyclage des habilitations électriques est prévue.",
        "ref|REF. 2024-118 : marché de téléphonie",
        "portabilite|La portabilité des numéros est assurée par le titulaire.",
        "reutilisation|Le titulaire autorise la réutilisation des données publiques.",
        "reutilisation|La réutilisation du code source est libre.",
        "cycle-de-vie|Le titulaire gère le cycle de vie du logiciel.",
        "carbone|Les bons sont remis sur papier carbone.",
        "insertion|L'insertion d'une clause de révision est prévue à l'article 8.",
    })
    void otherSenseIsNotCounted(String signal, String text) {
        Hit h = hit(signal, text);
        assertEquals(IgnoreKind.OTHER_SENSE, h.ignoreKind(), () -> text + " → " + h);
    }

    @ParameterizedTest(name = "sens attendu {0} : {1}")
    @CsvSource(delimiter = '|', value = {
        "environnement|Le titulaire respecte les dispositions environnementales du présent CCAP.",
        "environnement|La protection de l'environnement est un objectif du marché.",
        "accessibilite|Le site doit respecter le RGAA et garantir l'accessibilité numérique.",
        "accessibilite|L'accessibilité de la plateforme aux personnes en situation de handicap est exigée.",
        "rcp|Le bilan carbone suit le RCP de l'ADEME pour les services d'hébergement.",
        "recyclage|Les matériels usagés sont orientés vers le recyclage par un éco-organisme.",
        "ref|Le REF du centre de données est au moins égal à 0,8.",
        "portabilite|La portabilité des données est garantie en fin de contrat.",
        "reutilisation|Les terminaux issus du réemploi sont acceptés.",
        "cycle-de-vie|Le coût du cycle de vie des équipements est évalué.",
        "carbone|Le titulaire communique l'empreinte carbone du service.",
        "insertion|Le titulaire réalise 300 heures d'insertion professionnelle.",
    })
    void rightSenseIsCounted(String signal, String text) {
        Hit h = hit(signal, text);
        assertTrue(h.counted(), () -> text + " → " + h.ignoredReason());
    }

    @org.junit.jupiter.api.Test
    void caseSensitiveSignalsNeedTheAcronym() {
        assertTrue(MATCHER.match(Clauses.of(PieceRole.CCTP, "Le ref est le refus.")).stream()
                .noneMatch(h -> h.signalId().equals("ref")));
        assertTrue(MATCHER.match(Clauses.of(PieceRole.CCTP, "REFUS du REFERENTIEL")).stream()
                .noneMatch(h -> h.signalId().equals("ref")));
    }
}
