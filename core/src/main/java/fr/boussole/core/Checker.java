package fr.boussole.core;

import fr.boussole.model.CheckResult;
import fr.boussole.model.Problem;
import fr.boussole.model.Tender;
import fr.boussole.rules.Judge;
import fr.boussole.rules.JudgeOptions;
import fr.boussole.rules.Judgement;
import fr.boussole.rules.pack.Lockfile;
import fr.boussole.rules.pack.Pack;
import fr.boussole.rules.pack.PackLoader;
import fr.boussole.rules.pack.PackSet;
import fr.boussole.rules.pack.WaiverSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges tenders against a set of packs. Loading the packs and compiling the rule base happen once,
 * in the constructor; {@link #check} is thread-safe and can be called for thousands of tenders.
 */
public final class Checker {

    private final CheckOptions options;
    private final PackSet packs;
    private final Judge judge;
    private final WaiverSet waivers;

    public Checker(CheckOptions options) {
        this.options = options;
        this.packs = loadPacks(options);
        this.waivers = options.waivers() == null ? WaiverSet.empty() : WaiverSet.load(options.waivers());
        this.judge = Judge.compile(packs);
    }

    public Checker() {
        this(CheckOptions.defaults());
    }

    /** Loads built-in and user packs, verifies the lockfile, applies trust. Errors are PackExceptions. */
    public static PackSet loadPacks(CheckOptions options) {
        List<Pack> all = new ArrayList<>();
        if (options.builtins() == null) {
            all.addAll(PackLoader.builtins());
        } else {
            options.builtins().forEach(id -> all.add(PackLoader.builtin(id)));
        }
        all.addAll(PackLoader.resolveAll(options.extraPacks()));
        PackSet.Builder b = PackSet.builder().addAll(all).trust(options.trusted());
        if (options.lockFile() != null) {
            b.lock(Lockfile.read(options.lockFile()), options.lockFile().getFileName().toString());
        }
        return b.build();
    }

    public PackSet packs() {
        return packs;
    }

    public Judge judge() {
        return judge;
    }

    /** Judges one tender. */
    public CheckResult check(Tender tender) {
        return toResult(tender, judgement(tender));
    }

    /** The full judgement (with every signal hit), for explain. */
    public Judgement judgement(Tender tender) {
        LocalDate day = options.checkDate() != null ? options.checkDate() : LocalDate.now();
        return judge.judge(tender, new JudgeOptions(day, waivers));
    }

    /** Builds the JSON contract from a judgement. */
    public static CheckResult toResult(Tender tender, Judgement j) {
        List<Problem> problems = tender.allProblems();
        return new CheckResult(CheckResult.SCHEMA_VERSION, "boussole " + Versions.boussole(), Instant.now(),
                tender.id(), tender.source(), tender.profile(),
                tender.pieces().stream().map(CheckResult.PieceSummary::of).toList(), j.packs(), j.verdicts(),
                j.qualities(), j.summary(), problems);
    }
}
