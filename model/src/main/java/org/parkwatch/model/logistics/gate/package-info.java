/**
 * The closed park's entry check of a hazmat truck at the gate (issue 16; MEM 2022 封闭化管理, Henan plan
 * task 7): known vehicle with a valid road-transport permit, a qualified driver, and an electronic
 * waybill (电子运单) for this time naming an enterprise inside the park and a chemical that enterprise
 * handles, in a quantity the tank can carry. Plain Java: the backend's gate route and any gate
 * device use the same rule.
 */
package org.parkwatch.model.logistics.gate;
