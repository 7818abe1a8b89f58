package fr.boussole.report;

import fr.boussole.model.BuyerType;
import fr.boussole.model.PieceRole;
import fr.boussole.model.Problem;
import fr.boussole.model.ProblemCode;
import fr.boussole.model.PurchaseFamily;
import fr.boussole.model.Severity;
import fr.boussole.model.Status;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Every word the buyer reads, from the {@code messages_fr} (default) or {@code messages_en} bundle.
 * Criterion texts (titles, messages, suggestions) are not here: they come from the packs through the verdicts.
 *
 * <p>Placeholders are {@code {0}}, {@code {1}}… replaced literally (no {@link java.text.MessageFormat}, whose
 * quoting rules clash with French apostrophes).
 */
public final class ReportTexts {

    static final String BUNDLE = "fr.boussole.report.messages";
    /** Zone used to show the check time when the caller gives none. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Paris");

    private final Locale locale;
    private final Messages texts;
    private final ZoneId zone;

    private ReportTexts(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
        this.texts = Messages.of(BUNDLE, locale);
    }

    /** French unless the locale's language is English. */
    public static ReportTexts of(Locale locale) {
        return of(locale, DEFAULT_ZONE);
    }

    public static ReportTexts of(Locale locale, ZoneId zone) {
        return new ReportTexts(Messages.supported(locale), zone == null ? DEFAULT_ZONE : zone);
    }

    public Locale locale() {
        return locale;
    }

    /** The underlying bundle access (for templates that take every {@code html.*} text). */
    public Messages messages() {
        return texts;
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean english() {
        return "en".equals(locale.getLanguage());
    }

    /** The text for {@code key} with {@code {i}} replaced by {@code args[i]}. */
    public String get(String key, Object... args) {
        return texts.get(key, args);
    }

    /** The text for {@code key}, or {@code fallback} when the bundle has none. */
    public String getOr(String key, String fallback) {
        return texts.getOr(key, fallback);
    }

    /** " : " in French (space before the colon), ": " in English. */
    public String colon() {
        return english() ? ": " : "\u00a0: ";
    }

    public String status(Status s) {
        return s == null ? "" : get("status." + s.code());
    }

    public String severity(Severity s) {
        return s == null ? "" : get("severity." + s.code());
    }

    public String role(PieceRole r) {
        return r == null ? "" : getOr("role." + r.code(), r.label());
    }

    public String family(PurchaseFamily f) {
        return f == null ? "" : getOr("family." + f.code(), f.label());
    }

    public String buyerType(BuyerType b) {
        return b == null ? "" : getOr("buyerType." + b.code(), b.label());
    }

    /** Label of a responsible-digital quality; {@code fallback} (the label the result carries) when unknown. */
    public String quality(String code, String fallback) {
        if (code == null) {
            return fallback == null ? "" : fallback;
        }
        return getOr("quality." + code, fallback == null ? code : fallback);
    }

    public String problemCode(ProblemCode c) {
        return c == null ? "" : getOr("problem." + c.name(), c.label());
    }

    /**
     * What the buyer reads for a problem: the extractor's own (French) message, or in English the label of its
     * stable code, since the model's messages are French.
     */
    public String problem(Problem p) {
        if (p == null) {
            return "";
        }
        if (english() || p.message() == null || p.message().isBlank()) {
            return problemCode(p.code());
        }
        return p.message();
    }

    public String date(LocalDate d) {
        return d == null ? "" : d.format(DateTimeFormatter.ofPattern(get("format.date"), locale));
    }

    public String dateTime(LocalDateTime d) {
        return d == null ? "" : d.format(DateTimeFormatter.ofPattern(get("format.dateTime"), locale));
    }

    public String instant(Instant i) {
        return i == null ? "" : dateTime(LocalDateTime.ofInstant(i, zone));
    }

    /** {@code 55 %} in French (no-break space), {@code 55%} in English; one decimal only when needed. */
    public String percent(Double v) {
        if (v == null) {
            return get("score.none");
        }
        return number(v) + (english() ? "%" : "\u00a0%");
    }

    public String number(double v) {
        NumberFormat nf = NumberFormat.getNumberInstance(locale);
        nf.setMaximumFractionDigits(1);
        nf.setGroupingUsed(true);
        return nf.format(v).replace('\u202f', '\u00a0');
    }

    public String amount(BigDecimal v) {
        if (v == null) {
            return "";
        }
        NumberFormat nf = NumberFormat.getNumberInstance(locale);
        nf.setMaximumFractionDigits(2);
        nf.setMinimumFractionDigits(v.scale() > 0 ? 2 : 0);
        return nf.format(v).replace('\u202f', '\u00a0') + (english() ? " EUR" : "\u00a0€");
    }
}
