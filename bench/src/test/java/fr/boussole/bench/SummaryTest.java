package fr.boussole.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryTest {

    @TempDir
    Path dir;

    @Test
    void quantilesInterpolateBetweenRanks() {
        Summary.Stats s = Summary.Stats.of(List.of(4.0, 1.0, 3.0, 2.0, 5.0));
        assertEquals(5, s.n());
        assertEquals(3.0, s.median());
        assertEquals(2.0, s.p25());
        assertEquals(4.0, s.p75());
        assertEquals(1.0, s.min());
        assertEquals(5.0, s.max());
        assertEquals(2.5, Summary.Stats.of(List.of(1.0, 2.0, 3.0, 4.0)).median());
    }

    @Test
    void pairedIterationsGiveOneRatioEach() throws Exception {
        // two forks of two iterations; iteration 3 had two pairs
        String json = """
                [{"benchmark":"fr.boussole.bench.JudgeBenchmark.check","mode":"avgt",
                  "params":{"corpus":"samples","factor":"10"},
                  "primaryMetric":{"score":1,"scoreError":0,"scoreUnit":"ms/op","rawData":[[1,1],[1,1]]},
                  "secondaryMetrics":{
                    "baselineNs":{"rawData":[[100000000,100000000],[200000000,100000000]]},
                    "candidateNs":{"rawData":[[120000000,150000000],[240000000,110000000]]},
                    "pairs":{"rawData":[[1,1],[2,1]]}}},
                 {"benchmark":"fr.boussole.bench.KieBaseBenchmark.coldBuild","mode":"ss",
                  "params":{"packs":"x10"},
                  "primaryMetric":{"score":2000,"scoreError":"NaN","scoreUnit":"ms/op","rawData":[[1900],[2100],[2000]]},
                  "secondaryMetrics":{}}]
                """;
        Files.writeString(dir.resolve("jmh-test.json"), json, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("facts.json"), "{\"factor\":10}", StandardCharsets.UTF_8);
        String md = Summary.write(dir);
        // ratios 1.2, 1.5, 1.2, 1.1 → median 1.2; pooled 620/500 = 1.24; over the goal of 1.3? no: met
        assertTrue(md.contains("| check | samples | copies | 100.0 | 120.0 | 1.20× [1.10–1.50] (4) |"), md);
        assertTrue(md.contains("| 1.24× | met |"), md);
        assertTrue(md.contains("| coldBuild | x10 | ss | 2,000.0 ms/op | 1,900.0–2,100.0 |"), md);
        String csv = Files.readString(dir.resolve("summary.csv"));
        assertTrue(csv.contains("JudgeBenchmark.check,corpus=samples;factor=10,ratio_candidate_over_baseline,x,4,1.2000,"
                + "1.1000,1.5000,"), csv);
    }
}
