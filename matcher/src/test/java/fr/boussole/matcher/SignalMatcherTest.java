package fr.boussole.matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boussole.model.ClauseContext;
import fr.boussole.model.PieceRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SignalMatcherTest {

    @Test
    void antipatternDropsTheHitWithItsReason() {
        SignalSpec s = new SignalSpec("LEG-02", "poids", Effect.COVERS,
                List.of("performance environnementale\\D{0,20}(?<n>\\d+) ?%"), List.of("\\bdont\\b"), List.of(),
                Set.of(), List.of(), false, false, null);
        SignalMatcher m = SignalMatcher.build(List.of(s));
        Hit ok = m.match(Clauses.of(PieceRole.RC, "Performance environnementale : 15 %.")).get(0);
        assertTrue(ok.counted());
        assertEquals(15.0, ok.number());
        Hit sub = m.match(Clauses.of(PieceRole.RC, "Valeur technique 40 % dont performance environnementale 5 %."))
                .get(0);
        assertEquals(IgnoreKind.ANTIPATTERN, sub.ignoreKind());
        assertEquals("écarté par une exception du critère (« dont »)", sub.ignoredReason());
        assertEquals(5.0, sub.number());
    }

    @Test
    void sectionsLimitWhereASignalCounts() {
        SignalSpec s = new SignalSpec("LEG-01", "critere", Effect.COVERS, List.of("performance environnementale"),
                List.of(), List.of(), Set.of(), List.of("crit[eè]res? (de jugement|d'attribution)"), false, false, null);
        SignalMatcher m = SignalMatcher.build(List.of(s));
        Hit in = m.match(Clauses.of(PieceRole.RC, "Performance environnementale : 10 %",
                List.of("Article 5 – Critères de jugement des offres"), Set.of())).get(0);
        assertTrue(in.counted());
        Hit out = m.match(Clauses.of(PieceRole.RC, "La performance environnementale est un enjeu.",
                List.of("Article 1 – Objet"), Set.of())).get(0);
        assertEquals(IgnoreKind.OUT_OF_SECTION, out.ignoreKind());
        assertTrue(out.ignoredReason().contains("Article 1 – Objet"));
    }

    @Test
    void rolesLimitWhereASignalIsSearched() {
        SignalSpec s = new SignalSpec("X", "s", Effect.COVERS, List.of("reconditionn"), List.of(), List.of(),
                Set.of(PieceRole.CCTP), List.of(), false, false, null);
        SignalMatcher m = SignalMatcher.build(List.of(s));
        assertEquals(1, m.match(Clauses.of(PieceRole.CCTP, "produits reconditionnés")).size());
        assertEquals(0, m.match(Clauses.of(PieceRole.RC, "produits reconditionnés")).size());
    }

    @Test
    void contextWinsOverNegationInTheReason() {
        SignalMatcher m = SignalMatcher.build(List.of(SignalSpec.of("X", "s", Effect.COVERS, "reconditionn")));
        Hit h = m.match(Clauses.of(PieceRole.CCTP, "Produits reconditionnés : non acceptés", List.of(),
                Set.of(ClauseContext.GLOSSARY))).get(0);
        assertEquals(IgnoreKind.CONTEXT, h.ignoreKind());
    }

    @Test
    void tableOfContentsLinesAreRecognisedWithoutContext() {
        SignalMatcher m = SignalMatcher.build(List.of(SignalSpec.of("X", "s", Effect.COVERS, "reconditionn")));
        Hit a = m.match(Clauses.of(PieceRole.CCTP, "7.2 Produits reconditionnés ........................ 14")).get(0);
        assertEquals(IgnoreKind.CONTEXT, a.ignoreKind());
        assertEquals("dans une table des matières", a.ignoredReason());
        Hit b = m.match(Clauses.of(PieceRole.CCTP, "7.2 Produits reconditionnés Erreur ! Signet non défini.")).get(0);
        assertEquals(IgnoreKind.CONTEXT, b.ignoreKind());
        assertTrue(m.match(Clauses.of(PieceRole.CCTP, "Des produits reconditionnés... et puis.")).get(0).counted());
    }

    @Test
    void prefilterRunsOnlyCandidateRegexes() {
        List<SignalSpec> specs = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            specs.add(SignalSpec.of("GEN-" + i, "s", Effect.COVERS, "motcle" + i + "x.{0,20}(alpha|beta)"));
        }
        specs.add(SignalSpec.of("LEG-07", "s", Effect.COVERS, "reconditionn"));
        SignalMatcher m = SignalMatcher.build(specs);
        assertTrue(m.signalInfos().stream().noneMatch(SignalMatcher.SignalInfo::alwaysRuns));
        List<Hit> hits = m.match(Clauses.of(PieceRole.CCTP, "Des produits reconditionnés et motcle42x beta."));
        assertEquals(2, hits.size());
        assertEquals(2, m.counters()[1], "seules 2 expressions sur 501 doivent tourner");
    }

    @Test
    void patternsWithoutKeywordsAlwaysRunAndAreReported() {
        SignalMatcher m = SignalMatcher.build(List.of(SignalSpec.of("X", "chiffre", Effect.COVERS, "\\d+ ?%")));
        assertTrue(m.signalInfos().get(0).alwaysRuns());
        assertEquals(1, m.match(Clauses.of(PieceRole.RC, "Prix : 60 %")).size());
    }

    @Test
    void explicitKeywordsReplaceDerivedOnes() {
        SignalSpec s = new SignalSpec("X", "s", Effect.COVERS, List.of("\\d+ ?% de (?:plastique|matière) recyclée"),
                List.of(), List.of("Recyclée"), Set.of(), List.of(), false, false, null);
        SignalMatcher m = SignalMatcher.build(List.of(s));
        assertEquals(List.of(List.of("recyclee")), m.signalInfos().get(0).keywordsPerPattern());
        assertEquals(1, m.match(Clauses.of(PieceRole.CCTP, "au moins 30 % de plastique recyclée")).size());
    }

    @Test
    void invalidRegexGivesAFrenchErrorNamingTheSignal() {
        SignalSpecException e = assertThrows(SignalSpecException.class,
                () -> SignalMatcher.build(List.of(SignalSpec.of("LEG-09", "eco", Effect.COVERS, "éco(conception"))));
        assertEquals("LEG-09", e.criterionId());
        assertTrue(e.getMessage().startsWith("critère LEG-09, signal « eco » : motif invalide"), e.getMessage());
    }

    @Test
    void overlappingMatchesOfOneSignalCountOnce() {
        SignalMatcher m = SignalMatcher.build(List.of(
                SignalSpec.of("X", "s", Effect.COVERS, "produits reconditionnés", "reconditionnés")));
        assertEquals(1, m.match(Clauses.of(PieceRole.CCTP, "Des produits reconditionnés.")).size());
    }

    @Test
    void parsesFrenchNumbers() {
        assertEquals(1250000.0, SignalMatcher.parseNumber("1 250 000"));
        assertEquals(12.5, SignalMatcher.parseNumber("12,5"));
        assertEquals(1250000.0, SignalMatcher.parseNumber("1.250.000"));
        assertFalse(SignalMatcher.parseNumber("10") == null);
    }
}
