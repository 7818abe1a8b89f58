package fr.boussole.rules.pack;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.boussole.matcher.Effect;
import fr.boussole.model.PieceRole;
import fr.boussole.model.Severity;
import fr.boussole.model.Status;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code criteria/<ID>.yaml}: one criterion, declarative (see docs/pack-format.md).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CriterionDef(String id, List<String> aliases, String title, String description, String framework,
                           String reference, String url, String theme, List<String> qualities, Severity severity,
                           AppliesDef applies, Map<String, Object> params, List<SignalDef> signals,
                           MessagesDef messages, String partialWhen, SuggestionDef suggestion,
                           List<ExampleDef> examples, String since) {

    public CriterionDef {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        qualities = qualities == null ? List.of() : List.copyOf(qualities);
        applies = applies == null ? new AppliesDef(null, null, null, null, null, null, null, null, null) : applies;
        params = params == null ? Map.of() : Map.copyOf(params);
        signals = signals == null ? List.of() : List.copyOf(signals);
        messages = messages == null ? new MessagesDef(null, null, null, null, null) : messages;
        examples = examples == null ? List.of() : List.copyOf(examples);
    }

    /**
     * This criterion with the pack's named context (applies.context) turned into a {@code context} signal,
     * and applies.onlyIfMentioned set from its description when the criterion does not say it.
     */
    public CriterionDef withNamedContext(String name, PackManifest.ContextDef ctx) {
        List<SignalDef> s = new java.util.ArrayList<>(signals);
        s.add(new SignalDef("contexte-" + name, fr.boussole.matcher.Effect.CONTEXT, ctx.patterns(), ctx.antipatterns(),
                ctx.keywords(), ctx.roles(), List.of(), false, false, ctx.description()));
        AppliesDef a = applies;
        AppliesDef na = new AppliesDef(a.families(), a.buyerTypes(), a.roles(), a.launchedFrom(), a.launchedUntil(),
                a.severityBefore(), a.minAmountParam(),
                a.onlyIfMentioned() != null ? a.onlyIfMentioned() : ctx.description(), a.context());
        return new CriterionDef(id, aliases, title, description, framework, reference, url, theme, qualities, severity,
                na, params, s, messages, partialWhen, suggestion, examples, since);
    }

    /** "Code de la commande publique, art. L2152-7". */
    public String fullReference() {
        if (framework == null) {
            return reference;
        }
        return reference == null ? framework : framework + ", " + reference;
    }

    /** Where and when a criterion applies. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record AppliesDef(List<String> families, List<String> buyerTypes, List<PieceRole> roles,
                             LocalDate launchedFrom, LocalDate launchedUntil, Severity severityBefore,
                             String minAmountParam, String onlyIfMentioned, String context) {
        public AppliesDef {
            families = families == null || families.isEmpty() ? List.of("any") : List.copyOf(families);
            buyerTypes = buyerTypes == null || buyerTypes.isEmpty() ? List.of("any") : List.copyOf(buyerTypes);
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }

    /** One signal: patterns whose hits tell something about the criterion. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record SignalDef(String id, Effect effect, List<String> patterns, List<String> antipatterns,
                            List<String> keywords, List<PieceRole> roles, List<String> sections,
                            boolean caseSensitive, boolean negationIsPart, String note) {
        public SignalDef {
            effect = effect == null ? Effect.COVERS : effect;
            patterns = patterns == null ? List.of() : List.copyOf(patterns);
            antipatterns = antipatterns == null ? List.of() : List.copyOf(antipatterns);
            keywords = keywords == null ? List.of() : List.copyOf(keywords);
            roles = roles == null ? List.of() : List.copyOf(roles);
            sections = sections == null ? List.of() : List.copyOf(sections);
        }
    }

    /** French messages for the buyer, by status. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record MessagesDef(String covered, String partial, String missing, String contradicted,
                              String notApplicable) {
        public String of(Status s) {
            return switch (s) {
                case COVERED -> covered;
                case PARTIAL -> partial;
                case MISSING -> missing;
                case CONTRADICTED -> contradicted;
                case NOT_APPLICABLE -> notApplicable;
            };
        }
    }

    /** Wording to add, with the official text to read. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record SuggestionDef(String piece, String text, String source) {
    }

    /** An example executed by the example runner. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ExampleDef(Status expect, PieceRole role, String text, List<ExamplePiece> pieces,
                             ExampleProfile profile, String note) {
        public ExampleDef {
            pieces = pieces == null ? List.of() : List.copyOf(pieces);
        }
    }

    /** One piece of a multi-piece example. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ExamplePiece(PieceRole role, String name, String text) {
    }

    /** Profile overrides of an example tender. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ExampleProfile(String family, List<String> families, String buyerType, LocalDate launchDate,
                                 LocalDate deadline, BigDecimal amountHT, String object,
                                 List<ExampleAward> awardCriteria) {
        public ExampleProfile {
            families = families == null ? List.of() : List.copyOf(families);
            awardCriteria = awardCriteria == null ? List.of() : List.copyOf(awardCriteria);
        }
    }

    /** An award criterion of an example profile. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ExampleAward(String name, Double weight, String unit, Double percent, String kind,
                               List<ExampleAward> sub) {
        public ExampleAward {
            sub = sub == null ? List.of() : List.copyOf(sub);
        }
    }
}
