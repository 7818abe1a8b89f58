package fr.boussole.matcher;

/** A signal that cannot be compiled (bad regex…); the message is French and names the criterion and signal. */
public class SignalSpecException extends RuntimeException {

    private final String criterionId;
    private final String signalId;

    public SignalSpecException(String criterionId, String signalId, String message, Throwable cause) {
        super(message, cause);
        this.criterionId = criterionId;
        this.signalId = signalId;
    }

    public String criterionId() {
        return criterionId;
    }

    public String signalId() {
        return signalId;
    }
}
