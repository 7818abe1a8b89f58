package fr.boussole.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boussole.matcher.SignalMatcher;
import fr.boussole.rules.pack.CriterionDef;
import fr.boussole.rules.pack.Pack;
import fr.boussole.rules.pack.PackLoader;
import fr.boussole.rules.pack.PackSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CriteriaMultiplierTest {

    @TempDir
    Path tmp;

    @Test
    void copiesMakeAValidSetWithFactorTimesTheCriteria() {
        List<Pack> base = PackLoader.builtins();
        int baseCriteria = base.stream().filter(p -> !p.overlay()).mapToInt(p -> p.criteria().size()).sum();
        CriteriaMultiplier.Copies copies = CriteriaMultiplier.write(base, 3, 7L, tmp);
        List<Pack> loaded = CriteriaMultiplier.load(copies);
        List<Pack> all = new ArrayList<>(base);
        all.addAll(loaded);
        PackSet set = PackSet.builder().addAll(all).trust(copies.packIds()).build();
        assertEquals(3 * baseCriteria, set.criteria().size());
        assertEquals(2 * baseCriteria, copies.criteria());
        // every pattern (widened ones and vocabulary ones) compiles in the real matcher
        SignalMatcher m = SignalMatcher.build(set.signalSpecs());
        assertEquals(copies.patterns() + base.stream().flatMap(p -> p.criterionDefs().stream())
                .flatMap(c -> c.signals().stream()).mapToInt(s -> s.patterns().size()).sum(), m.patternCount());
    }

    @Test
    void syntheticVariantAddsFactorMinusOneTimesTheCriteria() {
        List<Pack> base = PackLoader.builtins();
        int baseCriteria = base.stream().filter(p -> !p.overlay()).mapToInt(p -> p.criteria().size()).sum();
        CriteriaMultiplier.Copies syn = CriteriaMultiplier.writeSynthetic(base, 10, 7L, tmp);
        List<Pack> all = new ArrayList<>(base);
        all.addAll(CriteriaMultiplier.load(syn));
        PackSet set = PackSet.builder().addAll(all).build();
        assertEquals(10 * baseCriteria, set.criteria().size());
        assertEquals(2 * 9 * baseCriteria, syn.patterns());
    }

    @Test
    void copiesRenameIdsEverywhereAndKeepTheRealPatterns() {
        List<Pack> base = PackLoader.builtins();
        CriteriaMultiplier.Copies copies = CriteriaMultiplier.write(base, 2, 7L, tmp);
        List<Pack> loaded = CriteriaMultiplier.load(copies);
        for (int i = 0; i < loaded.size(); i++) {
            Pack copy = loaded.get(i);
            Pack original = base.stream().filter(p -> copy.id().equals(p.id() + "-x2")).findFirst().orElseThrow();
            assertEquals(original.criteria().size(), copy.criteria().size());
            for (String px : copy.manifest().idPrefixes()) {
                assertTrue(px.contains("X2-"), px);
            }
            for (String drl : copy.drl().values()) {
                assertTrue(drl.contains("package " + original.manifest().drlPackage() + ".x2;"), "package renamed");
                for (CriterionDef c : original.criterionDefs()) {
                    assertFalse(Pattern.compile("(?<![A-Za-z0-9-])" + Pattern.quote(c.id()) + "(?![A-Za-z0-9])")
                            .matcher(drl).find(), "id " + c.id() + " left in the copied DRL");
                }
            }
            for (int c = 0; c < original.criteria().size(); c++) {
                CriterionDef o = original.criterionDefs().get(c);
                CriterionDef k = copy.criterionDefs().get(c);
                assertTrue(k.id().matches("[A-Z][A-Z0-9-]*X2-.+"), k.id());
                for (int s = 0; s < o.signals().size(); s++) {
                    List<String> op = o.signals().get(s).patterns();
                    List<String> kp = k.signals().get(s).patterns();
                    for (int p = 0; p < op.size(); p++) {
                        assertEquals(CriteriaMultiplier.widen(op.get(p), 2), kp.get(p));
                    }
                    String sid = o.signals().get(s).id();
                    // a pack-level named context becomes a signal of each criterion using it; the copier widens
                    // it in pack.yaml but adds no vocabulary pattern to it
                    boolean namedContext = sid.startsWith("contexte-")
                            && original.manifest().contexts().containsKey(sid.substring("contexte-".length()));
                    boolean plain = !o.signals().get(s).caseSensitive() && o.signals().get(s).keywords().isEmpty()
                            && !namedContext;
                    assertEquals(op.size() + (plain ? 1 : 0), kp.size(), k.id() + " " + o.signals().get(s).id() + " " + kp);
                }
            }
        }
    }

    @Test
    void widenOnlyTouchesBoundedRepetitions() {
        assertEquals("emballages?[^.;]{0,70}recycl\\w*", CriteriaMultiplier.widen("emballages?[^.;]{0,60}recycl\\w*", 3));
        assertEquals("\\d{4}", CriteriaMultiplier.widen("\\d{4}", 3));
        assertEquals("( \\w+){0,3} x", CriteriaMultiplier.widen("( \\w+){0,3} x", 1));
    }

    @Test
    void renamingKeepsTheSuffixAndLeavesUnknownIdsAlone() {
        Map<String, String> prefixOf = Map.of("LEG-01", "LEG-", "RGESN-2.1", "RGESN-");
        assertEquals("LEGX4-01", CriteriaMultiplier.rename("LEG-01", 4, prefixOf));
        assertEquals("RGESNX4-2.1", CriteriaMultiplier.rename("RGESN-2.1", 4, prefixOf));
        assertEquals("DIN-03", CriteriaMultiplier.rename("DIN-03", 4, prefixOf));
        assertEquals("rule \"LEGX4-01 x\" when CriterionFact( id == \"LEGX4-01\" ) LEG-011",
                CriteriaMultiplier.renameIds("rule \"LEG-01 x\" when CriterionFact( id == \"LEG-01\" ) LEG-011", 4,
                        prefixOf));
    }

    @Test
    void vocabularyPatternsAreEscapedLowerCaseLiterals() {
        assertEquals("accessibilité numérique[^.;]{0,60}rgaa",
                CriteriaMultiplier.vocabularyPattern(new String[] {"accessibilité numérique", "RGAA"}));
        for (String[] v : CriteriaMultiplier.VOCABULARY) {
            Pattern.compile(CriteriaMultiplier.vocabularyPattern(v));
        }
    }
}
