package org.parkwatch.backend.logistics;

/**
 * A gate device the park provisioned (卡口: plate recognition, card reader or face terminal).
 *
 * @param id its identity, e.g. {@code G-WEST}; it reports for this gate only
 * @param nameZh the gate's name, zh
 * @param nameEn the gate's name, en
 * @param siteId what the gate closes: {@code PARK} (the park's fence) or an enterprise id
 * @param secretHash SHA-256 (hex) of its secret
 */
record GateDevice(String id, String nameZh, String nameEn, String siteId, String secretHash) {}
