/**
 * The road conduct of a hazmat truck inside the park (issue 16, scope 4): where a position lies
 * against the waybill's permitted route, the roads and the places a truck may stop ({@link
 * FixLocator}), and the breaches it makes ({@link ConductWatch}: leaving the route, speeding,
 * stopping outside a permitted place, entering a road closed to hazardous goods); the tonnage of
 * each chemical on the move ({@link MovingTonnage}). Plain Java with JTS: the backend, the
 * simulator and the tests use the same rules, every number in {@link TruckRules}.
 */
package org.parkwatch.model.logistics.route;
