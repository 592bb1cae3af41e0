package org.parkwatch.model.environment;

/**
 * The IAQI of one item (HJ 633-2012 eq. 1), rounded up to an integer.
 *
 * @param item Table 1 row that rated the concentration
 * @param concentration the concentration in the item's unit
 * @param iaqi the sub-index, 0–500
 * @param capped true when the concentration lay above the row's top breakpoint and 500 was reported
 */
public record SubIndex(AqiItem item, double concentration, int iaqi, boolean capped) {}
