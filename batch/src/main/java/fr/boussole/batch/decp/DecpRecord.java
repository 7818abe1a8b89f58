package fr.boussole.batch.decp;

import java.util.List;

/**
 * One contract of the "données essentielles de la commande publique" (DECP), the fields the batch uses.
 *
 * @param id             contract id as published (unique per buyer)
 * @param buyerId        buyer's SIRET
 * @param buyerName      buyer's name (v1 files often have it; v2 has only the id)
 * @param object         object of the contract
 * @param cpv            CPV code
 * @param procedure      procedure
 * @param notified       date of notification (ISO text)
 * @param environmental  v2 {@code considerationsEnvironnementales} values; null when the file has no such field
 * @param social         v2 {@code considerationsSociales} values; null when the file has no such field
 */
public record DecpRecord(String id, String buyerId, String buyerName, String object, String cpv, String procedure,
                         String notified, List<String> environmental, List<String> social) {

    public DecpRecord {
        environmental = environmental == null ? null : List.copyOf(environmental);
        social = social == null ? null : List.copyOf(social);
    }

    /** True when the record says something about considerations (v2). */
    public boolean hasConsiderations() {
        return environmental != null || social != null;
    }
}
