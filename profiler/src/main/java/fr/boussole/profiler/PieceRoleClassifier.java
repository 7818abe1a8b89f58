package fr.boussole.profiler;

import fr.boussole.model.Clause;
import fr.boussole.model.ClauseKind;
import fr.boussole.model.Piece;
import fr.boussole.model.PieceRole;
import fr.boussole.segmenter.Fingerprints;
import fr.boussole.segmenter.FrenchNormalizer;
import fr.boussole.segmenter.NormalizedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides the role of a piece (RC, CCAP, CCTP, CCP, AE, BPU, DPGF, DQE, annexe, other) from its file
 * name and its content, and keeps a French reason.
 *
 * <p>Content counts by position: a title on page 1 weighs a lot, the same words on page 3 little, and
 * citations ("les prestations décrites au CCTP") nothing, so an RC that cites the CCTP twenty times
 * stays an RC. Self-references ("le présent CCTP") count wherever they are.
 */
public final class PieceRoleClassifier {

    /** The role chosen and why, in French. */
    public record RoleDecision(PieceRole role, String reason) {
    }

    /**
     * Computes a clause fingerprint for its new role. The segmenter owns the formula
     * ({@link Fingerprints#of}, the default); {@link #KEEP} leaves fingerprints untouched.
     */
    @FunctionalInterface
    public interface Fingerprinter {
        String fingerprint(Clause clause, PieceRole role);

        Fingerprinter SEGMENTER = Fingerprints::of;
        Fingerprinter KEEP = (clause, role) -> clause.fingerprint();
    }

    private static final double NAME = 10;
    private static final double TITLE = 9;
    private static final double SELF_REFERENCE = 3;
    private static final double REPEATED_HEADER = 5;
    private static final double METADATA_TITLE = 3;
    private static final double MIN_SCORE = 2.5;

    /** {@code source}: the expression without the boundary that {@link #phrase} or {@link #abbreviation} adds. */
    private record Phrase(PieceRole role, Pattern pattern, boolean weak, String source) {
    }

    /** Long forms first: the most specific phrase wins on a line. */
    private static final List<Phrase> PHRASES = List.of(
            phrase(PieceRole.BPU, "bordereau (?:des |de )?prix unitaires? valant (?:d\\.?q\\.?e\\.?|detail quantitatif)", false),
            phrase(PieceRole.BPU, "b\\.?p\\.?u\\.? valant d\\.?q\\.?e\\.?", false),
            phrase(PieceRole.RC, "reglement (?:particulier )?(?:de (?:la )?|d')?(?:consultation|appel d'offres)", false),
            phrase(PieceRole.RC, "lettre de consultation", false),
            phrase(PieceRole.CCAP, "(?:cahier des (?:clauses|charges) )?administratives particulieres", false),
            phrase(PieceRole.CCTP, "(?:cahier des (?:clauses|charges|prescriptions) )?techniques particulieres", false),
            phrase(PieceRole.CCTP, "cahier des (?:charges|prescriptions) techniques(?: et fonctionnelles)?", false),
            phrase(PieceRole.CCP, "cahier des (?:clauses|charges) particulieres", false),
            phrase(PieceRole.CCP, "cahier des charges(?! (?:administratives|techniques|particulieres))", true),
            phrase(PieceRole.AE, "acte d'engagement", false),
            phrase(PieceRole.AE, "attri ?1", false),
            phrase(PieceRole.DPGF, "decomposition (?:du |des )?prix globa(?:l|ux)(?: et | & )forfaitaires?", false),
            phrase(PieceRole.DQE, "(?:detail|devis) (?:quantitatif (?:et )?estimatif|estimatif (?:et )?quantitatif)", false),
            phrase(PieceRole.BPU, "bordereau (?:des |de )?prix(?: unitaires?)?", false),
            phrase(PieceRole.ANNEXE, "annexe\\b", false),
            phrase(PieceRole.ANNEXE, "cadre (?:de )?reponse(?: technique)?", false),
            phrase(PieceRole.ANNEXE, "memoire (?:technique|justificatif)", true),
            phrase(PieceRole.ANNEXE, "questionnaire(?: technique)?", true));

