package fr.boussole.rules.tools;

import fr.boussole.model.PieceRole;
import fr.boussole.model.Tender;
import fr.boussole.rules.pack.CriterionDef;
import fr.boussole.rules.pack.Pack;
import java.time.LocalDate;
import java.util.List;

/**
 * Turns the text of a criterion example into a {@link Tender}. The default is {@link SimpleExampleTenderFactory};
 * core plugs the real segmenter and profiler, applying the example's profile overrides on top of what they read.
 */
public interface ExampleTenderFactory {

    Tender create(Example example);

    /** One example, with what a factory needs to know. */
    record Example(Pack pack, CriterionDef criterion, int index, CriterionDef.ExampleDef def) {

        /** Tender id of the example: {@code loi/LEG-01#2}. */
        public String tenderId() {
            return pack.id() + "/" + criterion.id() + "#" + index;
        }

        /** Pieces of the example: {@code pieces}, else one piece of role {@link #defaultRole()} with {@code text}. */
        public List<CriterionDef.ExamplePiece> pieces() {
            if (!def.pieces().isEmpty()) {
                return def.pieces();
            }
            return List.of(new CriterionDef.ExamplePiece(def.role() != null ? def.role() : defaultRole(), null,
                    def.text()));
        }

        /** First of the criterion's evidence roles, else CCTP. */
        public PieceRole defaultRole() {
            List<PieceRole> roles = criterion.applies().roles();
            return roles.isEmpty() ? PieceRole.CCTP : roles.get(0);
        }

        /**
         * Launch date when the example does not give one: the later of the pack's referential date and the
         * criterion's {@code launchedFrom}, else a fixed day, so examples never depend on today's date.
         */
        public LocalDate defaultLaunchDate() {
            LocalDate d = pack.manifest().referentialDate();
            LocalDate from = criterion.applies().launchedFrom();
            if (from != null && (d == null || from.isAfter(d))) {
                d = from;
            }
            return d != null ? d : LocalDate.of(2026, 9, 1);
        }
    }
}
