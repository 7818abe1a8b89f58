package fr.boussole.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boussole.model.BuyerType;
import fr.boussole.model.PieceRole;
import fr.boussole.model.PurchaseFamily;
import fr.boussole.model.Status;
import fr.boussole.model.Tender;
import fr.boussole.model.Verdict;
import fr.boussole.rules.pack.Lockfile;
import fr.boussole.rules.pack.Pack;
import fr.boussole.rules.pack.PackException;
import fr.boussole.rules.pack.PackLoader;
import fr.boussole.rules.pack.PackSet;
import fr.boussole.rules.pack.WaiverSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockAndWaiverTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 1);

    @Test
    void lockRoundTripsAndVerifies(@TempDir Path dir) throws Exception {
        Pack loi = TestPacks.loi();
        Path lock = dir.resolve("boussole.lock");
        Lockfile.of(List.of(loi)).write(lock);
        Lockfile read = Lockfile.read(lock);
        assertEquals(loi.sha256(), read.packs().get(0).sha256());
        read.verify(List.of(loi));
        PackSet.builder().add(loi).lock(read, "boussole.lock").build();
    }

    @Test
    void lockMismatchNamesThePackAndBothValues() {
        Pack loi = TestPacks.loi();
        Lockfile stale = Lockfile.parse("packs:\n  - id: loi\n    version: 0.0.9\n    sha256: 3f1c00\n", "boussole.lock");
        PackException e = assertThrows(PackException.class,
                () -> PackSet.builder().add(loi).lock(stale, "boussole.lock").build());
        assertTrue(e.getMessage().contains("pack « loi », boussole.lock : version verrouillée 0.0.9, version chargée "
                + loi.version()), e.getMessage());
        assertTrue(e.getMessage().contains("empreinte sha256 différente : verrouillée 3f1c00, calculée " + loi.sha256()),
                e.getMessage());
    }

    @Test
    void lockListsMissingAndExtraPacks() {
        Lockfile lock = Lockfile.parse("packs:\n  - id: autre\n    version: 1.0.0\n    sha256: ab\n", "boussole.lock");
        List<String> lines = lock.check(List.of(TestPacks.loi()), "boussole.lock").stream()
                .map(fr.boussole.rules.pack.PackError::toLine).toList();
        assertTrue(lines.get(0).contains("pack « loi », boussole.lock : pack absent de boussole.lock"), lines.toString());
        assertTrue(lines.get(1).contains("pack « autre », boussole.lock : pack verrouillé (version 1.0.0) mais non chargé"));
    }

    @Test
    void packHashDependsOnContentNotOrder() {
        var a = TestTenders.files("pack.yaml", "x", "criteria/A.yaml", "y");
        var b = new java.util.LinkedHashMap<String, byte[]>();
        b.put("criteria/A.yaml", "y".getBytes());
        b.put("pack.yaml", "x".getBytes());
        assertEquals(PackLoader.sha256(a), PackLoader.sha256(b));
        b.put("pack.yaml", "x ".getBytes());
        assertFalse(PackLoader.sha256(a).equals(PackLoader.sha256(b)));
    }

    private static Tender hardwareTender(String id, String cctp) {
        return TestTenders.tender(id, TestTenders.profile(PurchaseFamily.HARDWARE, BuyerType.COLLECTIVITE,
                        LocalDate.of(2026, 9, 15), List.of()),
                TestTenders.piece(PieceRole.CCTP, TestTenders.clause("c1", PieceRole.CCTP, cctp)));
    }

    @Test
    void waiverHidesAGapAndCountsOnlyThen() {
        Judge judge = Judge.compile(PackSet.of(List.of(TestPacks.loi())));
        WaiverSet w = WaiverSet.parse("""
                waivers:
                  - criterion: LEG-07
                    scope: "2026-*"
                    justification: Achat groupé via l'UGAP, qui porte l'objectif de réemploi.
                    author: Service commande publique
                    date: 2026-09-01
                """, "derogations.yaml");
        // a gap: nothing about reconditioned products
        Judgement gap = judge.judge(hardwareTender("2026-042", "Le titulaire livre 50 postes."), new JudgeOptions(DAY, w));
        Verdict v = gap.verdict("LEG-07");
        assertEquals(Status.MISSING, v.status());
        assertNotNull(v.waiver());
        assertTrue(v.waiver().hidesGap());
        assertFalse(v.isOpenGap());
        assertEquals(1, gap.summary().waivedGaps());

        // not a gap: the waiver is shown but does not count
        Judgement ok = judge.judge(hardwareTender("2026-043", "Le titulaire doit livrer des postes reconditionnés."),
                new JudgeOptions(DAY, w));
        Verdict v2 = ok.verdict("LEG-07");
        assertEquals(Status.COVERED, v2.status());
        assertFalse(v2.waiver().hidesGap());
        assertEquals(0, ok.summary().waivedGaps());

        // out of scope
        Judgement other = judge.judge(hardwareTender("2025-001", "Le titulaire livre 50 postes."), new JudgeOptions(DAY, w));
        assertNull(other.verdict("LEG-07").waiver());
        assertEquals(other.summary().openGaps(), gap.summary().openGaps() + 1);
    }

    @Test
    void expiredWaiversAreIgnoredWithAWarning() {
        Judge judge = Judge.compile(PackSet.of(List.of(TestPacks.loi())));
        WaiverSet w = WaiverSet.parse("""
                waivers:
                  - criterion: LEG-07
                    scope: "*"
                    justification: Dérogation annuelle.
                    date: 2025-01-01
                    expires: 2025-12-31
                """, "derogations.yaml");
        Judgement j = judge.judge(hardwareTender("t", "Le titulaire livre 50 postes."), new JudgeOptions(DAY, w));
        assertNull(j.verdict("LEG-07").waiver());
        assertTrue(j.warnings().contains("derogations.yaml, ligne 2 : dérogation pour LEG-07 expirée le 2025-12-31 : ignorée"),
                j.warnings().toString());
    }

    @Test
    void waiverWithoutJustificationIsAnError() {
        PackException e = assertThrows(PackException.class, () -> WaiverSet.parse("""
                waivers:
                  - criterion: LEG-01
                    scope: "*"
                    justification: ok
                  - criterion: LEG-05
                    scope: "*"
                    author: moi
                """, "derogations.yaml"));
        assertEquals("pack « derogations.yaml », ligne 5 : dérogation n° 2 (LEG-05) : justification manquante "
                + "(obligatoire : elle figure dans le rapport)", e.getMessage());
    }

    @Test
    void waiverFileIsReadFromDisk(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("w.yaml");
        Files.writeString(f, "waivers:\n  - criterion: LEG-01\n    scope: \"*\"\n    justification: test\n");
        assertEquals(1, WaiverSet.load(f).waivers().size());
    }
}
