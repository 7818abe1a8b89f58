package fr.boussole.rules.tools;

import fr.boussole.matcher.Effect;
import fr.boussole.matcher.SignalMatcher;
import fr.boussole.model.Status;
import fr.boussole.rules.pack.CriterionDef;
import fr.boussole.rules.pack.Pack;
import fr.boussole.rules.pack.PackLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lints packs (like semgrep's rules linting the registry): id format and namespace, titles, severity, reference,
 * suggestion and its source, examples on both sides (at least 2 + 2 for built-in packs, 1 + 1 otherwise),
 * keywords for every pattern, a message for every status the criterion can reach.
 */
public final class PackLinter {

    /** ERROR blocks publication (and {@code packs lint} exits non-zero); WARNING is advice. */
    public enum Level { ERROR, WARNING }

    /** One lint finding, in French. */
    public record Finding(Level level, String pack, String criterion, String file, int line, String message) {
        public String toLine() {
            return (level == Level.ERROR ? "erreur" : "avertissement") + " : pack « " + pack + " »"
                    + (criterion != null ? ", " + criterion : "") + (file != null ? " (" + file
                    + (line > 0 ? ", ligne " + line : "") + ")" : "") + " : " + message;
        }
    }

    private static final Pattern STRICT_ID = Pattern.compile("[A-Z]+(?:-[A-Z]+)+-\\d{1,3}[a-z]?|[A-Z]+(?:-[A-Z]+)*-(?:[A-Z]{1,4}\\d{1,3}|\\d{2,3}|\\d{1,2}\\.\\d{1,2})[a-z]?");

    private PackLinter() {
    }

    public static List<Finding> lint(List<Pack> packs) {
        List<Finding> out = new ArrayList<>();
        packs.forEach(p -> out.addAll(lint(p)));
        return out;
    }

    public static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.level() == Level.ERROR);
    }

    public static List<Finding> lint(Pack pack) {
        List<Finding> out = new ArrayList<>();
        int minExamples = pack.builtin() ? 2 : 1;
        if (pack.manifest().sources().isEmpty()) {
            out.add(new Finding(Level.WARNING, pack.id(), null, "pack.yaml", 0, "aucune source officielle (sources)"));
        }
        if (pack.manifest().licence() == null) {
            out.add(new Finding(Level.WARNING, pack.id(), null, "pack.yaml", 0, "licence non indiquée"));
        }
        if (pack.criteria().isEmpty() && !pack.overlay()) {
            out.add(new Finding(Level.WARNING, pack.id(), null, "pack.yaml", 0, "le pack ne définit aucun critère"));
        }
        for (Pack.Entry e : pack.criteria()) {
            CriterionDef c = e.def();
            String f = e.file();
            List<Finding> fs = new ArrayList<>();
            if (!STRICT_ID.matcher(c.id()).matches()) {
                fs.add(w(pack, c, f, pack.lineOf(f, "id:"), "identifiant « " + c.id()
                        + " » : format conseillé PRÉFIXE-NN (ex. LEG-01)"));
            }
            if (c.title() == null || c.title().isBlank()) {
                fs.add(err(pack, c, f, 0, "titre manquant"));
            } else if (c.title().length() > 120) {
                fs.add(w(pack, c, f, pack.lineOf(f, "title:"), "titre trop long (" + c.title().length()
                        + " caractères, 120 au plus)"));
            }
            if (c.severity() == null) {
                fs.add(err(pack, c, f, 0, "sévérité manquante"));
            }
            if (blank(c.reference()) || blank(c.framework())) {
                fs.add(err(pack, c, f, 0, "référence manquante : framework (texte) et reference (article, section) "
                        + "sont requis"));
            }
            if (blank(c.theme())) {
                fs.add(w(pack, c, f, 0, "thème (theme) manquant"));
            }
            if (c.qualities().isEmpty()) {
                fs.add(w(pack, c, f, 0, "aucune qualité (qualities) : le critère ne compte dans aucun score"));
            }
            if (c.suggestion() == null || blank(c.suggestion().text())) {
                fs.add(err(pack, c, f, 0, "suggestion manquante (suggestion.text) : que doit ajouter l'acheteur ?"));
            } else if (blank(c.suggestion().source())) {
                fs.add(err(pack, c, f, pack.lineOf(f, "suggestion:"), "source de la suggestion manquante "
                        + "(suggestion.source : texte officiel à lire, par nom et section)"));
            }
            boolean contradicts = c.signals().stream().anyMatch(s -> s.effect() == Effect.CONTRADICTS);
            boolean contextual = c.signals().stream().anyMatch(s -> s.effect() == Effect.CONTEXT);
            if (contextual && blank(c.applies().onlyIfMentioned())) {
                fs.add(err(pack, c, f, pack.lineOf(f, "applies:"), "signal de contexte sans applies.onlyIfMentioned "
                        + "(dire en français de quoi le DCE doit parler pour que le critère s'applique)"));
            }
            boolean restricted = contextual || !c.applies().families().contains("any") || !c.applies().buyerTypes().contains("any")
                    || (c.applies().launchedFrom() != null && c.applies().severityBefore() == null)
                    || c.applies().launchedUntil() != null || c.applies().minAmountParam() != null;
            required(fs, pack, c, f, "covered", c.messages().covered());
            required(fs, pack, c, f, "partial", c.messages().partial());
            required(fs, pack, c, f, "missing", c.messages().missing());
            if (contradicts) {
                required(fs, pack, c, f, "contradicted", c.messages().contradicted());
            }
            if (restricted) {
                required(fs, pack, c, f, "notApplicable", c.messages().notApplicable());
            }
            long positive = c.examples().stream().filter(x -> x.expect() == Status.COVERED
                    || x.expect() == Status.PARTIAL || x.expect() == Status.CONTRADICTED).count();
            long negative = c.examples().stream().filter(x -> x.expect() == Status.MISSING
                    || x.expect() == Status.NOT_APPLICABLE).count();
            if (positive < minExamples) {
                fs.add(err(pack, c, f, pack.lineOf(f, "examples:"), "exemples positifs (covered, partial, "
                        + "contradicted) : " + positive + ", il en faut au moins " + minExamples));
            }
            if (negative < minExamples) {
                fs.add(err(pack, c, f, pack.lineOf(f, "examples:"), "exemples négatifs (missing, not_applicable) : "
                        + negative + ", il en faut au moins " + minExamples));
            }
            if (c.examples().stream().noneMatch(x -> x.expect() == Status.COVERED)) {
                fs.add(w(pack, c, f, pack.lineOf(f, "examples:"), "aucun exemple « covered »"));
            }
            if (c.signals().isEmpty() && pack.drl().isEmpty()) {
                fs.add(w(pack, c, f, 0, "ni signal ni règle DRL : ce critère sera toujours « manquant »"));
            }
            for (CriterionDef.SignalDef s : c.signals()) {
                SignalMatcher m = SignalMatcher.build(List.of(PackLoader.toSpec(c.id(), s)));
                SignalMatcher.SignalInfo info = m.signalInfos().get(0);
                for (int i : info.alwaysRunPatterns()) {
                    String p = s.patterns().get(i);
                    fs.add(w(pack, c, f, pack.lineOf(f, p.length() > 30 ? p.substring(0, 30) : p), "signal « "
                            + s.id() + " », motif n° " + (i + 1) + " : aucun mot-clé dérivable, il s'exécute sur "
                            + "chaque clause ; ajoutez keywords"));
                }
                if (blank(s.note())) {
                    fs.add(w(pack, c, f, pack.lineOf(f, s.id()), "signal « " + s.id()
                            + " » sans note (affichée avec la preuve)"));
                }
            }
            out.addAll(fs);
        }
        return out;
    }

    private static void required(List<Finding> fs, Pack p, CriterionDef c, String f, String status, String msg) {
        if (blank(msg)) {
            fs.add(err(p, c, f, p.lineOf(f, "messages:"), "message « " + status + " » manquant (messages."
                    + status + ")"));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Finding err(Pack p, CriterionDef c, String f, int line, String m) {
        return new Finding(Level.ERROR, p.id(), c.id(), f, line, m);
    }

    private static Finding w(Pack p, CriterionDef c, String f, int line, String m) {
        return new Finding(Level.WARNING, p.id(), c.id(), f, line, m);
    }
}
