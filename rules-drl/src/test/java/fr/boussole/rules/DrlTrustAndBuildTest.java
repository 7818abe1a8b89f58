package fr.boussole.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boussole.model.BuyerType;
import fr.boussole.model.PieceRole;
import fr.boussole.model.PurchaseFamily;
import fr.boussole.model.Status;
import fr.boussole.rules.pack.DrlGuard;
import fr.boussole.rules.pack.Pack;
import fr.boussole.rules.pack.PackError;
import fr.boussole.rules.pack.PackException;
import fr.boussole.rules.pack.PackLoader;
import fr.boussole.rules.pack.PackSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kie.api.KieBase;

class DrlTrustAndBuildTest {

    private static final String HEAD = "package fr.example.p;\n\nimport fr.boussole.rules.facts.*;\n\n";

    private static Pack packWithDrl(String id, String drl) {
        return PackLoader.fromFiles("mem:" + id, TestTenders.files(
                "pack.yaml", "id: " + id + "\nversion: 1.0.0\ntitle: T\nidPrefixes: [P-]\ndrlPackage: fr.example.p\n",
                "criteria/P-01.yaml", TestPacks.criterion("P-01", "quelconque"),
                "rules/r.drl", drl), false);
    }

    private static String rule(String when, String then) {
        return HEAD + "rule \"r\"\nwhen\n    " + when + "\nthen\n    " + then + "\nend\n";
    }

    @ParameterizedTest(name = "refusé : {0}")
    @CsvSource(delimiter = '|', value = {
        "import java.io.File|import « java.io.File » interdit",
        "import static java.lang.Math.max|import « static java.lang.Math.max » interdit",
        "System.exit(1);|« System » interdit",
        "Runtime.getRuntime().exec(\"ls\");|« Runtime » interdit",
        "new ProcessBuilder(\"ls\").start();|« ProcessBuilder » interdit",
        "new Thread().start();|« Thread » interdit",
        "String.class.getClass();|« getClass » interdit",
        "Class.forName(\"x\");|« Class » interdit",
        "java.nio.file.Files.readAllLines(null);|référence qualifiée « java.nio.file.Files.readAllLines » interdite",
        "new java.net.Socket(\"h\", 80);|référence qualifiée « java.net.Socket » interdite",
        "org.kie.api.KieServices.Factory.get();|référence qualifiée « org.kie.api.KieServices.Factory.get » interdite",
        "new java.io.FileWriter(\"x\");|référence qualifiée « java.io.FileWriter » interdite",
        "java.util.concurrent.Executors.newCachedThreadPool();|référence qualifiée « java.util.concurrent.Executors.newCachedThreadPool » interdite",
        "drools.getKieRuntime().halt();|accès à « drools » interdit",
        "kcontext.getKieRuntime();|« kcontext » interdit",
        "while (true) { }|« while » interdit",
        "for (int i = 0; i < 9; i++) { }|« for » interdit",
        "Object o = new Object();|« new Object » interdit",
        "Runnable r = new Runnable() { public void run() { } };|classe anonyme interdite",
        "String s = \"\\u0022\";|séquence d'échappement Unicode",
    })
    void untrustedDrlIsRefusedWithFileAndLine(String consequence, String expected) {
        String drl = consequence.startsWith("import") ? HEAD + consequence + ";\n\nrule \"r\"\nwhen\nthen\nend\n"
                : rule("CriterionFact( id == \"P-01\" )", consequence);
        Pack p = packWithDrl("evil", drl);
        PackException e = assertThrows(PackException.class, () -> PackSet.of(List.of(p)));
        PackError first = e.errors().stream().filter(x -> x.message().contains(expected)).findFirst()
                .orElseThrow(() -> new AssertionError("attendu « " + expected + " » dans :\n" + e.getMessage()));
        assertEquals("rules/r.drl", first.file());
        assertTrue(first.line() > 0);
        assertTrue(first.message().startsWith("DRL non fiable refusé : "), first.message());
    }

