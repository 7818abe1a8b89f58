package fr.boussole.bench;

import fr.boussole.core.Checker;
import fr.boussole.core.ReadOptions;
import fr.boussole.core.TenderReader;
import fr.boussole.model.CheckResult;
import fr.boussole.model.Piece;
import fr.boussole.model.Tender;
import fr.boussole.model.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Untimed facts about the inputs, computed once before the benchmarks: what one operation of each benchmark reads
 * (files, bytes, characters, pages), and what the two pack sets hold and do on the corpus (criteria, patterns,
 * regex runs, hits, verdicts). They turn times into throughputs and explain the ratios.
 */
public final class Facts {

    /** One corpus, read by both sides. */
    public record CorpusFacts(String corpus, int dces, int files, long bytes, long bareChars, long barePages,
                              int pieces, long boussoleChars, long boussolePages, long clauses, int problems,
                              Map<String, Integer> piecesByRole) {
    }

    /** One pack set applied to one corpus. */
    public record JudgeFacts(String corpus, String packs, String variant, int packCount, int criteria, int patterns,
                             long clausesSeen, long regexRuns, long hits, Map<String, Integer> statuses) {
    }

    private Facts() {
    }

    public static CorpusFacts corpus(Corpus c) {
        BareTika bare = new BareTika();
        long bareChars = 0;
        long barePages = 0;
        for (Corpus.Dce d : c.dces()) {
            for (Path f : d.files()) {
                BareTika.Result r = bare.parse(f);
                bareChars += r.chars();
                barePages += r.pages();
            }
        }
        int pieces = 0;
        long chars = 0;
        long pages = 0;
        long clauses = 0;
        int problems = 0;
        Map<String, Integer> roles = new TreeMap<>();
        try (TenderReader reader = new TenderReader(ReadOptions.defaults().withThreads(1))) {
            for (Corpus.Dce d : c.dces()) {
                Tender t = reader.read(d.dir());
                problems += t.allProblems().size();
                for (Piece p : t.pieces()) {
                    pieces++;
                    chars += p.text() == null ? 0 : p.text().length();
                    pages += p.pages() == null ? 0 : p.pages();
                    clauses += p.clauses().size();
                    roles.merge(p.role() == null ? "?" : p.role().code(), 1, Integer::sum);
                }
            }
        }
        return new CorpusFacts(c.name(), c.dces().size(), c.fileCount(), c.bytes(), bareChars, barePages, pieces,
                chars, pages, clauses, problems, roles);
    }

    /** Checks every DCE of the corpus once with each pack set and counts what the matcher did. */
    public static List<JudgeFacts> judge(Corpus c, PackSets sets) {
        List<Tender> tenders = new ArrayList<>();
        try (TenderReader reader = new TenderReader(ReadOptions.defaults().withThreads(1))) {
            for (Corpus.Dce d : c.dces()) {
                tenders.add(reader.read(d.dir()));
            }
        }
        List<JudgeFacts> out = new ArrayList<>();
        out.add(judgeOne(c.name(), KieBaseBenchmark.NORMAL, sets.variant(), new Checker(sets.normal()), tenders));
        out.add(judgeOne(c.name(), "x" + sets.factor(), sets.variant(), new Checker(sets.multiplied()), tenders));
        return out;
    }

    private static JudgeFacts judgeOne(String corpus, String label, String variant, Checker checker,
                                       List<Tender> tenders) {
        long[] before = checker.judge().matcher().counters();
        long hits = 0;
        Map<String, Integer> statuses = new LinkedHashMap<>();
        for (Tender t : tenders) {
            hits += checker.judgement(t).hits().size();
            CheckResult r = checker.check(t);
            for (Verdict v : r.verdicts()) {
                statuses.merge(v.status().name().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
            }
        }
        long[] after = checker.judge().matcher().counters();
        // judgement() and check() both matched: halve the counters to give one check's work
        return new JudgeFacts(corpus, label, variant, checker.packs().packs().size(), checker.packs().criteria().size(),
                checker.judge().matcher().patternCount(), (after[0] - before[0]) / 2, (after[1] - before[1]) / 2,
                hits, statuses);
    }
}
