package fr.boussole.rules;

import fr.boussole.model.BuyerType;
import fr.boussole.model.PieceRole;
import fr.boussole.model.PurchaseFamily;
import fr.boussole.model.Tender;
import java.time.LocalDate;
import java.util.List;

final class LockAndWaiverTestSupport {
    private LockAndWaiverTestSupport() {
    }

    static Tender tender(String cctp) {
        return TestTenders.tender("t", TestTenders.profile(PurchaseFamily.HARDWARE, BuyerType.COLLECTIVITE,
                        LocalDate.of(2026, 9, 15), List.of()),
                TestTenders.piece(PieceRole.CCTP, TestTenders.clause("c1", PieceRole.CCTP, cctp)));
    }
}
