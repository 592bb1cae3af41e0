package org.parkwatch.backend.lots;

/**
 * One ledger event of a lot, as filed (seq 0) or as stored (seq ≥ 1 in its enterprise's chain).
 *
 * @param seq place in the enterprise's chain, 1, 2, 3 … (0 before it is appended)
 * @param tsMs when it was filed, epoch ms
 * @param username who filed it; @param role their role id
 * @param labelId the lot's electronic label id
 * @param enterpriseId the lot's holder
 * @param cas the chemical's CAS number
 * @param quantityKg kg: received, used, dispatched or disposed; the counted quantity of a
 *     stocktake; 0 for a transfer
 * @param locationId where the lot is (a unit or tank id of the park's layers) after the event
 * @param counterparty supplier of a receipt, consignee of a dispatch, disposer of a disposal; "" if
 *     none
 * @param note free text, "" if none
 */
public record LotEvent(
        long seq,
        long tsMs,
        String username,
        String role,
        LotEventKind kind,
        String labelId,
        String enterpriseId,
        String cas,
        double quantityKg,
        String locationId,
        String counterparty,
        String note) {

    public LotEvent {
        counterparty = counterparty == null ? "" : counterparty;
        note = note == null ? "" : note;
    }

    /** The same event at its place in the chain. */
    public LotEvent withSeq(long s) {
        return new LotEvent(
                s,
                tsMs,
                username,
                role,
                kind,
                labelId,
                enterpriseId,
                cas,
                quantityKg,
                locationId,
                counterparty,
                note);
    }
}
