package fr.boussole.profiler;

import fr.boussole.model.AwardCriterion;
import fr.boussole.model.Clause;
import fr.boussole.model.Lot;
import fr.boussole.model.Piece;
import fr.boussole.model.PieceRole;
import fr.boussole.model.SourceRef;
import fr.boussole.model.TenderProfile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Builds the {@link TenderProfile} of a DCE: each field is read from one clause, kept in
 * {@link TenderProfile#sources()}, and left null when no clause states it. Pieces are read in the
 * order RC, AE, CCAP, CCP, CCTP (then unclassified pieces); the first piece that states a field wins.
 */
public final class TenderProfiler {

    private static final System.Logger LOG = System.getLogger(TenderProfiler.class.getName());

    /** Where each field is looked for, in order. */
    private static final List<PieceRole> ORDER = List.of(PieceRole.RC, PieceRole.AE, PieceRole.CCAP, PieceRole.CCP,
            PieceRole.CCTP, PieceRole.OTHER);
    private static final List<PieceRole> CRITERIA_ORDER = List.of(PieceRole.RC, PieceRole.CCP, PieceRole.AE, PieceRole.CCAP,
            PieceRole.OTHER, PieceRole.CCTP);

    private final PieceRoleClassifier roles;
    private final ObjectDetector objects = new ObjectDetector();
    private final BuyerDetector buyers = new BuyerDetector();
    private final ProcedureDetector procedures = new ProcedureDetector();
    private final CpvExtractor cpvs = new CpvExtractor();
    private final LotExtractor lots = new LotExtractor();
    private final AmountExtractor amounts = new AmountExtractor();
    private final KeyDatesDetector dates = new KeyDatesDetector();
    private final CcagDetector ccags = new CcagDetector();
    private final DurationParser durations = new DurationParser();
    private final AwardCriteriaParser criteria = new AwardCriteriaParser();
    private final PurchaseFamilyClassifier families = new PurchaseFamilyClassifier();

    public TenderProfiler() {
        this(new PieceRoleClassifier());
    }

    /** @param roles used for pieces that come without a role */
    public TenderProfiler(PieceRoleClassifier roles) {
        this.roles = roles;
    }

    /** Profile of the tender made of these pieces (pieces without role are classified first). */
    public TenderProfile profile(List<Piece> pieces) {
        List<Piece> ordered = new ArrayList<>();
        for (Piece p : pieces) {
            ordered.add(p.role() == null ? roles.apply(p) : p);
        }
        Map<String, String> paths = new HashMap<>();
        ordered.forEach(p -> paths.put(p.id(), p.path()));
        Function<Clause, String> pathOf = c -> paths.getOrDefault(c.pieceId(), c.pieceId());
        Map<String, SourceRef> sources = new LinkedHashMap<>();
        List<Piece> main = inOrder(ordered, ORDER);

        Found<String> object = first(main, objects::detect, "objet");
        put(sources, "object", object, pathOf);

        Found<String> buyer = first(main, buyers::detect, "acheteur");
        put(sources, "buyer", buyer, pathOf);
        var buyerType = buyer == null ? null : BuyerTypes.of(buyer.value());
        if (buyerType != null) {
            put(sources, "buyerType", buyer, pathOf);
        }

        Found<String> procedure = first(main, procedures::detect, "procédure");
        put(sources, "procedure", procedure, pathOf);

        List<Found<String>> cpv = firstList(main, cpvs::extract, "CPV");
        for (int i = 0; i < cpv.size(); i++) {
            put(sources, "cpv[" + i + "]", cpv.get(i), pathOf);
        }

        List<Lot> lotList = new ArrayList<>();
        LotExtractor.Lots foundLots = null;
        for (Piece p : main) {
            LotExtractor.Lots l = safe(() -> lots.extract(p.clauses()), "lots", p);
            if (l != null && !l.lots().isEmpty()) {
                foundLots = l;
                break;
            }
            if (foundLots == null && l != null && l.noLots() != null) {
                foundLots = l;
            }
        }
        if (foundLots != null) {
            for (Found<LotExtractor.LotId> f : foundLots.lots()) {
                lotList.add(new Lot(f.value().number(), f.value().title(), f.source(pathOf.apply(f.clause()))));
            }
            put(sources, "lots", foundLots.noLots(), pathOf);
        }

        var amount = first(main, amounts::extract, "montant");
        put(sources, "estimatedAmount", amount, pathOf);
        var launch = first(main, dates::launchDate, "date de lancement");
        put(sources, "launchDate", launch, pathOf);
        var deadline = first(main, dates::deadline, "date limite");
        if (deadline != null && launch != null && deadline.value().toLocalDate().isBefore(launch.value())) {
            deadline = null; // offers cannot be due before the notice is sent: that date is something else
        }
        put(sources, "deadline", deadline, pathOf);

        List<String> ccag = new ArrayList<>();
        Set<String> seenCcag = new LinkedHashSet<>();
        for (Piece p : inOrder(ordered, List.of(PieceRole.CCAP, PieceRole.CCP, PieceRole.RC, PieceRole.AE, PieceRole.CCTP,
                PieceRole.OTHER))) {
            List<Found<String>> found = safe(() -> ccags.detect(p.clauses()), "CCAG", p);
            for (Found<String> f : found == null ? List.<Found<String>>of() : found) {
                if (seenCcag.add(f.value())) {
                    put(sources, "ccag[" + ccag.size() + "]", f, pathOf);
                    ccag.add(f.value());
                }
            }
        }

        var duration = first(main, durations::parse, "durée");
        put(sources, "duration", duration, pathOf);

        List<AwardCriterion> award = List.of();
        for (Piece p : inOrder(ordered, CRITERIA_ORDER)) {
            AwardCriteriaParser.Result r = safe(() -> criteria.parse(p.clauses(), pathOf), "critères", p);
            if (r != null && !r.criteria().isEmpty()) {
                award = r.criteria();
                sources.put("awardCriteria", SourceRef.of(r.anchor(), pathOf.apply(r.anchor()), Texts.quote(r.quote())));
                break;
            }
        }

        List<Clause> technical = new ArrayList<>();
        inOrder(ordered, List.of(PieceRole.CCTP, PieceRole.CCP)).forEach(p -> technical.addAll(p.clauses()));
        if (technical.isEmpty()) {
            main.forEach(p -> technical.addAll(p.clauses()));
        }
        List<String> codes = cpv.stream().map(Found::value).toList();
        PurchaseFamilyClassifier.FamilyDecision family = families.classify(codes, object == null ? null : object.value(),
                technical);
        if (!cpv.isEmpty() && PurchaseFamilyClassifier.ofCpv(codes.get(0)) == family.main()) {
            put(sources, "family", cpv.get(0), pathOf);
        } else if (object != null) {
            put(sources, "family", object, pathOf);
        }

        return new TenderProfile(
                object == null ? null : object.value(),
                buyer == null ? null : buyer.value(),
                buyerType,
                procedure == null ? null : procedure.value(),
                codes,
                lotList,
                amount == null ? null : amount.value(),
                launch == null ? null : launch.value(),
                deadline == null ? null : deadline.value(),
                ccag,
                duration == null ? null : duration.value().text(),
                duration == null ? null : duration.value().months(),
                award,
                family.main(),
                family.families(),
                family.reason(),
                sources);
    }

    private static List<Piece> inOrder(List<Piece> pieces, List<PieceRole> order) {
        return pieces.stream().filter(p -> order.contains(p.role()))
                .sorted(Comparator.comparingInt(p -> order.indexOf(p.role()))).toList();
    }

    private static <T> Found<T> first(List<Piece> pieces, Function<List<Clause>, Found<T>> detector, String what) {
        for (Piece p : pieces) {
            Found<T> f = safe(() -> detector.apply(p.clauses()), what, p);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private static <T> List<Found<T>> firstList(List<Piece> pieces, Function<List<Clause>, List<Found<T>>> detector,
                                                String what) {
        for (Piece p : pieces) {
            List<Found<T>> f = safe(() -> detector.apply(p.clauses()), what, p);
            if (f != null && !f.isEmpty()) {
                return f;
            }
        }
        return List.of();
    }

    /** A detector that fails on odd input leaves its field empty and never stops the profile. */
    private static <T> T safe(Supplier<T> s, String what, Piece p) {
        try {
            return s.get();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "profil : lecture impossible de « " + what + " » dans " + p.path(), e);
            return null;
        }
    }

    private static void put(Map<String, SourceRef> sources, String key, Found<?> f, Function<Clause, String> pathOf) {
        if (f != null) {
            sources.put(key, f.source(pathOf.apply(f.clause())));
        }
    }
}
