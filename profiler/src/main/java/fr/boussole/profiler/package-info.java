/**
 * Profiler: what a DCE is about, read from its clauses.
 *
 * <ul>
 *   <li>{@link fr.boussole.profiler.PieceRoleClassifier} — role of each piece (RC, CCAP, CCTP, CCP, AE, BPU, DPGF,
 *       DQE, annexe, other) from its file name and its title page, with a French reason;</li>
 *   <li>{@link fr.boussole.profiler.TenderProfiler} — the facade building the
 *       {@link fr.boussole.model.TenderProfile}: every field comes from one clause (kept in its sources) or stays
 *       null; one small class per field ({@link fr.boussole.profiler.ObjectDetector},
 *       {@link fr.boussole.profiler.BuyerDetector}, {@link fr.boussole.profiler.ProcedureDetector},
 *       {@link fr.boussole.profiler.CpvExtractor}, {@link fr.boussole.profiler.LotExtractor},
 *       {@link fr.boussole.profiler.AmountExtractor}, {@link fr.boussole.profiler.KeyDatesDetector},
 *       {@link fr.boussole.profiler.CcagDetector}, {@link fr.boussole.profiler.DurationParser},
 *       {@link fr.boussole.profiler.AwardCriteriaParser});</li>
 *   <li>{@link fr.boussole.profiler.PurchaseFamilyClassifier} — hardware, software, hosting, telecom or other,
 *       from CPV codes, then the object's words, then the CCTP's vocabulary.</li>
 * </ul>
 *
 * <p>All matching is done on text folded by {@code FrenchNormalizer} (lower case, no accents), and quotes are
 * taken back from the original text.
 */
package fr.boussole.profiler;
