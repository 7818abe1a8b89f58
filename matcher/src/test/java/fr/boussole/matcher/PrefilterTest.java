package fr.boussole.matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boussole.model.PieceRole;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The keyword prefilter: every required literal set, shared regexes, same hits as running every pattern. */
class PrefilterTest {

    @Test
    void requiredSetsGiveBothSidesOfAGap() {
        assertEquals(List.of(Set.of("emballage"), Set.of("recycl")),
                KeywordExtractor.requiredSets("emballages?[^.;]{0,60}recycl\\w*"));
        assertEquals(List.of(Set.of("reemploi", "reutilisation"), Set.of("materiel")),
                KeywordExtractor.requiredSets("(reemploi|reutilisation) (du |des )?materiels?"));
        // an optional part or a lookaround requires nothing; an alternation of whole sequences gives one union
        assertEquals(List.of(Set.of("label")), KeywordExtractor.requiredSets("label( ou equivalent)?(?! ecologique)"));
        assertEquals(List.of(Set.of("pue", "wue")), KeywordExtractor.requiredSets("pue [0-9]|wue"));
        assertEquals(List.of(), KeywordExtractor.requiredSets("\\d+ ?%"));
    }

    @Test
    void aClauseWithOnlyOneSideIsNotScannedAndHitsAreUnchanged() {
        SignalSpec s = SignalSpec.of("X", "s", Effect.COVERS, "emballages?[^.;]{0,60}recycl\\w*");
        SignalMatcher m = SignalMatcher.build(List.of(s));
        assertEquals(0, m.match(Clauses.of(PieceRole.CCTP, "Les emballages sont repris par le titulaire.")).size());
        assertEquals(0, m.counters()[1], "the regex did not run: 'recycl' is absent");
        List<Hit> hits = m.match(Clauses.of(PieceRole.CCTP, "Les emballages sont recyclables ou recyclés."));
        assertEquals(1, hits.size());
        assertEquals("emballages sont recyclables ou recyclés", hits.get(0).quote());
        assertEquals(1, m.counters()[1]);
    }

    @Test
    void identicalPatternsOfSeveralSignalsRunOnceAndHitEach() {
        SignalSpec a = SignalSpec.of("A-01", "ctx", Effect.CONTEXT, "conception (d'un|du) (site|logiciel)");
        SignalSpec b = SignalSpec.of("A-02", "ctx", Effect.CONTEXT, "conception (d'un|du) (site|logiciel)");
        SignalMatcher m = SignalMatcher.build(List.of(a, b));
        assertEquals(2, m.patternCount());
        assertEquals(1, m.distinctPatternCount());
        List<Hit> hits = m.match(Clauses.of(PieceRole.CCTP, "Le marché porte sur la conception d'un site."));
        assertEquals(List.of("A-01", "A-02"), hits.stream().map(Hit::criterionId).sorted().toList());
        assertTrue(hits.stream().allMatch(h -> h.quote().equals("conception d'un site")));
        assertEquals(1, m.counters()[1]);
    }
}
