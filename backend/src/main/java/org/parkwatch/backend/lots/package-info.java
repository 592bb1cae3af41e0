/**
 * Lots of highly toxic (剧毒) and explosive-precursor (易制爆) chemicals (issue 16, scope 5; Henan plan
 * tasks 3 and 29): each lot carries an electronic label id and a ledger of receipt, transfer, use,
 * dispatch, disposal and stocktake events, hash-chained per enterprise in the audit log's format so
 * that an edit after the fact is found; per-enterprise balances flag declared counts that differ
 * from the computed stock; the lots' locations supplement the hazard inventory where no tank level
 * measures them.
 */
package org.parkwatch.backend.lots;
