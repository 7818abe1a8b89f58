package fr.boussole.rules.tools;

import fr.boussole.model.Amount;
import fr.boussole.model.AwardCriterion;
import fr.boussole.model.BuyerType;
import fr.boussole.model.Clause;
import fr.boussole.model.ClauseKind;
import fr.boussole.model.Piece;
import fr.boussole.model.PieceRole;
import fr.boussole.model.PurchaseFamily;
import fr.boussole.model.Span;
import fr.boussole.model.Tender;
import fr.boussole.model.TenderProfile;
import fr.boussole.rules.pack.CriterionDef;
import fr.boussole.segmenter.FrenchNormalizer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain example-to-tender factory for pack tests, without the real segmenter and profiler:
 * <ul>
 *   <li>{@code # Titre}, {@code ## 5.1 Titre} lines are headings (level = number of {@code #}); they set the
 *       headings and the article path of what follows and are clauses of kind heading themselves;</li>
 *   <li>lines starting with {@code |} are table rows and lines starting with {@code - } or {@code * } list items,
 *       one clause each;</li>
 *   <li>other consecutive lines form a paragraph; blank lines separate paragraphs;</li>
 *   <li>sentences are split after {@code . ! ?} followed by a space (no abbreviation handling);</li>
 *   <li>the profile comes from the example's {@code profile} block, with defaults: family = first concrete family
 *       the criterion applies to (else software), buyer type = first the criterion names (else collectivité),
 *       launch date = {@link ExampleTenderFactory.Example#defaultLaunchDate()}; award criteria are taken as
 *       given, their share in percent computed from the weights when the unit is not {@code %}.</li>
 * </ul>
 */
public class SimpleExampleTenderFactory implements ExampleTenderFactory {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:(?:article|art\\.?|chapitre|section|titre)\\s+)?((?:\\d+|[IVXLC]+)(?:\\.\\d+)*)\\b\\.?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)");

    @Override
    public Tender create(Example ex) {
        List<Piece> pieces = new ArrayList<>();
        int n = 0;
        for (CriterionDef.ExamplePiece ep : ex.pieces()) {
            n++;
            PieceRole role = ep.role() != null ? ep.role() : ex.defaultRole();
            String id = "p" + n;
            String name = ep.name() != null ? ep.name() : role.code().toLowerCase(Locale.ROOT) + ".docx";
            String text = ep.text() == null ? "" : ep.text();
            pieces.add(new Piece(id, name, name, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    role, "exemple", null, null, sha(text), text.length(), text, null, null, null,
                    clauses(id, role, text)));
        }
        return new Tender(ex.tenderId(), ex.tenderId(), pieces, profile(ex), List.of());
    }

    /** Clauses of one piece text. */
    public static List<Clause> clauses(String pieceId, PieceRole role, String text) {
        List<Clause> out = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        StringBuilder para = new StringBuilder();
        int paraStart = -1;
        int offset = 0;
        String[] lines = text.split("\n", -1);
        for (String raw : lines) {
            String line = raw.stripTrailing();
            int lineStart = offset;
            offset += raw.length() + 1;
            Matcher h = HEADING.matcher(line.strip());
            boolean special = h.matches() || line.strip().startsWith("|") || line.strip().startsWith("- ")
                    || line.strip().startsWith("* ") || line.isBlank();
            if (special && para.length() > 0) {
                out.add(clause(pieceId, role, out.size(), para.toString(), paraStart, ClauseKind.PARAGRAPH, headings,
                        numbers));
                para.setLength(0);
            }
            if (line.isBlank()) {
                continue;
            }
            if (h.matches()) {
                int level = h.group(1).length();
                String title = h.group(2).strip();
                while (!levels.isEmpty() && levels.get(levels.size() - 1) >= level) {
                    levels.remove(levels.size() - 1);
                    headings.remove(headings.size() - 1);
                    numbers.remove(numbers.size() - 1);
                }
                levels.add(level);
                headings.add(title);
                Matcher num = NUMBERING.matcher(title);
                numbers.add(num.find() ? num.group(1) : null);
                out.add(clause(pieceId, role, out.size(), title, lineStart + raw.indexOf(title), ClauseKind.HEADING,
                        headings, numbers));
                continue;
            }
            String s = line.strip();
            if (s.startsWith("|")) {
                String row = s.replaceAll("^\\|\\s*|\\s*\\|$", "").replaceAll("\\s*\\|\\s*", " | ");
                out.add(clause(pieceId, role, out.size(), row, lineStart, ClauseKind.TABLE_ROW, headings, numbers));
            } else if (s.startsWith("- ") || s.startsWith("* ")) {
                out.add(clause(pieceId, role, out.size(), s.substring(2).strip(), lineStart, ClauseKind.LIST_ITEM,
                        headings, numbers));
            } else {
                if (para.length() == 0) {
                    paraStart = lineStart;
                } else {
                    para.append('\n');
                }
                para.append(s);
            }
        }
        if (para.length() > 0) {
            out.add(clause(pieceId, role, out.size(), para.toString(), paraStart, ClauseKind.PARAGRAPH, headings,
                    numbers));
        }
        return out;
    }

    private static Clause clause(String pieceId, PieceRole role, int index, String text, int start, ClauseKind kind,
                                 List<String> headings, List<String> numbers) {
        List<String> path = numbers.stream().filter(x -> x != null).toList();
        String article = path.isEmpty() ? null : "Article " + String.join(" > ", path);
        List<Span> sentences = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(text);
        int s = 0;
        while (m.find()) {
            sentences.add(new Span(s, m.end()));
            s = m.end();
            while (s < text.length() && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
        }
        if (s < text.length()) {
            sentences.add(new Span(s, text.length()));
        }
        String norm = FrenchNormalizer.normalize(text);
        String id = String.format(Locale.ROOT, "%s#%04d", pieceId, index + 1);
        return new Clause(id, pieceId, role, null, article, path, List.copyOf(headings), kind, Math.max(0, start),
                Math.max(0, start) + text.length(), text, norm, sha(role.code() + "|" + String.join(">", path) + "|"
                + norm).substring(0, 16), sentences, null);
    }

    /** The example profile with its defaults. */
    public static TenderProfile profile(Example ex) {
        CriterionDef.ExampleProfile p = ex.def().profile();
        CriterionDef.AppliesDef a = ex.criterion().applies();
        PurchaseFamily family = null;
        List<PurchaseFamily> families = new ArrayList<>();
        if (p != null && p.family() != null) {
            family = PurchaseFamily.fromCode(p.family());
        } else {
            for (String f : a.families()) {
                if (!f.equals("any") && !f.equals("digital")) {
                    family = PurchaseFamily.fromCode(f);
                    break;
                }
            }
            if (family == null) {
                family = PurchaseFamily.SOFTWARE_SERVICES;
            }
        }
        families.add(family);
        if (p != null) {
            for (String f : p.families()) {
                PurchaseFamily pf = PurchaseFamily.fromCode(f);
                if (!families.contains(pf)) {
                    families.add(pf);
                }
            }
        }
        BuyerType buyer;
        if (p != null && p.buyerType() != null) {
            buyer = BuyerType.fromCode(p.buyerType());
        } else {
            String first = a.buyerTypes().stream().filter(b -> !b.equals("any")).findFirst().orElse("collectivite");
            buyer = BuyerType.fromCode(first);
        }
        LocalDate launch = p != null && p.launchDate() != null ? p.launchDate()
                : p != null && p.deadline() != null ? null : ex.defaultLaunchDate();
        Amount amount = p != null && p.amountHT() != null ? new Amount(p.amountHT(), "HT", "estimation", false) : null;
        List<AwardCriterion> awards = p == null ? List.of() : awards(p.awardCriteria(), null);
        return new TenderProfile(p != null && p.object() != null ? p.object() : "Exemple " + ex.tenderId(),
                "Acheteur de l'exemple", buyer, null, null, null, amount, launch,
                p != null && p.deadline() != null ? p.deadline().atTime(12, 0) : null, null, null, null, awards, family,
                families, "famille donnée par l'exemple", null);
    }

    static List<AwardCriterion> awards(List<CriterionDef.ExampleAward> defs, Double parentShare) {
        double total = 0;
        boolean allPercent = true;
        for (CriterionDef.ExampleAward d : defs) {
            total += d.weight() == null ? 0 : d.weight();
            allPercent &= d.unit() == null || d.unit().contains("%");
        }
        List<AwardCriterion> out = new ArrayList<>();
        for (CriterionDef.ExampleAward d : defs) {
            Double percent = d.percent();
            if (percent == null && d.weight() != null) {
                if (parentShare != null || allPercent) {
                    percent = d.weight(); // sub-criteria and "%" weights are shares of the total as written
                } else if (total > 0) {
                    percent = Math.round(1000 * d.weight() / total) / 10.0;
                }
            }
            AwardCriterion.Kind kind = d.kind() != null ? AwardCriterion.Kind.fromCode(d.kind()) : guessKind(d.name());
            out.add(new AwardCriterion(d.name(), d.weight(), d.unit() == null ? "%" : d.unit(), percent, kind,
                    awards(d.sub(), percent == null ? 0.0 : percent), null));
        }
        return out;
    }

    static AwardCriterion.Kind guessKind(String name) {
        String n = FrenchNormalizer.normalize(name == null ? "" : name);
        if (n.contains("environnement") || n.contains("developpement durable") || n.contains("ecolog")) {
            return AwardCriterion.Kind.ENVIRONMENTAL;
        }
        if (n.contains("social") || n.contains("insertion")) {
            return AwardCriterion.Kind.SOCIAL;
        }
        if (n.contains("prix")) {
            return AwardCriterion.Kind.PRICE;
        }
        if (n.contains("cout")) {
            return AwardCriterion.Kind.COST;
        }
        if (n.contains("delai")) {
            return AwardCriterion.Kind.DELAY;
        }
        if (n.contains("technique") || n.contains("qualite") || n.contains("methodolog")) {
            return AwardCriterion.Kind.TECHNICAL;
        }
        return AwardCriterion.Kind.OTHER;
    }

    static String sha(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
