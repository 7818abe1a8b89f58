package fr.boussole.profiler;

import com.fasterxml.jackson.databind.JsonNode;
import fr.boussole.model.Clause;
import fr.boussole.model.ClauseKind;
import fr.boussole.model.Json;
import fr.boussole.model.Piece;
import fr.boussole.segmenter.FrenchNormalizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ScratchCorpusTest {
    static Piece load(Path f, String id) throws Exception {
        JsonNode root = Json.mapper().readTree(f.toFile());
        String name = root.get("file").asText();
        List<Clause> cs = new ArrayList<>();
        int off = 0;
        for (JsonNode it : root.get("items")) {
            String t = it.get("text").asText();
            ClauseKind k = ClauseKind.fromCode(it.get("kind").asText());
            Integer page = it.get("page").isNull() ? null : it.get("page").asInt();
            cs.add(new Clause(id + "#" + String.format("%04d", cs.size() + 1), id, null, page, null, null, null, k, off,
                    off + t.length(), t, FrenchNormalizer.normalize(t), null, null, null));
            off += t.length() + 1;
        }
        String fileName = name.substring(name.lastIndexOf("__") + 2);
        return new Piece(id, name.replace("__", "/"), fileName, null, null, null, null, null, null, 0, null, null, null,
                null, cs);
    }

    @Test
    void run() throws Exception {
        Map<String, List<Piece>> tenders = new TreeMap<>();
        int i = 0;
        try (var s = Files.list(Path.of("/tmp/prof"))) {
            for (Path f : s.filter(p -> p.getFileName().toString().startsWith("c_")).sorted().toList()) {
                Piece p = load(f, "p" + (++i));
                tenders.computeIfAbsent(p.path().substring(0, p.path().indexOf('/')), k -> new ArrayList<>()).add(p);
            }
        }
        PieceRoleClassifier rc = new PieceRoleClassifier();
        for (var e : tenders.entrySet()) {
            System.out.println("==== " + e.getKey());
            List<Piece> classified = new ArrayList<>();
            for (Piece p : e.getValue()) {
                Piece c = rc.apply(p);
                classified.add(c);
                System.out.println(p.fileName() + " -> " + c.role() + " : " + c.roleReason());
                Piece anon = new Piece(p.id(), p.path(), "doc" + p.id() + ".bin", null, null, null, null, null, null, 0, null,
                        null, null, null, p.clauses());
                var d = rc.apply(anon);
                System.out.println("   (anonymous) -> " + d.role() + " : " + d.roleReason());
            }
            var prof = new TenderProfiler().profile(classified);
            System.out.println(Json.write(prof));
        }
    }
}
