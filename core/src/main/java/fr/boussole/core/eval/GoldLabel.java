package fr.boussole.core.eval;

import fr.boussole.model.Status;

/** One gold label: what a careful reader says of a criterion on a tender. */
public record GoldLabel(String tender, String criterion, Status status, int line) {
}
