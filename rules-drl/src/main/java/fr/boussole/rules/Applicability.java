package fr.boussole.rules;

import fr.boussole.model.Amount;
import fr.boussole.model.BuyerType;
import fr.boussole.model.PurchaseFamily;
import fr.boussole.model.Severity;
import fr.boussole.model.TenderProfile;
import fr.boussole.rules.pack.CriterionDef;
import fr.boussole.rules.pack.EffectiveCriterion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a criterion applies to a tender (families, buyer types, launch-date window, amount threshold)
 * and its effective severity, with a French reason.
 *
 * <p>Effective launch date: the profile's launch date when stated; else the deadline for offers (a consultation
 * is launched before its deadline, so a deadline before {@code launchedFrom} proves an earlier launch; a later
 * deadline is taken as the launch date and the reason says it must be checked); else the check date.
 * Unknown family, buyer type or amount never make a criterion inapplicable: it applies, and the reason says so.
 */
public final class Applicability {

    private static final DateTimeFormatter FR_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);

    /** Result for one criterion. */
    public record Result(boolean applicable, Severity severity, String reason) {
    }

    /** Effective launch date and where it comes from. */
    public record LaunchDate(LocalDate date, String source) {
    }

    private Applicability() {
    }

    public static LaunchDate launchDate(TenderProfile p, LocalDate checkDate) {
        if (p.launchDate() != null) {
            return new LaunchDate(p.launchDate(), "profil");
        }
        if (p.deadlineDate() != null) {
            return new LaunchDate(p.deadlineDate(), "date limite");
        }
        return new LaunchDate(checkDate, "date du contrôle");
    }

    /** Families of the tender: the profile's list, else its main family. */
    public static Set<PurchaseFamily> families(TenderProfile p) {
        Set<PurchaseFamily> out = new LinkedHashSet<>();
        if (p.family() != null) {
            out.add(p.family());
        }
        out.addAll(p.families());
        return out;
    }

    /** Estimated amount excluding tax over the whole contract, or null when unknown. */
    public static Double amountHT(TenderProfile p, List<String> notes) {
        Amount a = p.estimatedAmount();
        if (a == null || a.value() == null) {
            return null;
        }
        BigDecimal v = a.value();
        if ("TTC".equalsIgnoreCase(a.tax())) {
            v = v.divide(new BigDecimal("1.2"), 2, RoundingMode.HALF_UP);
            notes.add("montant TTC converti en HT au taux de 20 %");
        }
        if (a.perYear() && p.durationMonths() != null && p.durationMonths() > 0) {
            v = v.multiply(BigDecimal.valueOf(p.durationMonths())).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
            notes.add("montant annuel porté à la durée totale (" + p.durationMonths() + " mois)");
        }
        return v.doubleValue();
    }

    public static Result evaluate(EffectiveCriterion c, TenderProfile p, LaunchDate launch, Double amountHT,
                                  List<String> amountNotes) {
        CriterionDef.AppliesDef a = c.def().applies();
        List<String> notes = new ArrayList<>();

        // families
        Set<PurchaseFamily> fams = families(p);
        List<String> wanted = a.families();
        if (!wanted.contains("any")) {
            if (fams.isEmpty()) {
                notes.add("famille d'achat inconnue : critère appliqué par prudence");
            } else {
                boolean ok = fams.stream().anyMatch(f -> wanted.contains(f.code())
                        || (wanted.contains("digital") && f.isDigital()));
                if (!ok) {
                    return new Result(false, c.severity(), "Ce critère vise les achats : " + familiesLabel(wanted)
                            + " ; la consultation porte sur : " + String.join(", ",
                            fams.stream().map(PurchaseFamily::label).toList()) + ".");
                }
            }
        }

        // buyer types
        if (!a.buyerTypes().contains("any")) {
            BuyerType bt = p.buyerType();
            if (bt == null) {
                notes.add("type d'acheteur inconnu : critère appliqué par prudence");
            } else if (a.buyerTypes().stream().noneMatch(b -> BuyerType.fromCode(b) == bt)) {
                return new Result(false, c.severity(), "Ce critère vise : " + String.join(", ", a.buyerTypes().stream()
                        .map(b -> BuyerType.fromCode(b).label()).toList()) + " ; l'acheteur est : " + bt.label() + ".");
            }
        }

        // launch-date window
        Severity severity = c.severity();
        LocalDate d = launch.date();
        if (a.launchedFrom() != null) {
            LocalDate from = a.launchedFrom();
            boolean before = d != null && d.isBefore(from);
            if (before) {
                String when = switch (launch.source()) {
                    case "profil" -> "consultation lancée le " + fr(d);
                    case "date limite" -> "date limite de remise des offres au " + fr(d)
                            + ", donc consultation lancée avant le " + fr(from);
                    default -> "date de lancement inconnue, contrôle du " + fr(d);
                };
                if (a.severityBefore() == null) {
                    return new Result(false, severity, "Applicable aux consultations lancées à partir du " + fr(from)
                            + " ; " + when + ".");
                }
                notes.add(when + " : avant le " + fr(from) + ", ce critère est une " + a.severityBefore().label()
                        + " et non une " + severity.label());
                severity = a.severityBefore();
            } else {
                switch (launch.source()) {
                    case "profil" -> notes.add("consultation lancée le " + fr(d) + " (à partir du " + fr(from) + ")");
                    case "date limite" -> notes.add("date de lancement inconnue ; la date limite de remise des offres ("
                            + fr(d) + ") n'est pas antérieure au " + fr(from)
                            + " : consultation supposée lancée à partir de cette date — à vérifier");
                    default -> notes.add("date de lancement inconnue : date du contrôle retenue (" + fr(d) + ")");
                }
            }
        }
        if (a.launchedUntil() != null && d != null && d.isAfter(a.launchedUntil())) {
            return new Result(false, severity, "Applicable aux consultations lancées jusqu'au " + fr(a.launchedUntil())
                    + " ; date retenue : " + fr(d) + " (" + launch.source() + ").");
        }

        // amount threshold
        if (a.minAmountParam() != null) {
            Object raw = c.params().get(a.minAmountParam());
            double threshold = raw instanceof Number n ? n.doubleValue() : Double.NaN;
            if (!Double.isNaN(threshold)) {
                if (amountHT == null) {
                    notes.add("montant estimé inconnu : critère appliqué par prudence (seuil : " + euros(threshold)
                            + " HT)");
                } else if (amountHT < threshold) {
                    return new Result(false, severity, "Applicable à partir de " + euros(threshold)
                            + " HT ; montant estimé : " + euros(amountHT) + " HT"
                            + (amountNotes.isEmpty() ? "" : " (" + String.join(", ", amountNotes) + ")") + ".");
                } else {
                    notes.add("montant estimé " + euros(amountHT) + " HT ≥ seuil de " + euros(threshold) + " HT");
                }
            }
        }
        String reason = notes.isEmpty() ? "Le critère s'applique à cette consultation."
                : "Le critère s'applique : " + String.join(" ; ", notes) + ".";
        return new Result(true, severity, reason);
    }

    static String familiesLabel(List<String> codes) {
        List<String> out = new ArrayList<>();
        for (String c : codes) {
            if (c.equals("digital")) {
                out.add("tout achat numérique");
            } else {
                out.add(PurchaseFamily.fromCode(c).label().toLowerCase(Locale.FRANCE));
            }
        }
        return String.join(", ", out);
    }

    static String fr(LocalDate d) {
        return d == null ? "?" : d.format(FR_DATE);
    }

    static String euros(double v) {
        NumberFormat nf = NumberFormat.getIntegerInstance(Locale.FRANCE);
        return nf.format(Math.round(v)).replace('\u202F', ' ').replace('\u00A0', ' ') + " €";
    }
}