    @ParameterizedTest(name = "refusé : {0}")
    @CsvSource(delimiter = '|', value = {
        "eval( true )|« eval » interdit",
        "CriterionFact( ) @timer(1s)|« timer » interdit",
    })
    void forbiddenConditions(String when, String expected) {
        Pack p = packWithDrl("evil", rule(when, "insert( new Decision( \"P-01\", \"covered\", 1, \"x\" ) );"));
        PackException e = assertThrows(PackException.class, () -> PackSet.of(List.of(p)));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void untrustedPackFromDiskIsRefusedAndTrustedAccepted() {
        Pack p = TestPacks.load("untrusted");
        PackException e = assertThrows(PackException.class, () -> PackSet.of(List.of(p)));
        assertTrue(e.getMessage().contains("pack « untrusted », rules/evil.drl, ligne 4 : DRL non fiable refusé : "
                + "import « java.io.File » interdit"), e.getMessage());
        assertTrue(e.getMessage().contains("rules/evil.drl, ligne 11 : DRL non fiable refusé : « System » interdit"),
                e.getMessage());
        // the user trusts it: no static check (it still builds: the DRL is valid Java)
        PackSet trusted = PackSet.builder().add(p).trust("untrusted").build();
        assertTrue(trusted.trusted(p));
    }

    @Test
    void harmlessUntrustedDrlIsAccepted() {
        Pack p = packWithDrl("ok", HEAD + "import java.util.List;\n\n"
                + "rule \"P-01 couvert si critère environnemental\"\nwhen\n"
                + "    $c : CriterionFact( id == \"P-01\", applicable )\n"
                + "    $a : AwardFact( environmental, percent != null, percent >= $c.num( \"min\" ) )\n"
                + "then\n    insert( new Decision( \"P-01\", \"covered\", 350, \"ok « \" + $a.describe() + \" »\" ) );\nend\n");
        assertNotNull(Judge.compile(PackSet.of(List.of(p))));
    }

    @Test
    void builtinLoiDrlWouldPassTheUntrustedCheck() {
        Pack loi = TestPacks.loi();
        loi.drl().forEach((f, src) -> assertEquals(List.of(), DrlGuard.check("loi", f, src,
                loi.manifest().drlPackage())));
    }

    @Test
    void drlMustDeclareThePackPackage() {
        PackException e = assertThrows(PackException.class, () -> PackLoader.fromFiles("mem", TestTenders.files(
                "pack.yaml", "id: p\nversion: 1.0.0\ntitle: T\nidPrefixes: [P-]\ndrlPackage: fr.example.p\n",
                "rules/r.drl", "// règles\npackage fr.example.autre;\n"), false));
        assertEquals("pack « p », rules/r.drl, ligne 2 : le fichier DRL déclare le package « fr.example.autre » au "
                + "lieu de « fr.example.p » (drlPackage du pack)", e.getMessage());
    }

    @Test
    void buildErrorsNamePackFileAndLine() {
        String drl = HEAD + "rule \"cassée\"\nwhen\n    CriterionFact( id == \"P-01\" \nthen\n    insert( x );\nend\n";
        Pack p = packWithDrl("broken", drl);
        PackException e = assertThrows(PackException.class, () -> Judge.compile(PackSet.of(List.of(p)),
                new KieBaseCache()));
        PackError err = e.errors().get(0);
        assertEquals("broken", err.pack());
        assertEquals("rules/r.drl", err.file());
        assertTrue(err.line() >= 7 && err.line() <= 9, "ligne " + err.line() + " : " + err.message());
        assertTrue(err.message().startsWith("erreur de compilation DRL : "), err.message());
    }

    @Test
    void unknownFactFieldIsABuildErrorWithLine() {
        String drl = HEAD + "rule \"champ inconnu\"\nwhen\n    CriterionFact( identifiant == \"P-01\" )\n"
                + "then\nend\n";
        PackException e = assertThrows(PackException.class, () -> Judge.compile(PackSet.of(List.of(
                packWithDrl("typo", drl))), new KieBaseCache()));
        assertEquals("rules/r.drl", e.errors().get(0).file());
        assertEquals(7, e.errors().get(0).line(), e.getMessage());
    }

    @Test
    void runawayRulesAreStopped() {
        Pack p = PackLoader.fromFiles("mem", TestTenders.files(
                "pack.yaml", "id: loop\nversion: 1.0.0\ntitle: T\nidPrefixes: [P-]\ndrlPackage: fr.example.p\n",
                "criteria/P-01.yaml", TestPacks.criterion("P-01", "quelconque"),
                "rules/r.drl", HEAD + "rule \"boucle\"\nwhen\n    $c : CriterionFact( id == \"P-01\" )\nthen\n"
                        + "    insert( new Decision( \"P-01\", \"covered\", 1, \"x\" ) );\n    update( $c );\nend\n"),
                false);
        Judge j = Judge.compile(PackSet.builder().add(p).trust("loop").build());
        JudgeException e = assertThrows(JudgeException.class, () -> j.judge(simpleTender()));
        assertTrue(e.getMessage().contains("une règle boucle probablement"), e.getMessage());
    }

    @Test
    void aBadDecisionNamesTheRule() {
        Pack p = packWithDrl("bad", rule("CriterionFact( id == \"P-01\" )",
                "insert( new Decision( \"P-01\", \"couvert\", 1, \"x\" ) );"));
        Judge j = Judge.compile(PackSet.of(List.of(p)));
        JudgeException e = assertThrows(JudgeException.class, () -> j.judge(simpleTender()));
        assertTrue(e.getMessage().startsWith("la règle bad « r » a échoué"), e.getMessage());
        assertTrue(e.getMessage().contains("statut de décision inconnu « couvert »"), e.getMessage());
    }

    @Test
    void kieBaseIsBuiltOncePerContentAndShared() throws Exception {
        KieBaseCache cache = new KieBaseCache();
        PackSet a = PackSet.of(List.of(TestPacks.loi()));
        PackSet b = PackSet.of(List.of(TestPacks.loi()));
        KieBase k1 = Judge.compile(a, cache).kieBase();
        KieBase k2 = Judge.compile(b, cache).kieBase();
        assertSame(k1, k2);
        assertEquals(1, cache.builds());
        // an overlay without DRL reuses the same base
        assertSame(k1, Judge.compile(PackSet.of(List.of(TestPacks.loi(), TestPacks.load("declic-test"))), cache)
                .kieBase());
        assertEquals(1, cache.builds());
        // concurrent requests for a new content: one build
        PackSet c = PackSet.of(List.of(TestPacks.loi(), packWithDrl("autre", rule("CriterionFact( id == \"P-01\" )",
                "insert( new Decision( \"P-01\", \"partial\", 1, \"x\" ) );"))));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<KieBase>> fs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                fs.add(pool.submit(() -> cache.get(c)));
            }
            KieBase first = fs.get(0).get();
            for (Future<KieBase> f : fs) {
                assertSame(first, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, cache.builds());
        // a session still works on a cached base after the module was dropped from the repository
        assertEquals(Status.MISSING, Judge.compile(b, cache).judge(simpleTender(), new JudgeOptions(
                LocalDate.of(2026, 10, 1), null)).verdict("LEG-04").status());
    }

    static fr.boussole.model.Tender simpleTender() {
        return TestTenders.tender("t", TestTenders.profile(PurchaseFamily.SOFTWARE_SERVICES, BuyerType.COLLECTIVITE,
                        LocalDate.of(2026, 9, 15), List.of()),
                TestTenders.piece(PieceRole.CCTP, TestTenders.clause("c1", PieceRole.CCTP, "Un texte quelconque.")));
    }
}
