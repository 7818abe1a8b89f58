package fr.boussole.rules;

/** A rule failed while judging a tender (bad Decision, endless loop…). French message naming the rule. */
public class JudgeException extends RuntimeException {
    public JudgeException(String message, Throwable cause) {
        super(message, cause);
    }
}
