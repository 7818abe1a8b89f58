package fr.boussole.rules.facts;

/**
 * A pre-matched signal hit (see the matcher): counted or ignored with a French reason, with the modality
 * of its sentence.
 */
public final class SignalHit {

    private final String criterionId;
    private final String signalId;
    private final String effect;
    private final String clauseId;
    private final String pieceId;
    private final String role;
    private final int sentenceIndex;
    private final String quote;
    private final String sentence;
    private final Double number;
    private final String modality;
    private final boolean counted;
    private final String ignoredKind;
    private final String ignoredReason;
    private final String note;
    private final String where;
    private final boolean expectedRole;
    private final int order;

    public SignalHit(String criterionId, String signalId, String effect, String clauseId, String pieceId, String role,
                     int sentenceIndex, String quote, String sentence, Double number, String modality,
                     boolean counted, String ignoredKind, String ignoredReason, String note, String where,
                     boolean expectedRole, int order) {
        this.criterionId = criterionId;
        this.signalId = signalId;
        this.effect = effect;
        this.clauseId = clauseId;
        this.pieceId = pieceId;
        this.role = role;
        this.sentenceIndex = sentenceIndex;
        this.quote = quote;
        this.sentence = sentence;
        this.number = number;
        this.modality = modality;
        this.counted = counted;
        this.ignoredKind = ignoredKind;
        this.ignoredReason = ignoredReason;
        this.note = note;
        this.where = where;
        this.expectedRole = expectedRole;
        this.order = order;
    }

    public String getCriterionId() {
        return criterionId;
    }

    public String getSignalId() {
        return signalId;
    }

    /** covers, partial or contradicts. */
    public String getEffect() {
        return effect;
    }

    public String getClauseId() {
        return clauseId;
    }

    public String getPieceId() {
        return pieceId;
    }

    /** Piece role code (RC, CCAP, CCTP, CCP, AE, BPU, DPGF, DQE, annexe, other). */
    public String getRole() {
        return role;
    }

    public int getSentenceIndex() {
        return sentenceIndex;
    }

    public String getQuote() {
        return quote;
    }

    public String getSentence() {
        return sentence;
    }

    /** Number carried by the match (named group n, else last number), or null. */
    public Double getNumber() {
        return number;
    }

    /** binding, neutral or optional. */
    public String getModality() {
        return modality;
    }

    public boolean isOptional() {
        return "optional".equals(modality);
    }

    public boolean isBinding() {
        return "binding".equals(modality);
    }

    public boolean isCounted() {
        return counted;
    }

    public String getIgnoredKind() {
        return ignoredKind;
    }

    public String getIgnoredReason() {
        return ignoredReason;
    }

    /** French note of the signal. */
    public String getNote() {
        return note;
    }

    /** French location for messages: "CCTP (cctp.pdf), Article 5 > 5.2, p. 3". */
    public String getWhere() {
        return where;
    }

    /** True when the hit sits in a piece where the criterion's evidence fully counts (applies.roles). */
    public boolean isExpectedRole() {
        return expectedRole;
    }

    /** Position in document order (stable tie-breaker). */
    public int getOrder() {
        return order;
    }

    public boolean isContractual() {
        return "CCAP".equals(role) || "CCTP".equals(role) || "CCP".equals(role);
    }

    @Override
    public String toString() {
        return "SignalHit[" + criterionId + "/" + signalId + " " + effect + " " + role + " « " + quote + " » "
                + (counted ? modality : "ignoré : " + ignoredReason) + "]";
    }
}
