package fr.boussole.matcher;

import java.util.Locale;

/** Why a hit is not counted. */
public enum IgnoreKind {
    /** the clause sits in a table of contents, glossary, bibliography, visas, placeholder or running header */
    CONTEXT,
    /** a global other-sense trap overlaps the match ("environnement technique", "RCP" insurance…) */
    OTHER_SENSE,
    /** an antipattern of the signal matched the same sentence */
    ANTIPATTERN,
    /** the clause is outside the sections the signal is limited to */
    OUT_OF_SECTION,
    /** the sentence is a question, or the clause belongs to a questionnaire */
    QUESTION,
    /** the match is negated ("ne … pas", "aucun", "non exigé", "sont exclus"…) */
    NEGATED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
