package fr.boussole.cli;

import fr.boussole.core.eval.EvalReport;
import fr.boussole.model.Status;
import fr.boussole.report.Messages;

/** The console summary of {@code boussole eval}, in the language of the run (statuses by their stable codes). */
final class EvalText {

    private EvalText() {
    }

    static String render(EvalReport r, int maxMismatches, Messages m) {
        StringBuilder sb = new StringBuilder();
        var p = r.presence();
        sb.append(m.get("eval.header", r.tenders(), r.pairs())).append('\n');
        sb.append(m.get("eval.presence", n(m, p.precision()), n(m, p.recall()), n(m, p.f1()), p.truePositives(),
                p.falsePositives(), p.falseNegatives(), p.trueNegatives())).append('\n');
        sb.append(m.get("eval.accuracy", n(m, r.statusAccuracy()))).append('\n');
        sb.append(m.get("eval.falseCovered", r.falseCovered().size())).append('\n');
        sb.append('\n').append(m.get("eval.perTender")).append('\n');
        for (EvalReport.Row row : r.perTender()) {
            sb.append(String.format("  %-42s ", row.key())).append(m.get("eval.row", n(m, row.accuracy()),
                    n(m, row.presence().precision()), n(m, row.presence().recall()), row.falseCovered())).append('\n');
        }
        sb.append('\n').append(m.get("eval.confusion")).append('\n');
        sb.append(String.format("  %-15s", ""));
        for (Status s : Status.values()) {
            sb.append(String.format("%15s", s.code()));
        }
        sb.append('\n');
        for (Status g : Status.values()) {
            sb.append(String.format("  %-15s", g.code()));
            for (Status s : Status.values()) {
                sb.append(String.format("%15d", r.confusion().get(g).get(s)));
            }
            sb.append('\n');
        }
        if (!r.unknownCriteria().isEmpty()) {
            sb.append('\n').append(m.get("eval.unknownCriteria", r.unknownCriteria())).append('\n');
        }
        if (!r.missingTenders().isEmpty()) {
            sb.append(m.get("eval.missingTenders", r.missingTenders())).append('\n');
        }
        if (!r.mismatches().isEmpty()) {
            sb.append('\n').append(m.get("eval.mismatches")).append('\n');
            r.mismatches().stream().limit(maxMismatches).forEach(x -> sb.append(String.format("  %-42s %-12s ",
                    x.tender(), x.criterion())).append(m.get("eval.mismatch", pad(x.gold().code()),
                    pad(x.predicted().code()), x.reason() == null ? "" : abbreviate(x.reason(), 110))).append('\n'));
            if (r.mismatches().size() > maxMismatches) {
                sb.append("  ").append(m.get("eval.more", r.mismatches().size() - maxMismatches)).append('\n');
            }
        }
        return sb.toString();
    }

    private static String n(Messages m, double v) {
        return Texts.number(m, v, 3);
    }

    private static String pad(String s) {
        return String.format("%-14s", s);
    }

    private static String abbreviate(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
