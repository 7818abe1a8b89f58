package fr.boussole.profiler;

import fr.boussole.model.AwardCriterion;
import fr.boussole.model.Clause;
import fr.boussole.model.ClauseKind;
import fr.boussole.model.SourceRef;
import fr.boussole.segmenter.FrenchNormalizer;
import fr.boussole.segmenter.NormalizedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the award criteria (critères de jugement / d'attribution des offres, CCP art. R2152-7) and their
 * weights from the section that states them, however it is laid out:
 * <ul>
 *   <li>numbered rows of a table or a list ("1. Prix … 40 %", "2. Valeur technique 60 %", "2.1 Méthodologie 20 %"):
 *       the hierarchy follows the numbering depth, even when a PDF gives a wrapped cell before its weight cells;</li>
 *   <li>lists and tables: "Prix : 60 %", "Critère 1 – Valeur technique (40 points)", "Prix | 40",
 *       a header "Critères | Pondération", sub-criteria as bullets or "dont …" lines with "pts", a sub-criteria
 *       column flattened by the extraction (nested back when the weights add up to their parent);</li>
 *   <li>value columns named by the header: per-lot weights ("Critère | Lot 1 | Lot 2": the first lot's weight is
 *       kept, the others are noted in the quote when they differ) or a scale ("Pondération | Note sur");
 *       criteria given lot by lot keep the first lot's list;</li>
 *   <li>weights on their own line, before or after the names (PDF columns read line by line);</li>
 *   <li>sentences: "Prix : 60 % ; Valeur technique : 30 % ; Performance environnementale : 10 %",
 *       "le prix est noté sur 20 et pondéré à 60 %";</li>
 *   <li>a single criterion ("critère unique : le prix", "coût global") and criteria listed by decreasing
 *       importance without weights (weights then stay null).</li>
 * </ul>
 * The selection of candidates ("critères de sélection des candidatures") is not the award and is left aside.
 */
public final class AwardCriteriaParser {

    /** The criteria, and the clause that introduces them. */
    public record Result(List<AwardCriterion> criteria, Clause anchor, String quote) {
        public Result {
            criteria = List.copyOf(criteria);
        }
    }

    // ------------------------------------------------------------------ patterns (folded text)

    private static final Pattern ANCHOR = Pattern.compile(
            "crit\\w*\\s+(?:de\\s+|d')?(?:jugement|attribution|choix|notation|evaluation|classement|analyse|selection|appreciation)"
                    + "(?:\\s+(?:des\\s+|de\\s+l'|du\\s+|de\\s+)?(?:offres?|propositions?|marche))?"
                    + "|jugement des (?:offres|propositions)|(?:analyse|classement|choix|evaluation|notation) des (?:offres|propositions)"
                    + "|attribution du marche|offre economiquement la plus avantageuse|criteres (?:ponderes|hierarchises)"
                    + "|(?:seront|sont) (?:jugees|classees|evaluees|notees|appreciees) (?:selon|en fonction|au regard|sur la base)");
    private static final Pattern CANDIDATES = Pattern.compile("\\bcandidat|\\bcandidature");
    /** Words of the selection of candidates (capacities, references), which is not the award of the contract. */
    private static final Pattern CANDIDATE_SELECTION = Pattern.compile(
            "selection des candidat|\\bcandidatures?\\b|candidats? (?:sont|seront|est|sera) (?:selectionnes?|retenus?|admis|elimines?)"
                    + "|capacites? (?:techniques?|professionnelles?|economiques?|financieres?)|aptitude a exercer"
                    + "|garanties (?:techniques|professionnelles|financieres)");
    private static final Pattern BULLET = Pattern.compile(
            "^([-–—•·▪◦*➢►>→✓\\u2022\\u2023\\u2043\\u25AA\\u25CF\\u25CB\\u25A0\\u25E6\\uF0A7\\uF0B7\\uF0D8\\uF076\\uF0FC\\uF0E8])\\s*");
    private static final Pattern O_BULLET = Pattern.compile("^o\\s+(?=\\S)");
    private static final Pattern CRITERION_NUMBER = Pattern.compile(
            "^(sous[- ]?)?crit[eè]re\\s*(?:n\\s*°|n°|no|n)?\\s*(\\d+(?:\\.\\d+)*|[a-z]\\b)?\\s*[:.)\\-–—]?\\s*");
    private static final Pattern DECIMAL_NUMBER = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})*)\\s*(?:[.)\\-–—]\\s*|\\s+)(?=\\D)");
    private static final Pattern ALPHA_NUMBER = Pattern.compile("^([a-h]|[ivx]{1,4})\\s*[).]\\s+");
    private static final Pattern DONT = Pattern.compile("^dont\\s+");

    private static final String NUM = "(\\d{1,3}(?:[.,]\\d{1,2})?)";
    private static final Pattern WEIGHTED = Pattern.compile(
            "ponder\\w*\\s*(?:a hauteur de|a|de|:)?\\s*" + NUM + "\\s*(%|pour ?cent\\b|points?\\b|pts?\\b\\.?)?");
    private static final Pattern COEFFICIENT = Pattern.compile("coef\\w*\\.?\\s*(?:de\\s*|:\\s*)?" + NUM);
    private static final Pattern WEIGHT = Pattern.compile(
            NUM + "\\s*(%|pour ?cent\\b|/\\s*(\\d{1,3})\\b|points?\\b|pts?\\b\\.?)");
    private static final Pattern SCALE_BEFORE = Pattern.compile("(?:\\bsur|\\bde\\s+\\d+\\s+a|\\bnote\\s+de\\s+\\d+\\s+a|\\bentre\\s+\\d+\\s+et)\\s*$");

    private static final Pattern HEADER = Pattern.compile(
            "^(?:(?:criteres?|sous-criteres?|sous criteres?|ponderations?|points?|notes?|notation|coefficients?|poids|bareme|%|n°|no"
                    + "|libelles?|intitules?|elements? d'appreciation|methode de notation|valeur|en %|en points|maximum|max|et|sur"
                    + "|lots?\\s*(?:n°\\s*|no\\s*)?\\d{1,2}|lot unique)\\W*)+$");
    /** Value columns named in a table header: weights, per-lot weights, scales. */
    private static final Pattern VALUE_COLUMN = Pattern.compile(
            "lots?\\s*(?:n°\\s*|no\\s*)?\\d{1,2}|ponderations?|points?|notes?(?:\\s+sur)?|coef\\w*|poids|bareme|%");
    /** A line that only titles a lot ("Lot n° 2 – Écrans :", "Pour le lot 1 :", "5.2.1 Lot 1"). */
    private static final Pattern LOT_TITLE = Pattern.compile(
            "^(?:\\d{1,2}(?:\\.\\d{1,2})*\\s*[-–—.)]?\\s*)?(?:pour (?:le |les )?|au titre du |concernant le )?lots?\\s*(?:n°\\s*|no\\s*)?(\\d{1,2})"
                    + "(?:\\s*[-–—:.]\\s*[^|:]{0,80}?)?\\s*:?$");
    private static final Pattern LOT_COLUMN = Pattern.compile("^lots?\\s*(?:n°\\s*|no\\s*)?\\d{1,2}");
    /** A numbered line that ends with weight cells outside parentheses: a row of a criteria table, not a title. */
    private static final Pattern ROW_WEIGHTS = Pattern.compile(
            "(?:^|[\\s:|])(?:\\d{1,3}(?:[.,]\\d{1,2})?\\s?(?:%|pts?\\.?|points?|/\\s?\\d{2,3}\\b)[\\s|]*){1,4}$");
    private static final Pattern INTRO = Pattern.compile(
            "\\bcriteres?\\b|\\bsuivants?\\b|\\bsuivantes\\b|ci-dessous|ci-apres|comme suit|de la maniere suivante|ainsi qu'il suit");
    private static final Pattern ANNOUNCES = Pattern.compile(
            "sous[- ]?criteres?|suivants?\\s*:?$|comme suit|decompos|reparti|au regard (?:des|de)|:\\s*$|detaill");
    private static final Pattern VERB = Pattern.compile(
            "\\b(?:est|sont|sera|seront|doit|doivent|devra|devront|peut|pourra|pourront|sera|fera|feront|permet|permettra"
                    + "|s'engage|decrira|precisera|indiquera|presentera|fournira|joindra|obtiendra|obtient|attribuee?s?|calculee?)\\b");
    private static final Pattern FORMULA = Pattern.compile("=|×|\\bx\\s*\\(|\\bformule\\b|pmin|prix le (?:plus|moins) (?:bas|eleve)\\s*/|\\bnote\\s*\\(");
    private static final Pattern NAME_CUT = Pattern.compile(
            "\\s+(?:juge|jugee|apprecie|appreciee|evalue|evaluee|note|notee|analyse|analysee|examine|examinee|mesure|mesuree"
                    + "|au regard|sur la base|selon|en fonction|au vu|a partir|decompose|decomposee|reparti|repartie|comprenant"
                    + "|portant sur|pondere|ponderee)\\b|\\s*:\\s|\\s*:$");
    private static final Pattern SINGLE = Pattern.compile(
            "(?:critere unique|seul critere|unique critere|un seul critere)\\s*(?::|du|de|est|,)?\\s*(?:celui\\s+du\\s+|le\\s+|la\\s+|l')?"
                    + "(prix(?: le plus bas)?|cout(?: global)?(?: du cycle de vie)?)"
                    + "|(prix le plus bas|cout global|cout du cycle de vie|prix)\\s+(?:est|sera|constitue)\\s+(?:le\\s+)?(?:seul|unique)\\s+critere"
                    + "|offre (?:la )?moins[- ]disante|\\bau (?:seul )?prix le plus bas\\b");
    private static final Pattern ARTICLE_HEADING = Pattern.compile(
            "^(?:article|chapitre|titre)\\s+(\\d+|premier|[ivx]+)\\b|^(\\d{1,2}(?:\\.\\d{1,2})*)\\s*[-–—.)]?\\s+\\p{L}");
    private static final Pattern SUBJECT = Pattern.compile(
            "^(?:le|la|les|l')\\s*(.{2,60}?)\\s+(?:est|sera|sont|seront)\\s+(?:note|notee|notes|pondere|ponderee|affecte|affectee"
                    + "|evalue|evaluee|apprecie|appreciee|juge|jugee|compte|comptera)");

    private static final Pattern WEIGHT_FIRST = Pattern.compile(
            "\\s*(?:pour|au titre d[eu]|attribuee?s? a|affectee?s? a|accordee?s? a)\\s+(?:le\\s+|la\\s+|les\\s+|l')?");

    private static final int MAX_LINES = 90;
    private static final int MAX_NAME = 90;

    // ------------------------------------------------------------------ parse

    /**
     * The award criteria of one piece.
     *
     * @param clauses clauses of the piece, in order
     * @param pathOf  display path of a clause's piece, for the sources
     */
    public Result parse(List<Clause> clauses, Function<Clause, String> pathOf) {
        List<Anchor> anchors = anchors(clauses);
        for (Anchor a : anchors) {
            List<Texts.Line> lines = merge(section(clauses, a));
            List<Texts.Line> firstLot = firstLot(lines);
            List<Node> mains = firstLot == null ? List.of() : parseSection(firstLot);
            if (mains.isEmpty()) {
                firstLot = null; // lots named in passing, criteria common to all lots
                mains = parseSection(lines);
            }
            if (!mains.isEmpty()) {
                // the model holds one list of criteria: a RC with criteria of its own for each lot gives the first lot's
                String quote = firstLot == null ? a.line : a.line + " [critères du premier lot ; le RC fixe des critères propres à chaque lot]";
                return new Result(build(mains, pathOf), a.clause, quote);
            }
        }
        // a single criterion, said in a sentence
        for (Texts.Line l : Texts.lines(clauses)) {
            Matcher m = SINGLE.matcher(l.norm());
            if (m.find() && !selectsCandidates(l.norm())) {
                String g = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : "prix le plus bas";
                if (l.norm().contains("moins-disant") || l.norm().contains("moins disant")) {
                    g = "prix le plus bas";
                }
                String name = Texts.capitalize(g.replace("cout", "coût"));
                AwardCriterion c = new AwardCriterion(name, null, null, 100.0, CriterionKinds.of(name), List.of(),
                        SourceRef.of(l.clause(), pathOf.apply(l.clause()), Texts.quote(l.text())));
                return new Result(List.of(c), l.clause(), l.text());
            }
        }
        return new Result(List.of(), null, null);
    }

    private record Anchor(Clause clause, int clauseIndex, int lineIndex, String line, int score, int position) {
    }

    private List<Anchor> anchors(List<Clause> clauses) {
        List<Anchor> out = new ArrayList<>();
        int position = 0;
        for (int i = 0; i < clauses.size(); i++) {
            Clause c = clauses.get(i);
            if (Texts.nonBinding(c)) {
                continue;
            }
            List<Texts.Line> lines = Texts.lines(c);
            for (int j = 0; j < lines.size(); j++) {
                Texts.Line l = lines.get(j);
                position++;
                if (Texts.tocLine(l.text())) {
                    continue;
                }
                Matcher m = ANCHOR.matcher(l.norm());
                if (!m.find()) {
                    continue;
                }
                String n = l.norm();
                boolean offers = n.matches(".*\\b(?:offres?|propositions?|attribution|marche)\\b.*");
                if (CANDIDATES.matcher(n).find() && !offers) {
                    continue;
                }
                int score = 0;
                score += n.contains("crit") ? 3 : 0;
                score += c.kind() == ClauseKind.HEADING || n.length() <= 80 ? 2 : 0;
                score += n.contains("ponder") ? 1 : 0;
                score -= CANDIDATES.matcher(n).find() ? 1 : 0;
                out.add(new Anchor(c, i, j, l.text(), score, position));
            }
        }
        out.sort(Comparator.comparingInt((Anchor a) -> -a.score).thenComparingInt(a -> a.position));
        return out;
    }

    /** Lines of the section that starts at the anchor, up to the next heading of the same or a higher level. */
    private List<Texts.Line> section(List<Clause> clauses, Anchor a) {
        List<Texts.Line> out = new ArrayList<>();
        List<Integer> anchorNumber = numbering(a.line, a.clause);
        for (int i = a.clauseIndex; i < clauses.size() && out.size() < MAX_LINES; i++) {
            Clause c = clauses.get(i);
            if (Texts.nonBinding(c)) {
                continue;
            }
            List<Texts.Line> lines = Texts.lines(c);
            int from = i == a.clauseIndex ? a.lineIndex : 0;
            for (int j = from; j < lines.size(); j++) {
                Texts.Line l = lines.get(j);
                boolean first = i == a.clauseIndex && j == a.lineIndex;
                if (!first && endsSection(c, l, anchorNumber, a, j == 0)) {
                    return out;
                }
                if (!Texts.tocLine(l.text())) {
                    out.addAll(sentences(l));
                }
            }
        }
        return out;
    }

    /**
     * A long line (a Word paragraph is one line) read sentence by sentence, with the clause's sentence spans:
     * "… prix (60 %) et valeur technique (40 %). Le prix est noté selon la formule …" gives its criteria apart from
     * the formula. The line stays whole when its sentences do not cover it exactly (a PDF line cuts sentences).
     */
    private static List<Texts.Line> sentences(Texts.Line l) {
        Clause c = l.clause();
        if (l.text().length() < 60 || c.sentences().size() < 2) {
            return List.of(l);
        }
        List<Texts.Line> parts = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        for (var span : c.sentences()) {
            if (span.start() < 0 || span.end() > c.text().length() || span.end() <= span.start()) {
                continue;
            }
            String t = c.text().substring(span.start(), span.end()).replaceAll("[\\s\\u00A0\\u202F]+", " ").strip();
            if (!t.isEmpty() && l.text().contains(t)) {
                parts.add(new Texts.Line(c, t, Texts.fold(t), l.first() && parts.isEmpty()));
                joined.append(joined.isEmpty() ? "" : " ").append(t);
            }
        }
        return parts.size() >= 2 && joined.toString().equals(l.text()) ? parts : List.of(l);
    }

    private boolean endsSection(Clause c, Texts.Line l, List<Integer> anchorNumber, Anchor a, boolean firstLineOfClause) {
        if (firstLineOfClause && c.kind() == ClauseKind.HEADING && c != a.clause && !ROW_WEIGHTS.matcher(l.norm()).find()) {
            List<String> ap = a.clause.articlePath();
            List<String> cp = c.articlePath();
            if (!ap.isEmpty() && !cp.isEmpty()) {
                boolean inside = cp.size() > ap.size() && cp.subList(0, ap.size()).equals(ap);
                if (!inside) {
                    return true;
                }
            }
        }
        Matcher m = ARTICLE_HEADING.matcher(l.norm());
        if (m.find() && WEIGHT.matcher(l.norm()).results().findAny().isEmpty() && l.norm().length() < 120) {
            List<Integer> num = numbering(l.text(), null);
            if (l.norm().startsWith("article") || l.norm().startsWith("chapitre") || l.norm().startsWith("titre")) {
                return !anchorNumber.isEmpty() || c.kind() == ClauseKind.HEADING;
            }
            return !anchorNumber.isEmpty() && !num.isEmpty() && follows(num, anchorNumber);
        }
        return false;
    }

    /** True when {@code num} comes after {@code anchor} without being inside it (5.2 after 5.1, 6 after 5.1). */
    private static boolean follows(List<Integer> num, List<Integer> anchor) {
        for (int k = 0; k < Math.min(num.size(), anchor.size()); k++) {
            if (!num.get(k).equals(anchor.get(k))) {
                return num.get(k) > anchor.get(k);
            }
        }
        return num.size() <= anchor.size();
    }

    private static List<Integer> numbering(String text, Clause c) {
        Matcher m = Pattern.compile("^(?:article\\s+)?(\\d{1,2}(?:\\.\\d{1,2})*)(?!\\s*(?:%|/|pts?\\b|points?\\b))")
                .matcher(Texts.fold(text));
        List<Integer> out = new ArrayList<>();
        if (m.find()) {
            for (String p : m.group(1).split("\\.")) {
                out.add(Integer.parseInt(p));
            }
        } else if (c != null && !c.articlePath().isEmpty()) {
            for (String p : c.articlePath()) {
                for (String q : p.split("\\.")) {
                    if (q.matches("\\d{1,3}")) {
                        out.add(Integer.parseInt(q));
                    }
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ numbered rows

    /** One numbered row of a criteria table or list ("2.1 Méthodologie … 20 %") with its wrapped lines. */
    private static final class Row {
        final int[] number;
        final Texts.Line first;
        final StringBuilder text;
        final List<Texts.Line> bullets = new ArrayList<>();

        Row(int[] number, Texts.Line first) {
            this.number = number;
            this.first = first;
            this.text = new StringBuilder(first.text());
        }

        void add(String more) {
            text.append(' ').append(more);
        }

        Texts.Line line() {
            String t = text.toString();
            return new Texts.Line(first.clause(), t, Texts.fold(t), first.first());
        }

        boolean weighted() {
            return !weights(entry(line()).bodyNorm).isEmpty();
        }
    }

    /**
     * Criteria written as numbered rows (1., 2., 2.1, 2.2, 3., 3.1…), as RC tables and lists number them: the
     * hierarchy follows the numbering depth; the wrapped words of a cell and the weight cells that a PDF gives on
     * the next lines go with their row; extra weight cells are per-lot weights or a scale ("Note sur"). Returns
     * null when the section is not laid out that way, or when a weighted line is left that the rows do not
     * explain: the general reading then applies.
     */
    private List<Node> numberedRows(List<Texts.Line> lines) {
        Table table = new Table();
        List<Row> rows = new ArrayList<>();
        Row cur = null;
        int top = 0;
        boolean ended = false;
        for (int i = 1; i < lines.size(); i++) { // line 0 is the anchor
            Texts.Line line = lines.get(i);
            String n = line.norm();
            if (n.matches("^(?:total|sous-total)\\b.*")) {
                continue; // "Total 100 %"
            }
            if (FORMULA.matcher(n).find() || selectsCandidates(n)) {
                ended = cur != null; // the notation or the selection of candidates comes after the rows
                continue;
            }
            if (ended) {
                if (criterionLike(line)) {
                    return null;
                }
                continue;
            }
            if (table.header(line)) {
                ended = cur != null;
                continue;
            }
            if (isPipeRow(line)) {
                line = table.row(line);
                if (line == null) {
                    continue;
                }
                n = line.norm();
            }
            int[] num = rowNumber(line);
            if (num != null) {
                boolean fits = cur == null ? num[num.length - 1] == 1 && num.length <= 3
                        : num.length >= top && num.length <= top + 2 && plausibleNext(cur.number, num);
                if (fits) {
                    top = cur == null ? num.length : top;
                    cur = new Row(num, line);
                    rows.add(cur);
                    continue;
                }
                if (cur == null) {
                    continue; // "5.1 Critères" before the rows
                }
                ended = true;
                if (criterionLike(line)) {
                    return null;
                }
                continue;
            }
            if (cur == null) {
                if (criterionLike(line)) {
                    return null; // weighted lines before any numbered row: another layout
                }
                continue;
            }
            if (weightOnly(line.text())) {
                if (!cur.weighted() && cur.bullets.isEmpty()) {
                    cur.add(line.text()); // the weight cells of a row whose first cell wrapped
                }
                continue;
            }
            Texts.Line next = i + 1 < lines.size() ? lines.get(i + 1) : null;
            if (continues(cur, line, next)) {
                cur.add(line.text());
                continue;
            }
            if (subItem(n) && !prose(n)) {
                cur.bullets.add(line); // unnumbered sub-criteria of the row: "- …", "a) …", "dont …"
                continue;
            }
            ended = true;
            if (criterionLike(line)) {
                return null;
            }
        }
        return rowNodes(rows, top, table);
    }

    private List<Node> rowNodes(List<Row> rows, int top, Table table) {
        List<Node> mains = new ArrayList<>();
        Node parent = null;
        Row parentRow = null;
        for (Row r : rows) {
            Texts.Line line = r.line();
            Entry e = entry(line);
            List<Weight> ws = weights(e.bodyNorm);
            String name = name(line.text(), e, ws);
            int depth = r.number.length - top;
            if (name == null || depth > 1) {
                continue; // deeper rows detail a sub-criterion
            }
            Weight w = ws.isEmpty() ? null : table.primary(ws);
            Node node = new Node(name, w, table.noted(line, ws), "num" + r.number.length, false);
            if (depth == 0) {
                mains.add(node);
                parent = node;
                parentRow = r;
                if (!table.columns(ws) && ws.size() >= 2 && lettersBetween(e.bodyNorm, ws)) {
                    // "Valeur technique : 60 % (méthodologie 30 %, moyens 30 %)": the parts that add up to the whole
                    List<Node> parts = sentenceCriteria(line, e, ws);
                    double sum = parts.stream().skip(1).mapToDouble(x -> x.weight == null ? 0 : x.weight).sum();
                    if (parts.size() == ws.size() && w != null && Math.abs(sum - w.value) < 1e-6) {
                        parts.stream().skip(1).forEach(parent.subs::add);
                    }
                }
                for (Texts.Line b : r.bullets) {
                    Entry be = entry(b);
                    List<Weight> bws = weights(be.bodyNorm);
                    String bn = name(b.text(), be, bws);
                    if (bn != null) {
                        parent.subs.add(new Node(bn, bws.isEmpty() ? null : bws.get(0), b, be.style, false));
                    }
                }
            } else if (parent != null && prefix(parentRow.number, r.number)) {
                if (!parentRow.bullets.isEmpty() && parent.subs.size() == parentRow.bullets.size()) {
                    parent.subs.clear(); // numbered sub-criteria win over bullets that describe them
                }
                parent.subs.add(node);
            }
        }
        if (mains.size() < 2) {
            return null;
        }
        // weights must come with the numbered rows themselves: "1. Ouverture des plis", "2. Analyse" followed by
        // weighted bullets is a procedure, and the general reading handles the bullets
        boolean anyWeight = mains.stream().anyMatch(m -> m.weight != null
                || m.subs.stream().anyMatch(x -> x.weight != null && x.style != null && x.style.startsWith("num")));
        for (Node m : mains) {
            // "2. Valeur technique" without its own weight, "2.1 … 20 %", "2.2 … 40 %": the sum is its weight
            if (m.weight == null && !m.subs.isEmpty() && m.subs.stream().allMatch(x -> x.weight != null)
                    && m.subs.stream().map(x -> x.unit).distinct().count() == 1) {
                m.weight = subsSum(m);
                m.unit = m.subs.get(0).unit;
            }
        }
        long known = mains.stream().filter(m -> CriterionKinds.of(m.name) != AwardCriterion.Kind.OTHER).count();
        return anyWeight || known >= (mains.size() + 1) / 2 ? mains : null;
    }

    /** The decimal number a line starts with (2.1 → [2, 1]), when it numbers a row rather than quantifies a weight. */
    private static int[] rowNumber(Texts.Line line) {
        if (line.first() && line.clause().kind() == ClauseKind.HEADING && !ROW_WEIGHTS.matcher(line.norm()).find()) {
            return null; // a section title, not a row
        }
        String n = line.norm();
        Matcher m = DECIMAL_NUMBER.matcher(n);
        if (!m.find() || weights(n).stream().anyMatch(w -> w.start == 0)) {
            return null;
        }
        String body = n.substring(m.end());
        boolean sentence = body.length() > 250 || body.endsWith(".") && VERB.matcher(body).find() && body.split("\\s+").length > 8;
        if (sentence && weights(body).isEmpty() || !body.matches("^[\\p{L}«\"(].*")) {
            return null; // a numbered sentence, not a row (a row's cell may be long: "3.1 Durabilité : indice de …")
        }
        String[] parts = m.group(1).split("\\.");
        int[] out = new int[parts.length];
        for (int k = 0; k < parts.length; k++) {
            out[k] = Integer.parseInt(parts[k]);
        }
        return out;
    }

    /** {@code p} is what a list numbered up to {@code last} numbers next: 2 → 2.1 or 3; 2.1 → 2.2 or 3. */
    private static boolean plausibleNext(int[] last, int[] p) {
        if (p.length == last.length + 1 && p[p.length - 1] == 1 && Arrays.equals(last, 0, last.length, p, 0, last.length)) {
            return true;
        }
        for (int k = 0; k < last.length && k < p.length; k++) {
            if (Arrays.equals(last, 0, k, p, 0, k) && p[k] == last[k] + 1) {
                for (int j = k + 1; j < p.length; j++) {
                    if (p[j] != 1) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private static boolean prefix(int[] a, int[] b) {
        return a.length < b.length && Arrays.equals(a, 0, a.length, b, 0, a.length);
    }

    /** The line goes on the row's first cell: inside its parenthesis, after an open word, or before its weight cells. */
    private static boolean continues(Row cur, Texts.Line line, Texts.Line next) {
        String t = line.text();
        String n = line.norm();
        if (line.first() && line.clause().kind() == ClauseKind.HEADING || BULLET.matcher(n).find() || prose(n)
                || cur.text.length() > 400) {
            return false;
        }
        if (subItem(n)) {
            return false;
        }
        String sofar = cur.text.toString();
        long open = sofar.chars().filter(ch -> ch == '(').count() - sofar.chars().filter(ch -> ch == ')').count();
        if (open > 0 || Character.isLowerCase(t.codePointAt(0))) {
            return true;
        }
        if (cur.weighted()) {
            return false;
        }
        String last = Texts.fold(sofar).replaceAll(".*?(\\p{L}+)\\W*$", "$1");
        boolean openEnd = sofar.matches("(?s).*[,\\-–(&]\\s*$") || last.matches(
                "de|du|des|d|la|le|les|l|a|au|aux|et|ou|en|pour|sur|par|dans|avec|sans|selon");
        return openEnd || ROW_WEIGHTS.matcher(n).find() || next != null && weightOnly(next.text());
    }

    /** A bulleted, lettered ("a)", "ii.") or "dont …" line. */
    private static boolean subItem(String n) {
        return BULLET.matcher(n).find() || O_BULLET.matcher(n).find() || ALPHA_NUMBER.matcher(n).find() || DONT.matcher(n).find();
    }

    /** A line the general reading would take for a criterion: weighted and not running text. */
    private static boolean criterionLike(Texts.Line line) {
        Entry e = entry(line);
        return !weights(e.bodyNorm).isEmpty() && !prose(e.bodyNorm) && !FORMULA.matcher(line.norm()).find();
    }

    /** The line is about selecting candidates, not judging offers. */
    private static boolean selectsCandidates(String n) {
        return CANDIDATE_SELECTION.matcher(n).find() && !n.matches(".*\\boffres?\\b.*");
    }

    /** A section title (not a criteria row) that names no criterion: the criteria are over. */
    private static boolean unrelatedHeading(Texts.Line line) {
        if (!line.first() || line.clause().kind() != ClauseKind.HEADING || !weights(line.norm()).isEmpty()) {
            return false;
        }
        String t = line.norm().replaceFirst("^(?:(?:article|chapitre|titre)\\s+\\S+|\\d{1,2}(?:\\.\\d{1,2})*)\\s*[-–—.:)]?\\s*", "");
        return !t.contains("crit") && !t.contains("ponder") && !t.contains("sous-") && CriterionKinds.of(t) == AwardCriterion.Kind.OTHER;
    }

    // ------------------------------------------------------------------ lines → items

    /** Where a criterion line goes: a new main criterion or a sub-criterion of the current one. */
    private enum Type { MAIN, SUB }

    private record Weight(double value, String unit, int start, int end) {
    }

    /** A criterion being built. */
    private static final class Node {
        final String name;
        Double weight;
        String unit;
        final Texts.Line line;
        final String style;
        final boolean announces;
        final List<Node> subs = new ArrayList<>();

        Node(String name, Weight w, Texts.Line line, String style, boolean announces) {
            this.name = name;
            this.weight = w == null ? null : w.value;
            this.unit = w == null ? null : w.unit;
            this.line = line;
            this.style = style;
            this.announces = announces;
        }
    }

    /** One line once its marker is read. */
    private record Entry(Texts.Line line, String style, boolean subMarker, boolean mainMarker, String body, String bodyNorm) {
    }

    /**
     * When the section gives criteria lot by lot ("Lot 1 – Postes :" … "Lot 2 – Écrans :" …), the lines of the
     * first lot (with the lines before the first lot title, without the titles); null when it does not.
     */
    private static List<Texts.Line> firstLot(List<Texts.Line> lines) {
        List<Integer> at = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            Matcher m = LOT_TITLE.matcher(lines.get(i).norm());
            if (m.find() && weights(lines.get(i).norm()).isEmpty()) {
                at.add(i);
                numbers.add(m.group(1));
            }
        }
        if (numbers.size() < 2) {
            return null;
        }
        List<Texts.Line> out = new ArrayList<>(lines.subList(0, at.get(0)));
        out.addAll(lines.subList(at.get(0) + 1, at.get(1)));
        return out;
    }

    private List<Node> parseSection(List<Texts.Line> lines) {
        List<Node> numbered = numberedRows(lines);
        if (numbered != null) {
            return numbered;
        }
        List<Node> mains = new ArrayList<>();
        List<Orphan> orphans = new ArrayList<>();
        Node current = null;
        Node announcedByIntro = null;
        String subStyle = null;
        Table table = new Table();
        for (int i = 0; i < lines.size(); i++) {
            Texts.Line line = lines.get(i);
            String n = line.norm();
            boolean anchorLine = i == 0;
            boolean tableRow = false;
            // a name cell whose weight cells a PDF gives on the next line
            boolean weightNext = i + 1 < lines.size() && weightOnly(lines.get(i + 1).text()) && !n.endsWith(".") && !n.endsWith(":");
            if (selectsCandidates(n) || FORMULA.matcher(n).find()) {
                continue;
            }
            if (!anchorLine && !mains.isEmpty() && unrelatedHeading(line)) {
                break; // "5.2 Négociation" after the criteria
            }
            if (table.header(line)) {
                continue;
            }
            if (isPipeRow(line)) {
                line = table.row(line);
                if (line == null) {
                    continue;
                }
                n = line.norm();
                tableRow = true;
            }
            Entry e = entry(line);
            String body = e.bodyNorm;
            if (body.isBlank() || HEADER.matcher(body).find()) {
                continue;
            }
            List<Weight> ws = weights(body);
            String rest = removeWeights(body, ws).replaceAll("\\b(?:soit|sur|points?|pts|note|ponderation|coefficient)\\b", " ")
                    .replaceAll("[^a-z]", "");
            if (!ws.isEmpty() && rest.length() <= 2) {
                for (Weight w : table.columns(ws) ? List.of(table.primary(ws)) : ws) {
                    orphans.add(new Orphan(w, mains.size() - 1));
                }
                continue;
            }
            // a table row names one criterion, however long its cell ("Valeur technique appréciée …, notamment …")
            boolean sentence = !tableRow && (ws.size() >= 2 && lettersBetween(body, ws) || !ws.isEmpty() && prose(body) && e.style == null);
            if (sentence) {
                List<Node> fromSentence = sentenceCriteria(line, e, ws);
                boolean subs = body.matches(".*sous[- ]?criteres?.*");
                for (int k = 0; k < fromSentence.size(); k++) {
                    Node node = fromSentence.get(k);
                    if (subs && k > 0) {
                        fromSentence.get(0).subs.add(node); // "La valeur technique (60 %), sous-critères : a (30 %), b (30 %)"
                    } else if (subs && current != null && !startsWithKnownMain(node.name)) {
                        current.subs.add(node);
                    } else {
                        mains.add(node);
                        current = node;
                    }
                }
                continue;
            }
            if (ws.isEmpty() && !weightNext && (INTRO.matcher(body).find() && (body.endsWith(":") || body.length() > 50
                    || VERB.matcher(body).find()) && !namesACriterion(line.text(), e) || anchorLine)) {
                // "La valeur technique sera appréciée selon les sous-critères suivants :" points at a main criterion
                Node target = null;
                if (body.matches(".*sous[- ]?criteres?.*") || body.endsWith(":")) {
                    for (Node m : mains) {
                        String head = Texts.fold(m.name);
                        if (head.length() >= 4 && body.contains(head)) {
                            target = m;
                        }
                    }
                }
                if (target != null) {
                    current = target;
                    subStyle = null;
                    announcedByIntro = target;
                } else if (!anchorLine || INTRO.matcher(body).find()) {
                    current = null;
                    subStyle = null;
                    announcedByIntro = null;
                }
                continue;
            }
            if (ws.isEmpty() && prose(body) && !weightNext) {
                continue;
            }
            String name = name(line.text(), e, ws);
            if (name == null) {
                continue;
            }
            boolean columns = table.columns(ws);
            Weight w = ws.isEmpty() ? null : columns ? table.primary(ws) : ws.get(0);
            boolean announces = ANNOUNCES.matcher(body).find();
            Type type = type(e, current, subStyle, announcedByIntro, name, w);
            Texts.Line quoted = columns ? table.noted(line, ws) : line;
            if (type == Type.SUB) {
                Node sub = new Node(name, w, quoted, e.style, false);
                current.subs.add(sub);
                subStyle = e.style == null ? "plain" : e.style;
            } else {
                Node main = new Node(name, w, quoted, e.style == null ? "plain" : e.style, announces);
                mains.add(main);
                current = main;
                subStyle = null;
                announcedByIntro = null;
            }
            // extra weights on the line, after the name's own weight, belong to the column of main weights
            for (int k = 1; k < ws.size() && !columns; k++) {
                orphans.add(new Orphan(ws.get(k), mains.size() - 1));
            }
        }
        pairOrphans(mains, orphans);
        return nestBySums(dropNoise(mains));
    }

    /**
     * Criteria read flat whose weights add up to more than the whole, where a run of criteria right after one
     * of them adds up exactly to its weight ("Valeur technique 60 %", "Méthodologie 30 %", "Moyens 20 %",
     * "Démarche environnementale 10 %": a sub-criteria column that PDF text, or a Word row without its empty
     * cell, flattened): the run becomes its sub-criteria, when the main weights then make 100.
     */
    private static List<Node> nestBySums(List<Node> mains) {
        if (mains.size() < 3 || mains.stream().anyMatch(m -> m.weight == null || !m.subs.isEmpty())
                || mains.stream().map(m -> m.unit).distinct().count() != 1) {
            return mains;
        }
        double total = mains.stream().mapToDouble(m -> m.weight).sum();
        if (Math.abs(total - 100) < 1e-6) {
            return mains;
        }
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < mains.size(); i++) {
            Node m = mains.get(i);
            double sum = 0;
            int j = i + 1;
            while (j < mains.size() && sum < m.weight - 1e-6) {
                sum += mains.get(j).weight;
                j++;
            }
            if (j - i - 1 >= 2 && Math.abs(sum - m.weight) < 1e-6) {
                Node parent = new Node(m.name, null, m.line, m.style, m.announces);
                parent.weight = m.weight;
                parent.unit = m.unit;
                parent.subs.addAll(mains.subList(i + 1, j));
                out.add(parent);
                i = j - 1;
            } else {
                out.add(m);
            }
        }
        double nested = out.stream().mapToDouble(m -> m.weight).sum();
        return Math.abs(nested - 100) < 1e-6 ? out : mains;
    }

    private static Type type(Entry e, Node current, String subStyle, Node announcedByIntro, String name, Weight w) {
        if (e.subMarker) {
            return current == null ? Type.MAIN : Type.SUB;
        }
        if (e.mainMarker || current == null) {
            return Type.MAIN;
        }
        String style = e.style == null ? "plain" : e.style;
        boolean announced = current.announces || announcedByIntro == current;
        if (style.startsWith("num") && current.style.startsWith("num")) {
            int depth = Integer.parseInt(style.substring(3));
            int mainDepth = Integer.parseInt(current.style.substring(3));
            return depth > mainDepth ? Type.SUB : Type.MAIN;
        }
        if (style.equals(current.style)) {
            // same marker as the main criteria: another main, unless the main announced sub-criteria in plain lines
            if (style.equals("plain") && announced && current.weight != null && subsSum(current) < current.weight - 1e-9
                    && !startsWithKnownMain(name)) {
                return Type.SUB;
            }
            if (style.equals("plain") && announced && current.weight == null && w != null
                    && (subStyle == null || subStyle.equals("plain")) && !startsWithKnownMain(name)) {
                return Type.SUB;
            }
            return Type.MAIN;
        }
        if (style.equals("plain")) {
            // a plain line after bulleted sub-criteria is the next main criterion
            return Type.MAIN;
        }
        if (subStyle != null && !subStyle.equals(style) && !current.subs.isEmpty()) {
            return Type.MAIN;
        }
        return Type.SUB;
    }

    /** "Valeur technique appréciée au regard des sous-critères suivants :" names a criterion; "Les critères sont …" does not. */
    private static boolean namesACriterion(String original, Entry e) {
        String name = name(original, e, List.of());
        if (name == null || name.length() > 60) {
            return false;
        }
        String f = Texts.fold(name);
        return !f.matches("^(?:le|la|les|l'|ce|ces|cet|cette|chaque|pour|dans|en|a|au|aux|il|elle|ils|on|conformement|afin|leur|son|sa|ses)\\b.*")
                && !f.contains("crit") && !VERB.matcher(f).find();
    }

    private static double subsSum(Node n) {
        return n.subs.stream().filter(s -> s.weight != null).mapToDouble(s -> s.weight).sum();
    }

    private static boolean startsWithKnownMain(String name) {
        return Texts.fold(name).matches("^(?:le |la |l')?(?:prix|cout|valeur|performance|delai|critere|qualite (?:technique|environnementale)"
                + "|caracteristiques environnementales|insertion|conditions de livraison).*");
    }

    private static boolean lettersBetween(String body, List<Weight> ws) {
        for (int k = 1; k < ws.size(); k++) {
            if (body.substring(ws.get(k - 1).end, ws.get(k).start).matches(".*[a-z]{3}.*")) {
                return true;
            }
        }
        return false;
    }

    private static boolean prose(String body) {
        return body.length() > 110 || VERB.matcher(body).find() && body.split("\\s+").length >= 6;
    }

    /** Merges a bullet alone on its line with the next line, and a line starting lower case with the previous one. */
    private static List<Texts.Line> merge(List<Texts.Line> lines) {
        List<Texts.Line> out = new ArrayList<>();
        String pendingBullet = null;
        for (Texts.Line l : lines) {
            String t = l.text();
            if (t.matches("^[-–—•·▪◦*➢►>→✓\\u2022\\uF0A7\\uF0B7\\uF0D8o]$")) {
                pendingBullet = t;
                continue;
            }
            if (pendingBullet != null) {
                String merged = pendingBullet + " " + t;
                l = new Texts.Line(l.clause(), merged, Texts.fold(merged), l.first());
                pendingBullet = null;
                out.add(l);
                continue;
            }
            if (!out.isEmpty() && Character.isLowerCase(t.codePointAt(0)) && !t.startsWith("o ")
                    && !t.matches("^(?:dont|soit|et|ou)\\b.*|^(?:[a-h]|[ivx]{1,4})\\s*[).].*") && !weightOnly(t)) {
                Texts.Line prev = out.get(out.size() - 1);
                if (!prev.text().endsWith(":") && !prev.text().endsWith(".") && !weightOnly(prev.text())
                        && weights(prev.norm()).isEmpty() && prev.clause().kind() != ClauseKind.HEADING) {
                    String merged = prev.text() + " " + t;
                    out.set(out.size() - 1, new Texts.Line(prev.clause(), merged, Texts.fold(merged), prev.first()));
                    continue;
                }
            }
            out.add(l);
        }
        return out;
    }

    private static boolean weightOnly(String text) {
        String n = Texts.fold(text);
        List<Weight> ws = weights(n);
        return !ws.isEmpty() && removeWeights(n, ws).replaceAll("[^a-z]", "").length() <= 2;
    }

    private static boolean isPipeRow(Texts.Line line) {
        return line.text().contains("|");
    }

    /**
     * The columns of the criteria table being read, from its header: which columns hold values (weight,
     * per-lot weights, a "note sur" scale) and which of them is the weight. PDF tables come without pipes:
     * their header line ("Critère Lot 1 Lot 2", "Critères Pondération Note sur") still names the value columns in order.
     */
    private static final class Table {
        /** Value columns of a pipe table: column index → unit of a bare number in it (null when unknown). */
        private final Map<Integer, String> units = new LinkedHashMap<>();
        private final List<String> labels = new ArrayList<>();
        /** Cells of the pipe header; rows with more cells (a number column without a title) align on the right. */
        private int width;
        private int primary;
        private boolean lots;

        /** Reads a header row; false when the line is not one. */
        boolean header(Texts.Line line) {
            String text = line.text();
            String[] cells = text.split("\\s*\\|\\s*", -1);
            String joined = Texts.fold(String.join(" ", cells)).replaceAll("\\([^)]*\\)", " ").strip();
            if (joined.isEmpty() || !HEADER.matcher(joined).find()) {
                return false;
            }
            List<String> found = new ArrayList<>();
            units.clear();
            width = cells.length > 1 ? cells.length : 0;
            if (cells.length > 1) {
                for (int k = 0; k < cells.length; k++) {
                    String cn = Texts.fold(cells[k]);
                    if (cn.matches(".*(?:ponder|points|note|coef|poids|bareme|%).*") || LOT_COLUMN.matcher(cn).find()) {
                        units.put(k, cn.contains("%") ? "%" : cn.contains("point") ? "points" : cn.contains("coef")
                                ? "coefficient" : null);
                        found.add(cells[k].strip());
                    }
                }
            } else {
                Matcher m = VALUE_COLUMN.matcher(joined);
                while (m.find()) {
                    if (!m.group().equals("%") || found.isEmpty()) {
                        found.add(m.group());
                    }
                }
            }
            if (found.isEmpty() && labels.isEmpty()) {
                return true; // "Critères", "Critères et sous-critères": a header without value columns
            }
            labels.clear();
            labels.addAll(found);
            primary = 0;
            lots = false;
            for (int k = labels.size() - 1; k >= 0; k--) {
                String l = Texts.fold(labels.get(k));
                if (l.matches(".*(?:ponder|poids|coef|bareme|%).*") && !l.matches("notes?\\b.*")) {
                    primary = k;
                }
            }
            lots = labels.stream().filter(l -> LOT_COLUMN.matcher(Texts.fold(l)).find()).count() >= 2;
            return true;
        }

        /** A row with pipes turned into "number name : value value…", values in column order. */
        Texts.Line row(Texts.Line line) {
            String[] cells = line.text().split("\\s*\\|\\s*", -1);
            List<String> names = new ArrayList<>();
            List<String> values = new ArrayList<>();
            String number = null;
            // value columns are on the right: a row with an untitled number column, or without its empty cells
            int shift = width > 0 ? cells.length - width : 0;
            for (int k = 0; k < cells.length; k++) {
                String cell = cells[k].strip();
                if (units.containsKey(k - shift) || units.isEmpty() && weightOnly(cell)) {
                    if (cell.isEmpty()) {
                        continue;
                    }
                    String wn = Texts.fold(cell);
                    String u = units.get(k - shift);
                    if (weights(wn).isEmpty() && wn.matches("\\d{1,3}(?:[.,]\\d{1,2})?")) {
                        // a bare number: the column's unit, or points when the header gives none
                        cell = cell + (u == null ? " pts" : "%".equals(u) ? " %" : " " + u);
                    }
                    values.add(cell);
                } else if (cell.matches("\\d{1,2}(?:\\.\\d{1,2})*[.)]?")) {
                    number = names.isEmpty() ? cell.replaceAll("[.)]$", "") : number;
                } else if (!cell.isEmpty() && !cell.matches("[a-zA-Z][.)]|[IVX]{1,4}[.)]?")) {
                    names.add(cell);
                }
            }
            if (names.isEmpty() && values.isEmpty()) {
                return null;
            }
            boolean subRow = cells.length > 1 && cells[0].isBlank() && !names.isEmpty();
            String name = (number == null ? "" : number + " ") + (names.isEmpty() ? "" : names.get(0));
            String joined = (subRow ? "- " : "") + name + (values.isEmpty() ? "" : " : " + String.join(" ", values));
            return new Texts.Line(line.clause(), joined, Texts.fold(joined), line.first());
        }

        /** The weights of a row fill the value columns of the header (main weight and per-lot weights or a scale). */
        boolean columns(List<Weight> ws) {
            return labels.size() >= 2 && ws.size() == labels.size();
        }

        Weight primary(List<Weight> ws) {
            return columns(ws) ? ws.get(primary) : ws.get(0);
        }

        /** The row, quoted with the weight of each lot when the lots differ (the model keeps one weight: the first lot's). */
        Texts.Line noted(Texts.Line line, List<Weight> ws) {
            if (!lots || !columns(ws) || ws.stream().map(Weight::value).distinct().count() == 1) {
                return line;
            }
            StringBuilder sb = new StringBuilder(line.text()).append(" [pondération par lot : ");
            for (int k = 0; k < ws.size(); k++) {
                Weight w = ws.get(k);
                sb.append(k == 0 ? "" : " ; ").append(Texts.capitalize(labels.get(k))).append(" : ")
                        .append(fmt(w.value)).append("%".equals(w.unit) ? " %" : " " + w.unit);
            }
            String t = sb.append(']').toString();
            return new Texts.Line(line.clause(), t, Texts.fold(t), line.first());
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v).replace('.', ',');
    }

    private static Entry entry(Texts.Line line) {
        String text = line.text();
        NormalizedText map = FrenchNormalizer.map(text);
        String n = map.text();
        String style = null;
        boolean sub = false;
        boolean main = false;
        int cut = 0;
        Matcher m = BULLET.matcher(n);
        if (m.find()) {
            style = "bullet" + m.group(1);
            cut = m.end();
        } else if ((m = O_BULLET.matcher(n)).find() && text.length() > 2 && Character.isUpperCase(text.codePointAt(
                map.originalStart(m.end())))) {
            style = "bulleto";
            cut = m.end();
        } else if (line.clause().kind() == ClauseKind.LIST_ITEM && line.first()) {
            style = "item"; // a list item whose bullet the parser dropped; its next lines are plain text
        }
        String afterBullet = n.substring(cut);
        Matcher c = CRITERION_NUMBER.matcher(afterBullet);
        if (c.find() && c.end() > 0 && (c.group(2) != null || afterBullet.matches("^(?:sous[- ]?)?criteres?\\s*[:-].*"))) {
            sub = c.group(1) != null;
            main = !sub;
            style = sub ? "subcrit" : "crit";
            cut += c.end();
        } else if ((m = DONT.matcher(afterBullet)).find()) {
            sub = true;
            style = "dont";
            cut += m.end();
        } else if ((m = DECIMAL_NUMBER.matcher(afterBullet)).find() && weights(afterBullet).stream().noneMatch(w -> w.start == 0)) {
            style = "num" + m.group(1).split("\\.").length;
            cut += m.end();
        } else if ((m = ALPHA_NUMBER.matcher(afterBullet)).find()) {
            style = style == null ? "alpha" : style;
            cut += m.end();
        }
        String bodyNorm = n.substring(cut).strip();
        int offset = map.originalStart(Math.min(cut, n.length()));
        return new Entry(line, style, sub, main, text.substring(offset).strip(), bodyNorm);
    }

    static List<Weight> weights(String n) {
        List<Weight> out = new ArrayList<>();
        Matcher p = WEIGHTED.matcher(n);
        while (p.find()) {
            String unit = p.group(2) == null ? null : unit(p.group(2), null);
            out.add(new Weight(number(p.group(1)), unit == null ? "%" : unit, p.start(), p.end()));
        }
        if (!out.isEmpty()) {
            return out;
        }
        Matcher c = COEFFICIENT.matcher(n);
        while (c.find()) {
            out.add(new Weight(number(c.group(1)), "coefficient", c.start(), c.end()));
        }
        if (!out.isEmpty()) {
            return out;
        }
        Matcher m = WEIGHT.matcher(n);
        while (m.find()) {
            String before = n.substring(0, m.start());
            if (SCALE_BEFORE.matcher(before).find() || before.matches(".*[\\d,.]$")) {
                continue; // "noté sur 20 points", "de 0 à 10 points": a scale, not a weight
            }
            out.add(new Weight(number(m.group(1)), unit(m.group(2), m.group(3)), m.start(), m.end()));
        }
        return out;
    }

    private static String unit(String raw, String denominator) {
        String u = raw.replace(" ", "");
        if (u.startsWith("%") || u.startsWith("pour")) {
            return "%";
        }
        if (u.startsWith("/")) {
            return "/" + denominator;
        }
        return "points";
    }

    private static double number(String s) {
        return Double.parseDouble(s.replace(',', '.'));
    }

    private static String removeWeights(String n, List<Weight> ws) {
        StringBuilder sb = new StringBuilder(n);
        for (int k = ws.size() - 1; k >= 0; k--) {
            sb.replace(ws.get(k).start, ws.get(k).end, " ");
        }
        return sb.toString();
    }

    /** The criterion's name: the line without marker and weight, cut before its description. */
    private static String name(String original, Entry e, List<Weight> ws) {
        String body = e.body;
        NormalizedText map = FrenchNormalizer.map(body);
        String n = map.text();
        int end = n.length();
        if (!ws.isEmpty()) {
            end = ws.get(0).start;
            if (end < 3) { // weight first: "40 % : prix"
                return cleanName(body.substring(map.originalStart(ws.get(0).end)));
            }
        }
        String head = n.substring(0, end);
        Matcher cut = NAME_CUT.matcher(head);
        if (cut.find() && cut.start() >= 3) {
            end = cut.start();
        }
        String name = cleanName(body.substring(0, map.originalEnd(end)));
        if (name != null && name.length() > MAX_NAME) {
            int paren = name.indexOf('(');
            name = paren >= 3 ? cleanName(name.substring(0, paren)) : null;
        }
        return name;
    }

    private static String cleanName(String s) {
        String t = Texts.clean(s).replaceAll("^[\\s:;,.–—-]+", "")
                .replaceAll("[\\s:;,.(–—-]+$", "")
                .replaceAll("\\(\\s*$", "").strip();
        // unbalanced parenthesis left by a weight "(40 points)"
        if (t.endsWith("(")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        long open = t.chars().filter(ch -> ch == '(').count();
        long close = t.chars().filter(ch -> ch == ')').count();
        if (close > open && t.endsWith(")")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        String f = Texts.fold(t);
        if (t.length() < 3 || !f.matches(".*[a-z]{2}.*") || f.matches("^(?:et|ou|soit|total|sous-total|page \\d+).*")) {
            return null;
        }
        return Texts.capitalize(t);
    }

    /** Several criteria in one sentence: each weight takes the words just before it (or after, "60 % pour le prix"). */
    private List<Node> sentenceCriteria(Texts.Line line, Entry e, List<Weight> ws) {
        List<Node> out = new ArrayList<>();
        String body = e.body;
        NormalizedText map = FrenchNormalizer.map(body);
        String n = map.text();
        Matcher subject = SUBJECT.matcher(n);
        if (ws.size() == 1 && subject.find()) {
            String name = cleanName(body.substring(map.originalStart(subject.start(1)), map.originalEnd(subject.end(1))));
            if (name != null) {
                out.add(new Node(name, ws.get(0), line, "sentence", false));
            }
            return out;
        }
        // weight first: "60 % pour la valeur technique et 40 % pour le prix"
        if (WEIGHT_FIRST.matcher(n.substring(ws.get(0).end)).lookingAt()) {
            for (int k = 0; k < ws.size(); k++) {
                Weight w = ws.get(k);
                int next = k + 1 < ws.size() ? ws.get(k + 1).start : n.length();
                Matcher lead = WEIGHT_FIRST.matcher(n.substring(w.end, next));
                if (!lead.lookingAt()) {
                    continue;
                }
                int from = w.end + lead.end();
                String after = n.substring(from, next);
                Matcher stopAt = Pattern.compile("[,;.)]|\\s+et\\s+(?:a\\s+)?(?:\\d|$)|\\s+et\\s+a\\s*$|\\s+et\\s*$").matcher(after);
                int stop = stopAt.find() ? stopAt.start() : after.length();
                String name = stop > 0 ? cleanName(body.substring(map.originalStart(from), map.originalEnd(from + stop))) : null;
                if (name != null && name.length() <= MAX_NAME) {
                    out.add(new Node(name, w, line, "sentence", false));
                }
            }
            return out;
        }
        int prevEnd = 0;
        for (int k = 0; k < ws.size(); k++) {
            Weight w = ws.get(k);
            String seg = n.substring(prevEnd, w.start);
            int segStart = prevEnd;
            // the name is after the last separator before the weight
            int sep = Math.max(Math.max(seg.lastIndexOf(':'), seg.lastIndexOf(';')), Math.max(seg.lastIndexOf(','), seg.lastIndexOf('(')));
            String candidate = seg;
            if (sep >= 0 && seg.substring(sep + 1).matches(".*[a-z]{3}.*")) {
                candidate = seg.substring(sep + 1);
                segStart += sep + 1;
            } else if (sep >= 0) {
                int sep2 = Math.max(Math.max(seg.lastIndexOf(':', sep - 1), seg.lastIndexOf(';', sep - 1)),
                        Math.max(seg.lastIndexOf(',', sep - 1), seg.lastIndexOf('(', sep - 1)));
                candidate = seg.substring(sep2 + 1, sep);
                segStart += sep2 + 1;
            }
            String nameN = candidate.replaceFirst("^[\\s)\\].,;:]+", "")
                    .replaceFirst("^\\s*(?:et|puis|enfin|ainsi que)\\s+", "")
                    .replaceFirst("^\\s*(?:le|la|les|l')\\s*", "")
                    .replaceFirst("^.*\\b(?:suivants?|suivantes|ci-apres|ci-dessous)\\s*:?\\s*", "");
            String name;
            if (!nameN.matches(".*[a-z]{3}.*")) {
                // weight first: "60 % pour le prix"
                int next = k + 1 < ws.size() ? ws.get(k + 1).start : n.length();
                String after = n.substring(w.end, next).replaceFirst("^\\s*(?:pour|a|au|aux)\\s+(?:le|la|les|l')?\\s*", "");
                Matcher stopAt = Pattern.compile("[,;.)]|\\s+et\\s+").matcher(after);
                int stop = stopAt.find() ? stopAt.start() : after.length();
                name = null;
                if (stop > 0) {
                    int from = w.end + (n.substring(w.end, next).length() - after.length());
                    name = cleanName(body.substring(map.originalStart(from), map.originalEnd(from + stop)));
                }
            } else {
                int from = segStart + (candidate.length() - nameN.length());
                String raw = body.substring(map.originalStart(from), map.originalEnd(w.start));
                name = cleanName(raw.replaceAll("(?iU)\\s+(?:est\\s+)?(?:pondéré|pondérée|noté|notée|à hauteur de|pour|à)\\s*$", ""));
            }
            if (name != null && name.length() <= MAX_NAME) {
                out.add(new Node(name, w, line, "sentence", false));
            }
            prevEnd = w.end;
        }
        return out;
    }

    // ------------------------------------------------------------------ after parsing

    /** A weight alone on its line, and the index of the last main criterion read before it. */
    private record Orphan(Weight weight, int afterMain) {
    }

    /**
     * Gives weights read alone on their lines (a PDF column) to the main criteria without weight: in order
     * when the counts match, else each to the nearest unweighted criterion before it (or after it).
     */
    private static void pairOrphans(List<Node> mains, List<Orphan> orphans) {
        if (orphans.isEmpty()) {
            return;
        }
        List<Node> unweighted = mains.stream().filter(m -> m.weight == null).toList();
        if (unweighted.size() == orphans.size()) {
            for (int k = 0; k < orphans.size(); k++) {
                Weight w = orphans.get(k).weight;
                unweighted.get(k).weight = w.value;
                unweighted.get(k).unit = w.unit;
            }
            return;
        }
        for (Orphan o : orphans) {
            Weight w = o.weight;
            int last = o.afterMain;
            Node target = null;
            for (int k = Math.min(last, mains.size() - 1); k >= 0 && target == null; k--) {
                if (mains.get(k).weight == null) {
                    target = mains.get(k);
                }
            }
            for (int k = last + 1; k < mains.size() && target == null; k++) {
                if (mains.get(k).weight == null) {
                    target = mains.get(k);
                }
            }
            if (target != null) {
                target.weight = w.value;
                target.unit = w.unit;
            }
        }
    }

    /** Drops a lone unweighted "criterion" that is only a stray line, keeps real lists. */
    private static List<Node> dropNoise(List<Node> mains) {
        boolean anyWeight = mains.stream().anyMatch(m -> m.weight != null || m.subs.stream().anyMatch(s -> s.weight != null));
        if (anyWeight) {
            return mains.stream().filter(m -> m.weight != null || !m.subs.isEmpty()
                    || CriterionKinds.of(m.name) != AwardCriterion.Kind.OTHER).toList();
        }
        // without any weight: a list of criteria by decreasing importance, if the names read as criteria
        long known = mains.stream().filter(m -> CriterionKinds.of(m.name) != AwardCriterion.Kind.OTHER).count();
        return known >= Math.max(1, (mains.size() + 1) / 2) ? mains : List.of();
    }

    private static List<AwardCriterion> build(List<Node> mains, Function<Clause, String> pathOf) {
        boolean allWeighted = mains.stream().allMatch(m -> m.weight != null);
        double total = allWeighted ? mains.stream().mapToDouble(m -> m.weight).sum() : 0;
        List<AwardCriterion> out = new ArrayList<>();
        for (Node m : mains) {
            Double percent = allWeighted && total > 0 ? round(m.weight / total * 100) : null;
            if (mains.size() == 1 && m.weight == null) {
                percent = 100.0;
            }
            AwardCriterion.Kind kind = CriterionKinds.of(m.name);
            double subTotal = subsSum(m);
            boolean subsWeighted = !m.subs.isEmpty() && m.subs.stream().allMatch(s -> s.weight != null);
            List<AwardCriterion> subs = new ArrayList<>();
            for (Node s : m.subs) {
                Double sp = null;
                if (s.weight != null && percent != null && m.weight != null) {
                    if (Math.abs(subTotal - m.weight) < 1e-6) {
                        sp = round(s.weight / total * 100);
                    } else if (subsWeighted && subTotal > 0) {
                        sp = round(percent * s.weight / subTotal);
                    }
                }
                AwardCriterion.Kind sk = CriterionKinds.of(s.name);
                if (sk == AwardCriterion.Kind.OTHER || kind == AwardCriterion.Kind.ENVIRONMENTAL
                        || kind == AwardCriterion.Kind.SOCIAL) {
                    sk = kind; // a sub-criterion of an environmental criterion is environmental
                }
                subs.add(new AwardCriterion(s.name, s.weight, s.unit, sp, sk, List.of(), source(s.line, pathOf)));
            }
            out.add(new AwardCriterion(m.name, m.weight, m.unit, percent, kind, subs, source(m.line, pathOf)));
        }
        return out;
    }

    private static SourceRef source(Texts.Line line, Function<Clause, String> pathOf) {
        // a table row is quoted whole, with every cell (per-lot weights, scale) and not as re-read
        String quote = line.clause().kind() == ClauseKind.TABLE_ROW && line.text().startsWith(line.clause().text()) ? line.text()
                : line.clause().kind() == ClauseKind.TABLE_ROW ? line.clause().text() + noteOf(line.text()) : line.text();
        return SourceRef.of(line.clause(), pathOf.apply(line.clause()), Texts.quote(quote));
    }

    private static String noteOf(String text) {
        int at = text.lastIndexOf(" [pondération par lot : ");
        return at < 0 ? "" : text.substring(at);
    }

    private static Double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
