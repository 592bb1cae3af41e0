package org.parkwatch.backend.lots;

import java.util.Locale;

/**
 * What happened to a lot. The balance is {@code stock = received − dispatched − used − disposed}; a
 * transfer moves the lot to another location of its enterprise and leaves the stock alone; a
 * stocktake declares the counted quantity, which is compared with the computed stock.
 */
public enum LotEventKind {
    /** 入库: the lot arrives (creates it); quantity > 0. */
    RECEIPT,
    /** 转移: the lot moves to another location of the same enterprise; stock unchanged. */
    TRANSFER,
    /** 使用: consumed in the process; quantity > 0, at most the stock. */
    USE,
    /** 出库: sent to another holder (a consignee); quantity > 0, at most the stock. */
    DISPATCH,
    /** 处置: destroyed or handed to a licensed disposer; quantity > 0, at most the stock. */
    DISPOSAL,
    /** 盘点: the counted quantity (≥ 0) declared by the enterprise. */
    STOCKTAKE;

    /** The lower-case id used in the API and the ledger ({@code receipt}, …). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @throws IllegalArgumentException naming the accepted kinds
     */
    public static LotEventKind parse(String id) {
        if (id != null) {
            for (LotEventKind k : values()) if (k.id().equals(id.trim())) return k;
        }
        throw new IllegalArgumentException(
                "kind must be one of receipt, transfer, use, dispatch, disposal, stocktake; got '"
                        + id
                        + "'");
    }

    /** True for the kinds that take quantity out of the stock. */
    public boolean withdraws() {
        return this == USE || this == DISPATCH || this == DISPOSAL;
    }
}
