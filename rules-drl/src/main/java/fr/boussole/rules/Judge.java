package fr.boussole.rules;

import fr.boussole.matcher.Hit;
import fr.boussole.matcher.SignalMatcher;
import fr.boussole.model.AppliedWaiver;
import fr.boussole.model.AwardCriterion;
import fr.boussole.model.Clause;
import fr.boussole.model.Evidence;
import fr.boussole.model.Piece;
import fr.boussole.model.PurchaseFamily;
import fr.boussole.model.Severity;
import fr.boussole.model.Status;
import fr.boussole.model.Suggestion;
import fr.boussole.model.Tender;
import fr.boussole.model.TenderProfile;
import fr.boussole.model.Verdict;
import fr.boussole.rules.facts.AwardFact;
import fr.boussole.rules.facts.ClauseFact;
import fr.boussole.rules.facts.CriterionFact;
import fr.boussole.rules.facts.Decision;
import fr.boussole.rules.facts.SignalHit;
import fr.boussole.rules.facts.TenderFact;
import fr.boussole.rules.pack.CriterionDef;
import fr.boussole.rules.pack.EffectiveCriterion;
import fr.boussole.rules.pack.PackSet;
import fr.boussole.rules.pack.Waiver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Judges tenders against a compiled pack set. Build it once per pack set ({@link #compile(PackSet)}: matcher +
 * cached KieBase), then call {@link #judge(Tender, JudgeOptions)} per tender, from any thread: each call uses its
 * own Drools session, disposed at the end.
 *
 * <p>Drools decides: the generic rules and the packs' DRL insert {@link Decision} facts; Java keeps the highest
 * priority decision per criterion (ties: the least favourable status) and builds the verdict from the pack's
 * messages, the evidence (counted and ignored hits) and the trail of rules fired.
 */
public final class Judge {

    /** A pack whose rules fire more than this is looping. */
    public static final int MAX_FIRINGS = 200_000;
    private static final int MAX_EVIDENCE = 12;
    private static final int MAX_IGNORED = 6;

    private final PackSet set;
    private final SignalMatcher matcher;
    private final KieBase kieBase;
    private final Map<String, String> packOfRulePackage = new HashMap<>();

    private Judge(PackSet set, SignalMatcher matcher, KieBase kieBase) {
        this.set = set;
        this.matcher = matcher;
        this.kieBase = kieBase;
        set.packs().forEach(p -> {
            if (p.manifest().drlPackage() != null) {
                packOfRulePackage.put(p.manifest().drlPackage(), p.id());
            }
        });
        packOfRulePackage.put(KieBaseCache.GENERIC_PACKAGE, "boussole");
    }

    public static Judge compile(PackSet set) {
        return compile(set, KieBaseCache.shared());
    }

    public static Judge compile(PackSet set, KieBaseCache cache) {
        SignalMatcher m = SignalMatcher.build(set.signalSpecs());
        return new Judge(set, m, cache.get(set));
    }

    /** French reason for a criterion with context signals, else null. */
    private static String contextReason(EffectiveCriterion c) {
        boolean contextual = c.def().signals().stream().anyMatch(s -> s.effect() == fr.boussole.matcher.Effect.CONTEXT);
        if (!contextual) {
            return null;
        }
        String subject = c.def().applies().onlyIfMentioned();
        return "Le DCE ne mentionne pas " + (subject == null || subject.isBlank() ? "le sujet de ce critère" : subject)
                + " : critère sans objet pour cet achat.";
    }

    public PackSet packSet() {
        return set;
    }

    public SignalMatcher matcher() {
        return matcher;
    }

    public KieBase kieBase() {
        return kieBase;
    }

    public Judgement judge(Tender tender) {
        return judge(tender, JudgeOptions.defaults());
    }

    public Judgement judge(Tender tender, JudgeOptions options) {
        LocalDate day = options.day();
        TenderProfile profile = tender.profile();
        List<String> warnings = new ArrayList<>(set.warnings());
        warnings.addAll(options.waivers().check(set, day));

        // 1. pre-match every signal once
        List<Hit> hits = matcher.match(tender);

        Map<String, Clause> clauses = new HashMap<>();
        Map<String, Piece> pieces = new HashMap<>();
        for (Piece p : tender.pieces()) {
            pieces.put(p.id(), p);
            p.clauses().forEach(c -> clauses.put(c.id(), c));
        }

        // 2. facts
        List<Object> facts = new ArrayList<>();
        Applicability.LaunchDate launch = Applicability.launchDate(profile, day);
        List<String> amountNotes = new ArrayList<>();
        Double amount = Applicability.amountHT(profile, amountNotes);
        Set<String> roles = new TreeSet<>();
        tender.pieces().forEach(p -> {
            if (p.role() != null) {
                roles.add(p.role().code());
            }
        });
        List<String> families = Applicability.families(profile).stream().map(PurchaseFamily::code).toList();
        facts.add(new TenderFact(tender.id(), profile.family() == null ? null : profile.family().code(), families,
                profile.buyerType() == null ? null : profile.buyerType().code(), launch.date(), launch.source(), day,
                amount, roles, profile.awardCriteria().size())
                .withContract(profile.ccag(), profile.procedure(), profile.cpv()));
        for (AwardCriterion a : profile.awardCriteria()) {
            facts.add(award(a, false, null));
            for (AwardCriterion s : a.subCriteria()) {
                facts.add(award(s, true, a));
            }
        }
        for (Clause c : tender.clauses().toList()) {
            Set<String> ctx = new LinkedHashSet<>();
            c.contexts().forEach(x -> ctx.add(x.code()));
            facts.add(new ClauseFact(c.id(), c.pieceId(), c.role() == null ? null : c.role().code(), c.page(),
                    c.article(), c.headings(), c.kind() == null ? null : c.kind().code(), c.text(), c.normText(),
                    ctx));
        }
        Map<String, Set<String>> evidenceRolesOf = new HashMap<>();
        for (EffectiveCriterion c : set.criteria()) {
            Set<String> rs = new LinkedHashSet<>();
            c.def().applies().roles().forEach(x -> rs.add(x.code()));
            evidenceRolesOf.put(c.id(), rs);
        }
        Map<SignalHit, Hit> hitOf = new IdentityHashMap<>();
        Map<String, List<SignalHit>> hitsByCriterion = new HashMap<>();
        int order = 0;
        for (Hit h : hits) {
            EffectiveCriterion c = set.criterion(h.criterionId());
            String note = noteOf(c, h.signalId());
            SignalHit sh = new SignalHit(h.criterionId(), h.signalId(), h.effect().code(), h.clauseId(), h.pieceId(),
                    h.role() == null ? null : h.role().code(), h.sentenceIndex(), h.quote(), h.sentence(), h.number(),
                    h.modality().code(), h.counted(), h.ignoreKind() == null ? null : h.ignoreKind().code(),
                    h.ignoredReason(), note, where(clauses.get(h.clauseId()), pieces.get(h.pieceId())),
                    expected(evidenceRolesOf.get(h.criterionId()), h), order++);
            hitOf.put(sh, h);
            hitsByCriterion.computeIfAbsent(h.criterionId(), k -> new ArrayList<>()).add(sh);
            facts.add(sh);
        }
        Map<String, CriterionFact> criterionFacts = new LinkedHashMap<>();
        for (EffectiveCriterion c : set.criteria()) {
            Applicability.Result r = Applicability.evaluate(c, profile, launch, amount, amountNotes);
            Set<String> evidenceRoles = new LinkedHashSet<>();
            c.def().applies().roles().forEach(x -> evidenceRoles.add(x.code()));
            CriterionFact cf = new CriterionFact(c.id(), c.packId(), r.severity().code(), r.applicable(), r.reason(),
                    c.params(), evidenceRoles, c.def().theme(), c.def().qualities(), contextReason(c));
            criterionFacts.put(c.id(), cf);
            facts.add(cf);
        }

        // 3. Drools decides
        Map<String, List<Decision>> decisions = new HashMap<>();
        Map<String, Set<String>> fired = new HashMap<>();
        KieSession session = kieBase.newKieSession();
        try {
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    if (event.getObject() instanceof Decision d) {
                        Rule r = event.getRule();
                        if (r != null) {
                            d.setRule(r.getPackageName(), r.getName());
                        }
                        decisions.computeIfAbsent(d.getCriterionId(), k -> new ArrayList<>()).add(d);
                    }
                }
            });
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    Rule r = event.getMatch().getRule();
                    String label = ruleLabel(r.getPackageName(), r.getName());
                    for (String id : criterionIds(event.getMatch().getObjects())) {
                        fired.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(label);
                    }
                }
            });
            for (Object f : facts) {
                session.insert(f);
            }
            int n = session.fireAllRules(MAX_FIRINGS);
            if (n >= MAX_FIRINGS) {
                throw new JudgeException("les règles ont été déclenchées plus de " + MAX_FIRINGS + " fois sur « "
                        + tender.id() + " » : une règle boucle probablement (modify/update sans garde)", null);
            }
        } catch (ConsequenceException e) {
            Rule r = e.getMatch() == null ? null : e.getMatch().getRule();
            String who = r == null ? "?" : ruleLabel(r.getPackageName(), r.getName());
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new JudgeException("la règle " + who + " a échoué sur « " + tender.id() + " » : "
                    + cause.getMessage(), e);
        } finally {
            session.dispose();
        }

        // 4. verdicts
        List<Verdict> verdicts = new ArrayList<>();
        for (EffectiveCriterion c : set.criteria()) {
            CriterionFact cf = criterionFacts.get(c.id());
            List<Decision> ds = decisions.getOrDefault(c.id(), List.of());
            Decision best = best(ds);
            List<SignalHit> mine = hitsByCriterion.getOrDefault(c.id(), List.of());
            Verdict v = verdict(c, cf, best, ds, mine, fired.getOrDefault(c.id(), Set.of()), hitOf, clauses, pieces);
            AppliedWaiver w = waiver(c, v.status(), tender.id(), options, day);
            verdicts.add(w == null ? v : v.withWaiver(w));
        }
        for (String id : decisions.keySet()) {
            if (set.criterion(id) == null) {
                warnings.add("une règle a décidé pour un critère inconnu « " + id + " » : décision ignorée");
            }
        }
        List<Judgement.Disabled> disabled = set.disabled().stream().map(c -> new Judgement.Disabled(c.id(), c.packId(),
                c.title(), c.disabledBy(), c.justification())).toList();
        return new Judgement(tender.id(), verdicts, Scoring.qualities(verdicts),
                Scoring.summary(verdicts, tender.partialInput()), set.refs(), disabled, warnings, hits);
    }

    private static boolean expected(Set<String> roles, Hit h) {
        return roles == null || roles.isEmpty() || (h.role() != null && roles.contains(h.role().code()));
    }

    private AwardFact award(AwardCriterion a, boolean sub, AwardCriterion parent) {
        return new AwardFact(a.name(), a.kind() == null ? "other" : a.kind().code(), a.percent(), a.weight(), a.unit(),
                sub, parent == null ? null : parent.name(),
                parent == null || parent.kind() == null ? null : parent.kind().code(),
                parent == null ? null : parent.percent());
    }

    private static String noteOf(EffectiveCriterion c, String signalId) {
        if (c == null) {
            return null;
        }
        for (CriterionDef.SignalDef s : c.def().signals()) {
            if (s.id().equals(signalId)) {
                return s.note();
            }
        }
        return null;
    }

    static String where(Clause c, Piece p) {
        if (c == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(c.role() == null ? "pièce" : c.role().code());
        if (p != null && p.fileName() != null) {
            sb.append(" (").append(p.fileName()).append(')');
        }
        if (c.article() != null && !c.article().isBlank()) {
            sb.append(", ").append(c.article());
        } else if (c.heading() != null) {
            sb.append(", « ").append(c.heading()).append(" »");
        }
        if (c.page() != null) {
            sb.append(", p. ").append(c.page());
        }
        return sb.toString();
    }

    private String ruleLabel(String pkg, String name) {
        String pack = packOfRulePackage.getOrDefault(pkg, pkg);
        return pack + " « " + name + " »";
    }

    private static Set<String> criterionIds(List<Object> objects) {
        Set<String> ids = new LinkedHashSet<>();
        for (Object o : objects) {
            collectIds(o, ids);
        }
        return ids;
    }

    private static void collectIds(Object o, Set<String> ids) {
        if (o instanceof CriterionFact c) {
            ids.add(c.getId());
        } else if (o instanceof SignalHit h) {
            ids.add(h.getCriterionId());
        } else if (o instanceof Decision d) {
            ids.add(d.getCriterionId());
        } else if (o instanceof Iterable<?> it) {
            for (Object x : it) {
                if (x instanceof SignalHit || x instanceof CriterionFact || x instanceof Decision) {
                    collectIds(x, ids);
                }
            }
        }
    }

    /** Highest priority; ties go to the least favourable status. */
    static Decision best(List<Decision> ds) {
        Decision best = null;
        for (Decision d : ds) {
            if (best == null || d.getPriority() > best.getPriority()
                    || (d.getPriority() == best.getPriority() && rank(d.getStatus()) < rank(best.getStatus()))) {
                best = d;
            }
        }
        return best;
    }

    private static int rank(String status) {
        return switch (status) {
            case "contradicted" -> 0;
            case "missing" -> 1;
            case "partial" -> 2;
            case "covered" -> 3;
            default -> 4;
        };
    }

    private Verdict verdict(EffectiveCriterion c, CriterionFact cf, Decision best, List<Decision> all,
                            List<SignalHit> hits, Set<String> firedRules, Map<SignalHit, Hit> hitOf,
                            Map<String, Clause> clauses, Map<String, Piece> pieces) {
        CriterionDef def = c.def();
        Status status = best == null ? Status.MISSING : Status.fromCode(best.getStatus());
        String reason;
        if (best != null) {
            reason = best.getReason();
        } else {
            long ignored = hits.stream().filter(h -> !h.isCounted()).count();
            String where = def.applies().roles().isEmpty() ? "les pièces lues"
                    : "les pièces attendues (" + String.join(", ", def.applies().roles().stream().map(r -> r.code())
                    .toList()) + ")";
            reason = ignored > 0
                    ? "Aucune mention ne compte dans " + where + " : " + ignored + " mention" + (ignored > 1 ? "s" : "")
                    + " écartée" + (ignored > 1 ? "s" : "") + " (voir les preuves ignorées et leur raison)."
                    : "Aucune mention trouvée dans " + where + ".";
        }
        Severity severity = Severity.fromCode(cf.getSeverity());
        String message = def.messages().of(status);
        if (message == null || message.isBlank()) {
            message = defaultMessage(status, def.title());
        }

        // evidence: the decision's hits first, then other counted hits, then ignored ones with their reason
        List<Evidence> evidence = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        if (status != Status.NOT_APPLICABLE) {
            if (best != null) {
                List<SignalHit> decided = new ArrayList<>(best.getEvidence());
                decided.sort(fr.boussole.rules.facts.Reasons.BEST_FIRST);
                for (SignalHit h : decided) {
                    if (!"context".equals(h.getEffect())) {
                        addEvidence(evidence, seen, h, hitOf, clauses, pieces, false);
                    }
                }
            }
            List<SignalHit> ordered = new ArrayList<>(hits);
            ordered.sort(fr.boussole.rules.facts.Reasons.BEST_FIRST);
            for (SignalHit h : ordered) {
                // a context hit says the criterion applies; it is no evidence of coverage (it stays in the trail)
                if (h.isCounted() && !"context".equals(h.getEffect())) {
                    addEvidence(evidence, seen, h, hitOf, clauses, pieces, false);
                }
            }
            int ignoredCount = 0;
            for (SignalHit h : hits) {
                if (!h.isCounted() && !"context".equals(h.getEffect()) && ignoredCount < MAX_IGNORED) {
                    if (addEvidence(evidence, seen, h, hitOf, clauses, pieces, true)) {
                        ignoredCount++;
                    }
                }
            }
        }

        Suggestion suggestion = null;
        if (status.isGap() && def.suggestion() != null && def.suggestion().text() != null) {
            suggestion = new Suggestion(def.suggestion().piece(), def.suggestion().text().strip(),
                    def.suggestion().source());
        }

        List<String> trail = new ArrayList<>();
        trail.add("pack " + c.pack().id() + "@" + c.pack().version() + " (sha256 " + c.pack().sha256().substring(0, 12)
                + "…)");
        trail.addAll(c.overrides());
        trail.add("applicabilité : " + cf.getReason());
        if (!firedRules.isEmpty()) {
            trail.add("règles déclenchées : " + String.join(", ", firedRules));
        }
        if (best != null) {
            trail.add("décision retenue : " + ruleLabel(best.getRulePackage(), best.getRuleName()) + " → "
                    + status.label() + " (priorité " + best.getPriority() + ")");
            for (Decision d : all) {
                if (d != best) {
                    trail.add("décision écartée : " + ruleLabel(d.getRulePackage(), d.getRuleName()) + " → "
                            + Status.fromCode(d.getStatus()).label() + " (priorité " + d.getPriority() + ")");
                }
            }
        } else {
            trail.add("aucune règle n'a conclu : manquant par défaut");
        }
        if (!hits.isEmpty()) {
            Map<String, int[]> bySignal = new LinkedHashMap<>();
            for (SignalHit h : hits) {
                bySignal.computeIfAbsent(h.getSignalId(), k -> new int[2])[h.isCounted() ? 0 : 1]++;
            }
            List<String> parts = new ArrayList<>();
            bySignal.forEach((k, v) -> parts.add(k + " (" + v[0] + " comptée" + (v[0] > 1 ? "s" : "")
                    + (v[1] > 0 ? ", " + v[1] + " écartée" + (v[1] > 1 ? "s" : "") : "") + ")"));
            trail.add("signaux : " + String.join(", ", parts));
        } else {
            trail.add("signaux : aucune mention");
        }
        return new Verdict(c.id(), c.pack().id(), c.pack().version(), def.title(), status, severity, message, reason,
                evidence, suggestion, def.theme(), def.qualities(), def.fullReference(), trail, null);
    }

    private static String defaultMessage(Status s, String title) {
        return switch (s) {
            case COVERED -> "Le DCE couvre ce critère : " + title + ".";
            case PARTIAL -> "Le DCE couvre partiellement ce critère : " + title + ".";
            case MISSING -> "Le DCE ne couvre pas ce critère : " + title + ".";
            case CONTRADICTED -> "Le DCE contient une clause contraire à ce critère : " + title + ".";
            case NOT_APPLICABLE -> "Critère non applicable à cette consultation : " + title + ".";
        };
    }

    private boolean addEvidence(List<Evidence> out, Set<String> seen, SignalHit h, Map<SignalHit, Hit> hitOf,
                                Map<String, Clause> clauses, Map<String, Piece> pieces, boolean ignored) {
        if (out.size() >= MAX_EVIDENCE + MAX_IGNORED) {
            return false;
        }
        if (!ignored && out.stream().filter(e -> !"ignored".equals(e.effect())).count() >= MAX_EVIDENCE) {
            return false;
        }
        Hit hit = hitOf.get(h);
        String key = h.getClauseId() + "|" + h.getSignalId() + "|" + (hit == null ? "" : hit.normSpan().start());
        if (!seen.add(key)) {
            return false;
        }
        Clause c = clauses.get(h.getClauseId());
        Piece p = pieces.get(h.getPieceId());
        String note;
        String effect;
        if (ignored) {
            effect = "ignored";
            note = h.getIgnoredReason();
        } else {
            effect = h.getEffect();
            List<String> parts = new ArrayList<>();
            if (h.getNote() != null) {
                parts.add(h.getNote());
            }
            if (h.isOptional()) {
                parts.add("formulé comme une simple faculté");
            }
            note = parts.isEmpty() ? null : String.join(" — ", parts);
        }
        out.add(new Evidence(h.getClauseId(), p == null ? null : p.path(), c == null ? null : c.role(),
                c == null ? null : c.page(), c == null ? null : c.article(), h.getSentence(),
                c == null ? null : c.fingerprint(), h.getSignalId(), effect, note));
        return true;
    }

    private AppliedWaiver waiver(EffectiveCriterion c, Status status, String tenderId, JudgeOptions options,
                                 LocalDate day) {
        for (Waiver w : options.waivers().matching(c.id(), tenderId, set)) {
            if (w.expiredOn(day)) {
                continue;
            }
            return new AppliedWaiver(w.justification(), w.author(), w.date(), w.expires(),
                    w.scope() == null ? "*" : w.scope(), status.isGap());
        }
        return null;
    }
}
