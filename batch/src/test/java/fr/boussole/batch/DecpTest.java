package fr.boussole.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boussole.batch.decp.DecpCheck;
import fr.boussole.batch.decp.DecpFile;
import fr.boussole.batch.decp.DecpGap;
import fr.boussole.batch.decp.DecpMatcher;
import fr.boussole.batch.decp.DecpReader;
import fr.boussole.batch.decp.DecpRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecpTest {

    private static Path shared(String name) {
        String s = System.getProperty("boussole.shared");
        Path p = s == null ? null : Path.of(s, "corpus", "decp", name);
        Assumptions.assumeTrue(p != null && Files.exists(p), "shared corpus absent");
        return p;
    }

    @Test
    void realV1FileHasNoConsiderations() {
        DecpFile f = DecpReader.read(shared("decp-v1-e-marchespublics-2019.json"));
        assertEquals("v1", f.version());
        assertTrue(f.records().size() > 400);
        assertEquals(0, f.withConsiderations());
        assertTrue(f.note().contains("aucun champ de considérations"));
        DecpRecord r = f.records().get(0);
        assertTrue(r.id() != null && r.object() != null && r.buyerName() != null);
        assertNull(r.environmental());
    }

    @Test
    void officialV2ExampleHasConsiderationLists() {
        DecpFile f = DecpReader.read(shared("decp-v2-exemple-officiel.json"));
        assertEquals("v2", f.version());
        assertEquals(2, f.records().size());
        DecpRecord r = f.records().get(0);
        assertEquals(List.of("Clause environnementale"), r.environmental());
        assertEquals(List.of("Clause sociale", "Critère social"), r.social());
        assertEquals(2, f.withConsiderations());
    }

    @Test
    void v2ShapesListsTextAndConcessions(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("decp.json");
        Files.writeString(f, """
                {"marches": {
                  "marche": [
                    {"id": "A1", "objet": "Fourniture de postes de travail", "acheteur": {"id": "1"},
                     "considerationsEnvironnementales": ["Critère environnemental", "Clause environnementale"],
                     "considerationsSociales": "Pas de considération sociale"},
                    {"id": "A2", "objet": "Maintenance applicative", "acheteur": {"id": "1"},
                     "considerationsEnvironnementales": {"considerationEnvironnementale": "Pas de considération environnementale"}},
                    {"id": "A3", "acheteur": {"id": "1"}}
                  ],
                  "contrat-concession": [{"id": "C1", "objet": "Délégation"}]
                }}
                """);
        DecpFile d = DecpReader.read(f);
        assertEquals("v2", d.version());
        assertEquals(2, d.records().size());
        assertEquals(1, d.skipped());
        assertEquals(List.of("Critère environnemental", "Clause environnementale"), d.records().get(0).environmental());
        assertEquals(List.of("Pas de considération sociale"), d.records().get(0).social());
        assertEquals(List.of("Pas de considération environnementale"), d.records().get(1).environmental());
        assertNull(d.records().get(1).social());
    }

    @Test
    void matchesByIdThenByObjectAboveTheThreshold() {
        List<DecpRecord> recs = List.of(
                rec("2026-SI-017", "Conception et maintenance du portail numérique des médiathèques"),
                rec("2026-042", "Fourniture d'ordinateurs portables et de smartphones reconditionnés"),
                rec("2026-043", "Fourniture d'ordinateurs portables et de smartphones neufs"),
                rec("2025-900", "Réfection de la toiture du gymnase Jean-Moulin"));
        DecpMatcher m = new DecpMatcher(recs, 0.5);
        // by the DECP id given in the input list, or the tender id itself
        assertEquals("2026-042", m.match("x", "2026-042", null).record().id());
        assertTrue(m.match("2026-SI-017", null, "autre chose").byId());
        // by object: accents, case, stop words and procurement words do not count
        DecpMatcher.Match o = m.match("t", null, "RÉFECTION DE LA TOITURE DU GYMNASE JEAN MOULIN");
        assertEquals("2025-900", o.record().id());
        assertEquals(1.0, o.score(), 1e-9);
        DecpMatcher.Match close = m.match("t", null, "Marché de fourniture d'ordinateurs portables et smartphones");
        assertTrue(close.ambiguous(), "two records equally close");
        assertNull(m.match("t", null, "Nettoyage des locaux"));
        assertNull(m.match("t", null, "Maintenance du portail"), "below the threshold");
        assertTrue(DecpMatcher.jaccard("Maintenance du portail", "Conception et maintenance du portail numérique des "
                + "médiathèques") < 0.5);
    }

    @Test
    void gapsBetweenDeclarationsAndVerdicts() {
        DecpRecord declared = new DecpRecord("D1", "1", null, "Postes", null, null, null,
                List.of("Clause environnementale", "Critère environnemental"), List.of("Clause sociale"));
        DecpMatcher.Match m = new DecpMatcher.Match(declared, "identifiant", 1, false);
        // LEG-04 missing, LEG-01 covered, LEG-05 absent from the packs
        TenderRow row = DashboardTest.row("t1", 2026, "etat", "hardware", "covered", "missing", "missing", null, null);
        int[] unverifiable = {0};
        List<DecpGap> gaps = DecpCheck.gaps(row, m, unverifiable);
        assertEquals(1, gaps.size());
        assertEquals(DecpGap.Kind.DECLARE_NON_TROUVE, gaps.get(0).kind());
        assertEquals("LEG-04 : manquant", gaps.get(0).found());
        assertTrue(gaps.get(0).message().contains("Clause environnementale"));
        assertEquals(1, unverifiable[0], "Clause sociale cannot be checked without LEG-05");

        DecpRecord none = new DecpRecord("D2", "1", null, "Postes", null, null, null,
                List.of("Pas de considération environnementale"), List.of("Pas de considération sociale"));
        TenderRow covered = DashboardTest.row("t2", 2026, "etat", "hardware", "partial", "missing", "covered", "covered",
                null);
        List<DecpGap> g2 = DecpCheck.gaps(covered, new DecpMatcher.Match(none, "objet", 0.8, false), new int[1]);
        assertEquals(2, g2.size());
        assertEquals(DecpGap.Kind.TROUVE_NON_DECLARE, g2.get(0).kind());
        assertEquals("LEG-01 : partiel, LEG-04 : couvert", g2.get(0).found());
        assertEquals("social", g2.get(1).theme());
        assertTrue(g2.get(0).match().startsWith("objet (similarité 0,80"));

        // v1 records say nothing: no gap, nothing counted
        DecpRecord v1 = new DecpRecord("D3", "1", "Ville", "Postes", null, null, null, null, null);
        int[] u = {0};
        assertTrue(DecpCheck.gaps(row, new DecpMatcher.Match(v1, "identifiant", 1, false), u).isEmpty());
        assertEquals(0, u[0]);
        assertFalse(v1.hasConsiderations());
    }

    @Test
    void batchWritesTheDecpFilesAndSection(@TempDir Path tmp) throws Exception {
        Path archive = tmp.resolve("archive");
        TestSupport.markdownTender(archive, "2026-A", "Ville d'Aval", false, true);
        TestSupport.markdownTender(archive, "postes", "Ville de Bief", true, false);
        Path decp = tmp.resolve("decp.json");
        Files.writeString(decp, """
                {"marches": {"marche": [
                  {"id": "2026-A", "objet": "Fourniture de postes", "acheteur": {"id": "1"},
                   "considerationsEnvironnementales": {"considerationEnvironnementale": ["Clause environnementale"]},
                   "considerationsSociales": {"considerationSociale": ["Pas de considération sociale"]}},
                  {"id": "XYZ", "objet": "Fourniture de postes de travail informatiques et leur maintenance",
                   "acheteur": {"id": "2"},
                   "considerationsEnvironnementales": {"considerationEnvironnementale": ["Pas de considération environnementale"]}}
                ]}}
                """);
        BatchOutcome o = new BatchRunner(BatchOptions.builder(archive, tmp.resolve("out"))
                .check(TestSupport.checkOptions()).threads(2).workers(0).decp(decp).build(), null).run();
        DecpReport r = o.decp();
        assertEquals("v2", r.version());
        assertEquals(1, r.matchedById());
        assertEquals(1, r.matchedByObject());
        assertEquals(1, r.declaredNotFound(), o.summaryText()); // 2026-A: clause declared, LEG-04 missing
        assertEquals(1, r.foundNotDeclared()); // postes: none declared, LEG-04 covered
        List<String> gaps = Files.readAllLines(tmp.resolve("out/decp-ecarts.csv"));
        assertEquals(3, gaps.size());
        assertTrue(gaps.get(1).startsWith("2026-A;2026-A;identifiant;environnement;Clause environnementale;"));
        assertEquals(3, Files.readAllLines(tmp.resolve("out/decp-rapprochements.csv")).size());
        String html = Files.readString(tmp.resolve("out/dashboard.html"));
        assertTrue(html.contains("Données essentielles (DECP)"));
        DashboardTest.assertWellFormed(html);
        assertTrue(o.summaryText().contains("DECP (v2) : 2 DCE rapproché(s)"), o.summaryText());
    }

    @Test
    void aFileThatIsNotDecpIsRefusedBeforeTheBatchStarts(@TempDir Path tmp) throws Exception {
        Path archive = tmp.resolve("archive");
        TestSupport.markdownTender(archive, "a", "Ville d'Aval", false, true);
        Path notDecp = tmp.resolve("autre.json");
        Files.writeString(notDecp, "{\"type\": \"FeatureCollection\", \"features\": []}");
        BatchInputException e = org.junit.jupiter.api.Assertions.assertThrows(BatchInputException.class,
                () -> new BatchRunner(BatchOptions.builder(archive, tmp.resolve("out")).workers(0)
                        .check(TestSupport.checkOptions()).decp(notDecp).build(), null).run());
        assertTrue(e.getMessage().contains("pas de liste « marches »"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("out/journal.jsonl")), "nothing was processed");
    }

    private static DecpRecord rec(String id, String object) {
        return new DecpRecord(id, "2100", null, object, null, null, null, null, null);
    }
}
