package fr.boussole.model;

import java.util.Map;

/**
 * Counts over the verdicts of one check.
 *
 * @param byStatus          verdicts per status
 * @param obligationsMet    legal obligations covered
 * @param obligationsTotal  applicable legal obligations
 * @param openGaps          gaps not hidden by a waiver
 * @param waivedGaps        gaps hidden by a waiver
 * @param byPack            score per pack (0–100)
 * @param partialInput      some input could not be read
 */
public record CheckSummary(Map<Status, Integer> byStatus, int obligationsMet, int obligationsTotal, int openGaps,
                           int waivedGaps, Map<String, Double> byPack, boolean partialInput) {
}