    /** Abbreviations, with or without dots. */
    private static final List<Phrase> ABBREVIATIONS = List.of(
            abbreviation(PieceRole.CCAP, "c\\.? ?c\\.? ?a\\.? ?p"),
            abbreviation(PieceRole.CCTP, "c\\.? ?c\\.? ?t\\.? ?p"),
            abbreviation(PieceRole.CCP, "c\\.? ?c\\.? ?p"),
            abbreviation(PieceRole.RC, "r\\.? ?c"),
            abbreviation(PieceRole.AE, "a\\.?e"),
            abbreviation(PieceRole.BPU, "b\\.? ?p\\.? ?u"),
            abbreviation(PieceRole.DPGF, "d\\.? ?p\\.? ?g\\.? ?f"),
            abbreviation(PieceRole.DQE, "d\\.? ?q\\.? ?e"));

    /**
     * Matches where any phrase or abbreviation above matches (each pattern's own alternatives, the word
     * boundary or lookarounds they share taken out once): most lines name no piece, and one pass tells so.
     */
    private static final Pattern ANY_PHRASE = Pattern.compile("\\b(?:" + String.join("|",
            PHRASES.stream().map(p -> p.source).toList()) + ")");
    private static final Pattern ANY_ABBREVIATION = Pattern.compile("(?<![a-z0-9.])(?:" + String.join("|",
            ABBREVIATIONS.stream().map(p -> p.source).toList()) + ")\\.?(?![a-z0-9])");

