package fr.boussole.batch;

/** The archive given to the batch cannot be used at all (French message for the user). */
public class BatchInputException extends RuntimeException {

    public BatchInputException(String message) {
        super(message);
    }

    public BatchInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
