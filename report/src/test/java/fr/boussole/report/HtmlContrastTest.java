package fr.boussole.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** WCAG 2.x contrast of the report's palette, computed from the CSS custom properties (no browser needed). */
class HtmlContrastTest {

    static Map<String, String> palette() {
        String css = HtmlReport.readResource("report.css");
        Map<String, String> vars = new HashMap<>();
        Matcher m = Pattern.compile("--([a-z-]+):\\s*(#[0-9a-fA-F]{6})").matcher(css);
        while (m.find()) {
            vars.put(m.group(1), m.group(2));
        }
        return vars;
    }

    static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    static double contrast(String a, String b) {
        double x = luminance(a);
        double y = luminance(b);
        return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
    }

    @Test
    void contrastFormulaMatchesKnownValues() {
        assertEquals(21.0, contrast("#000000", "#ffffff"), 0.01);
        assertEquals(1.0, contrast("#777777", "#777777"), 0.001);
        assertEquals(4.48, contrast("#777777", "#ffffff"), 0.01);
    }

    @Test
    void everyBadgeAndTextPairReachesFourPointFive() {
        Map<String, String> p = palette();
        List<String[]> pairs = new ArrayList<>();
        for (String s : List.of("covered", "partial", "missing", "contradicted", "na", "obligation", "recommandation",
                "bonne-pratique", "waiver", "warn")) {
            pairs.add(new String[] {s, s + "-bg"});
        }
        for (String fg : List.of("text", "muted", "blue")) {
            for (String bg : List.of("bg", "bg-alt")) {
                pairs.add(new String[] {fg, bg});
            }
        }
        pairs.add(new String[] {"blue", "blue-bg"});
        List<String> failures = new ArrayList<>();
        for (String[] pair : pairs) {
            String fg = p.get("c-" + pair[0]);
            String bg = p.get("c-" + pair[1]);
            assertTrue(fg != null && bg != null, "palette entry missing: " + pair[0] + " / " + pair[1]);
            double ratio = contrast(fg, bg);
            if (ratio < 4.5) {
                failures.add(pair[0] + " on " + pair[1] + " = " + String.format("%.2f", ratio));
            }
        }
        assertEquals(List.of(), failures);
    }
}