    private static final Pattern SELF = Pattern.compile("\\bpresente?s?\\s+(.{0,60})");
    private static final Pattern SELF_REGLEMENT = Pattern.compile("^reglement\\b");
    private static final Pattern CITATION_BEFORE = Pattern.compile(
            "(?:\\b(?:du|au|aux|des|de|le|la|les|l'|d'|selon|cf\\.?|voir|dans|par|en|et|sur|a|ou|un|une|son|sa|ses|leur)\\s*\\(?\\s*)$");
    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-–•·▪◦*➢►>\\uF0B7\\uF0A7\\uF0D8]|\\d{1,2}[.)]\\s|[a-z]\\)\\s)");

    private record NameRule(PieceRole role, Pattern pattern, String what) {
    }

    private static final List<NameRule> NAME_RULES = List.of(
            name(PieceRole.OTHER, "\\bdc ?[124]\\b", "formulaire de candidature"),
            name(PieceRole.OTHER, "\\b(?:aapc|avis d appel|avis de publicite|avis de marche|boamp|joue)\\b", "avis de publicité"),
            name(PieceRole.ANNEXE, "\\b(?:annexes?|anx)\\b", "annexe"),
            name(PieceRole.ANNEXE, "\\bcadre (?:de )?reponses?\\b|\\bcrtf?\\b|\\bmemoire (?:technique|justificatif)\\b|\\bquestionnaires?\\b"
                    + "|\\bplans?\\b|\\binventaires?\\b|\\bgrilles?\\b|\\bchartes?\\b|\\bschemas?\\b", "document annexe"),
            name(PieceRole.BPU, "\\bbpu\\b|\\bbordereau(?: des?| de)?(?: prix)?\\b", "bordereau des prix"),
            name(PieceRole.DPGF, "\\bdpgf\\b|\\bdecomposition (?:du |des )?prix glob", "décomposition du prix global et forfaitaire"),
            name(PieceRole.DQE, "\\bdqe\\b|\\b(?:detail|devis) quantitatif", "détail quantitatif estimatif"),
            name(PieceRole.AE, "\\bae\\b|\\battri ?1?\\b|\\bdc ?3\\b|\\bacte (?:d )?engagement\\b", "acte d'engagement"),
            name(PieceRole.RC, "\\brc\\b|\\brdc\\b|\\brpc\\b|\\breglement\\b|\\blettre (?:de )?consultation\\b", "règlement de la consultation"),
            name(PieceRole.CCAP, "\\bccap\\b|\\bclauses administratives particulieres\\b", "CCAP"),
            name(PieceRole.CCTP, "\\bcctp\\b|\\bclauses techniques particulieres\\b|\\bcahier des charges techniques\\b|\\bcdct\\b", "CCTP"),
            name(PieceRole.CCP, "\\bccp\\b|\\bclauses particulieres\\b|\\bcahier des charges\\b|\\bcdc\\b", "CCP"));

    private final Fingerprinter fingerprinter;

    public PieceRoleClassifier() {
        this(Fingerprinter.SEGMENTER);
    }

    public PieceRoleClassifier(Fingerprinter fingerprinter) {
        this.fingerprinter = fingerprinter;
    }

    /** Role of a piece from its file name and its clauses. */
    public RoleDecision classify(String fileName, List<Clause> clauses) {
        return classify(fileName, null, clauses);
    }

    /** Same, also using the title read in the file's metadata (weak: templates often leave a wrong one). */
    public RoleDecision classify(String fileName, String metadataTitle, List<Clause> clauses) {
        List<Signal> signals = new ArrayList<>(nameSignals(fileName));
        signals.addAll(contentSignals(clauses == null ? List.of() : clauses));
        if (metadataTitle != null && !metadataTitle.isBlank()) {
            Title t = titleRole(Texts.fold(metadataTitle));
            if (t != null) {
                signals.add(new Signal(t.role, METADATA_TITLE * (t.weak ? 0.5 : 1),
                        "titre des métadonnées « " + Texts.quote(metadataTitle) + " »"));
            }
        }
        return decide(fileName, signals);
    }

    /** The piece with its role, reason and clauses carrying the role. */
    public Piece apply(Piece piece) {
        RoleDecision d = classify(piece.fileName(), piece.title(), piece.clauses());
        List<Clause> clauses = new ArrayList<>(piece.clauses().size());
        for (Clause c : piece.clauses()) {
            // the fingerprint includes the role, so it is recomputed here
            clauses.add(c.withRole(d.role(), fingerprinter.fingerprint(c, d.role())));
        }
        return piece.withRole(d.role(), d.reason(), clauses);
    }

    /** Applies {@link #apply(Piece)} to every piece. */
    public List<Piece> applyAll(List<Piece> pieces) {
        return pieces.stream().map(this::apply).toList();
    }

    // ---------------------------------------------------------------- decision

    private record Signal(PieceRole role, double weight, String description) {
    }

    private RoleDecision decide(String fileName, List<Signal> signals) {
        Map<PieceRole, Double> score = new EnumMap<>(PieceRole.class);
        for (Signal s : signals) {
            score.merge(s.role, s.weight, Double::sum);
        }
        PieceRole best = null;
        double bestScore = 0;
        for (Signal s : signals) { // order of signals breaks ties: name first, then content order
            double v = score.get(s.role);
            if (v > bestScore + 1e-9) {
                best = s.role;
                bestScore = v;
            }
        }
        if (best == null || bestScore < MIN_SCORE) {
            return new RoleDecision(PieceRole.OTHER, "aucun indice de rôle dans le nom du fichier « "
                    + safeName(fileName) + " » ni sur la première page");
        }
        PieceRole winner = best;
        // the three strongest signals, told in reading order (file name first)
        List<Signal> mine = signals.stream().filter(s -> s.role == winner).toList();
        List<Signal> strongest = mine.stream().sorted(Comparator.comparingDouble(Signal::weight).reversed())
                .limit(3).toList();
        Set<String> seen = new HashSet<>();
        List<String> parts = new ArrayList<>();
        for (Signal s : mine) {
            if (strongest.contains(s) && seen.add(s.description)) {
                parts.add(s.description);
            }
        }
        StringBuilder reason = new StringBuilder(String.join(" et ", parts));
        signals.stream().filter(s -> s.role != winner && s.description.startsWith("nom du fichier")).findFirst()
                .ifPresent(s -> reason.append(" (le nom du fichier suggérait ").append(label(s.role)).append(')'));
        return new RoleDecision(winner, reason.toString());
    }

    private static String label(PieceRole r) {
        return r == PieceRole.ANNEXE ? "une annexe" : r == PieceRole.OTHER ? "une autre pièce" : r.name();
    }

    private static String safeName(String fileName) {
        return fileName == null ? "" : fileName;
    }

    // ---------------------------------------------------------------- file name

    private List<Signal> nameSignals(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return List.of();
        }
        String spaced = spacedName(fileName);
        Map<PieceRole, Integer> found = new LinkedHashMap<>();
        Map<PieceRole, String> what = new EnumMap<>(PieceRole.class);
        for (NameRule r : NAME_RULES) {
            Matcher m = r.pattern.matcher(spaced);
            while (m.find()) {
                if (r.role == PieceRole.ANNEXE && joinedToMainPiece(spaced, m.start())) {
                    continue; // "CCTP et annexes": the CCTP itself
                }
                found.putIfAbsent(r.role, m.start());
                what.putIfAbsent(r.role, r.what);
                break;
            }
        }
        if (found.isEmpty()) {
            return List.of();
        }
        String shown = "nom du fichier « " + fileName + " »";
        PieceRole role;
        String note = "";
        if (found.containsKey(PieceRole.OTHER)) {
            role = PieceRole.OTHER;
            note = " (" + what.get(PieceRole.OTHER) + ")";
        } else if (found.containsKey(PieceRole.ANNEXE)) {
            role = PieceRole.ANNEXE;
            note = found.size() > 1 ? " (annexe)" : "";
        } else if (found.containsKey(PieceRole.BPU) && found.containsKey(PieceRole.DQE)) {
            role = PieceRole.BPU;
            note = " (bordereau des prix valant détail quantitatif)";
        } else if (found.containsKey(PieceRole.DPGF)) {
            role = PieceRole.DPGF;
        } else {
            role = found.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
            if (found.size() > 1) {
                return List.of(new Signal(role, NAME * 0.7, shown));
            }
        }
        return List.of(new Signal(role, NAME, shown + note));
    }

    private static boolean joinedToMainPiece(String spaced, int annexAt) {
        String before = spaced.substring(0, annexAt);
        return before.matches(".*\\b(?:cctp|ccap|ccp|rc|ae|bpu|dpgf|dqe)\\s+(?:et|avec|and|plus)\\s+(?:ses\\s+)?$");
    }

    /** "01_ReglementConsultation-lot2.PDF" → " 01 reglement consultation lot 2 ". */
    static String spacedName(String fileName) {
        String base = fileName;
        int slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
        base = base.substring(slash + 1);
        int dot = base.lastIndexOf('.');
        if (dot > 0 && base.length() - dot <= 6) {
            base = base.substring(0, dot);
        }
        base = base.replaceAll("(\\p{Ll})(\\p{Lu})", "$1 $2");
        String f = Texts.fold(base);
        f = f.replaceAll("[^a-z0-9']+", " ").replace("'", " ");
        f = f.replaceAll("(?<=[a-z])(?=\\d)|(?<=\\d)(?=[a-z])", " ");
        return " " + f.replaceAll("\\s+", " ").strip() + " ";
    }

    // ---------------------------------------------------------------- content

    private record Title(PieceRole role, boolean weak, int start, int end) {
    }

    private List<Signal> contentSignals(List<Clause> clauses) {
        List<Signal> out = new ArrayList<>();
        Map<PieceRole, Integer> selfRefs = new EnumMap<>(PieceRole.class);
        Map<PieceRole, Set<Integer>> headerPages = new EnumMap<>(PieceRole.class);
        Map<PieceRole, String> headerText = new EnumMap<>(PieceRole.class);
        boolean firstTitle = true;
        int index = 0;
        Map<Integer, Set<PieceRole>> titleRolesByPage = new LinkedHashMap<>();
        for (Clause c : clauses) {
            int page = page(c, index++);
            List<Texts.Line> lines = new ArrayList<>(Texts.lines(c));
            int ownLines = lines.size();
            if (lines.size() > 1 && c.text().length() <= 120 && page <= 2) {
                // a title broken over lines: "CAHIER DES CLAUSES / PARTICULIERES (CCP)"
                String joined = String.join(" ", lines.stream().map(Texts.Line::text).toList());
                lines.add(0, new Texts.Line(c, joined, Texts.fold(joined)));
            }
            boolean joinedTitle = false;
            for (int li = 0; li < lines.size(); li++) {
                Texts.Line line = lines.get(li);
                String n = line.norm();
                // self-references count anywhere
                Matcher self = SELF.matcher(n);
                while (self.find()) {
                    PieceRole r = selfReference(self.group(1));
                    if (r != null && selfRefs.merge(r, 1, Integer::sum) <= 3) {
                        out.add(new Signal(r, SELF_REFERENCE, "mention « " + Texts.quote(excerpt(line.text(), n, self.start()))
                                + " »" + pageSuffix(c)));
                    }
                }
                if (Texts.tocLine(line.text()) || LIST_MARKER.matcher(n).find()) {
                    continue;
                }
                Title t = titleRole(n);
                if (t == null || joinedTitle) {
                    continue;
                }
                joinedTitle = li == 0 && lines.size() > ownLines;
                if (c.page() != null) {
                    headerPages.computeIfAbsent(t.role, k -> new HashSet<>()).add(c.page());
                    if (c.page() > 1) {
                        headerText.putIfAbsent(t.role, Texts.clean(line.text()));
                    }
                }
                double pos = page == 1 ? 1.0 : page == 2 ? 0.6 : page == 3 ? 0.3 : 0;
                if (pos == 0) {
                    continue;
                }
                Set<PieceRole> onPage = titleRolesByPage.computeIfAbsent(page, k -> new HashSet<>());
                if (!onPage.isEmpty() && !onPage.contains(t.role)) {
                    continue; // a second kind of title on the same page is a list of the DCE's pieces
                }
                onPage.add(t.role);
                double w = TITLE * pos * (t.weak ? 0.5 : 1) * (firstTitle ? 1.2 : 1)
                        + (c.kind() == ClauseKind.HEADING ? 1 : 0);
                firstTitle = false;
                out.add(new Signal(t.role, w, "titre « " + Texts.quote(Texts.clean(line.text())) + " »"
                        + (c.page() != null ? " page " + c.page() : " en tête du document")));
            }
        }
        headerPages.forEach((role, pages) -> {
            if (pages.size() >= 3 && headerText.containsKey(role)) {
                out.add(new Signal(role, REPEATED_HEADER, "en-tête ou pied de page « "
                        + Texts.quote(headerText.get(role)) + " » répété sur " + pages.size() + " pages"));
            }
        });
        out.addAll(priceTableSignals(clauses));
        return out;
    }

    /** A line that is a title naming one kind of piece (not a sentence citing it), or null. */
    private static Title titleRole(String n) {
        if (!ANY_PHRASE.matcher(n).find() && !ANY_ABBREVIATION.matcher(n).find()) {
            return null;
        }
        Title best = null;
        for (Phrase p : PHRASES) {
            Matcher m = p.pattern.matcher(n);
            if (m.find() && (best == null || m.start() < best.start)) {
                best = new Title(p.role, p.weak, m.start(), m.end());
            }
        }
        for (Phrase p : ABBREVIATIONS) {
            Matcher m = p.pattern.matcher(n);
            if (m.find() && (best == null || m.start() < best.start)) {
                best = new Title(p.role, false, m.start(), m.end());
            }
        }
        if (best == null) {
            return null;
        }
        String before = n.substring(0, best.start);
        if (CITATION_BEFORE.matcher(before).find() && !(best.role == PieceRole.ANNEXE)) {
            return null;
        }
        if (before.matches(".*\\b(?:present|presente)\\s*$")) {
            return null; // counted as a self-reference
        }
        String rest = (before + " " + n.substring(best.end))
                .replaceAll("\\([^)]{0,12}\\)", " ")
                .replaceAll("\\blot\\s*(?:n°|no|n)?\\s*\\w{1,3}\\b.*$", " ")
                .replaceAll("[^a-z]+", " ").strip();
        if (rest.length() > 30) {
            return null;
        }
        // a line naming two kinds of pieces is a list ("RC, CCAP et CCTP")
        String other = n.substring(best.end);
        for (Phrase p : ABBREVIATIONS) {
            Matcher m = p.pattern.matcher(other);
            if (m.find() && p.role != best.role
                    && !(best.role == PieceRole.BPU && p.role == PieceRole.DQE)
                    && !(best.role == PieceRole.ANNEXE)) {
                return null;
            }
        }
        return best;
    }

    private static PieceRole selfReference(String after) {
        if (SELF_REGLEMENT.matcher(after).find()) {
            return PieceRole.RC;
        }
        if (after.startsWith("bordereau")) {
            return PieceRole.BPU;
        }
        for (Phrase p : PHRASES) {
            if (p.role == PieceRole.ANNEXE || p.weak) {
                continue;
            }
            Matcher m = p.pattern.matcher(after);
            if (m.find() && m.start() == 0) {
                return p.role;
            }
        }
        if (after.startsWith("cahier des charges")) {
            return PieceRole.CCP;
        }
        for (Phrase p : ABBREVIATIONS) {
            Matcher m = p.pattern.matcher(after);
            if (m.find() && m.start() == 0) {
                return p.role == PieceRole.AE ? null : p.role; // "la présente a.e." is not said
            }
        }
        return null;
    }

    /** Weak signals from a price table's header row (spreadsheets without a title). */
    private static List<Signal> priceTableSignals(List<Clause> clauses) {
        int n = 0;
        for (Clause c : clauses) {
            if (n++ > 60) {
                break;
            }
            String t = c.normText() != null ? c.normText() : Texts.fold(c.text());
            boolean unitPrice = t.contains("prix unitaire");
            boolean quantity = t.matches(".*\\bquantites?\\b.*");
            boolean total = t.matches(".*\\b(?:montant|total|prix total)\\b.*");
            if (t.contains("prix global et forfaitaire") || (t.contains("forfait") && total && !unitPrice)) {
                return List.of(new Signal(PieceRole.DPGF, 3, "tableau de prix forfaitaires « " + shortQuote(c.text()) + " »"));
            }
            if (unitPrice && quantity && total) {
                return List.of(new Signal(PieceRole.DQE, 3, "tableau « quantité × prix unitaire » « " + shortQuote(c.text()) + " »"));
            }
            if (unitPrice) {
                return List.of(new Signal(PieceRole.BPU, 3, "colonne de prix unitaires « " + shortQuote(c.text()) + " »"));
            }
        }
        return List.of();
    }

    private static String shortQuote(String s) {
        String q = Texts.quote(s);
        return q.length() <= 80 ? q : q.substring(0, 79).strip() + "…";
    }

    /** Page of a clause; for formats without pages, a page-sized slice of the text. */
    private static int page(Clause c, int index) {
        if (c.page() != null) {
            return c.page();
        }
        if (c.start() > 0 || c.end() > 0) {
            return 1 + c.start() / 3000;
        }
        return 1 + index / 40;
    }

    private static String pageSuffix(Clause c) {
        return c.page() != null ? " page " + c.page() : "";
    }

    private static String excerpt(String original, String norm, int normStart) {
        NormalizedText map = FrenchNormalizer.map(original);
        int from = map.originalStart(normStart);
        int to = map.originalEnd(Math.min(map.text().length(), normStart + 60));
        return original.substring(from, Math.max(from, to)) + (normStart + 60 < map.text().length() ? "…" : "");
    }

    private static Phrase phrase(PieceRole role, String rx, boolean weak) {
        return new Phrase(role, Pattern.compile("\\b" + rx), weak, "(?:" + rx + ")");
    }

    private static Phrase abbreviation(PieceRole role, String rx) {
        return new Phrase(role, Pattern.compile("(?<![a-z0-9.])" + rx + "\\.?(?![a-z0-9])"), false, "(?:" + rx + ")");
    }

    private static NameRule name(PieceRole role, String rx, String what) {
        return new NameRule(role, Pattern.compile(rx), what);
    }
}
