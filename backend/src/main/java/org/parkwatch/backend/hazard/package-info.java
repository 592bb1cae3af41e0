/**
 * Major hazard installations (GB 18218-2018): the standard's tables as data ({@link
 * org.parkwatch.backend.hazard.Gb18218Catalogue}), the park's chemicals data ({@link
 * org.parkwatch.backend.hazard.ChemicalProperties}, {@link
 * org.parkwatch.backend.hazard.DisposalCards}), resolution of a chemical to Q and β ({@link
 * org.parkwatch.backend.hazard.ChemicalResolver}), identification and grading with the arithmetic
 * shown ({@link org.parkwatch.backend.hazard.MajorHazardGrader}), inventories from tank levels
 * ({@link org.parkwatch.backend.hazard.InventoryCalculator}, {@link
 * org.parkwatch.backend.hazard.TankGeometry}), live regrading with change events ({@link
 * org.parkwatch.backend.hazard.LiveGradingTracker}, {@link
 * org.parkwatch.backend.hazard.GradeChange}), the park's units from its GIS layers ({@link
 * org.parkwatch.backend.hazard.ParkHazardUnits}) and the {@code gb18218} calculator ({@link
 * org.parkwatch.backend.hazard.Gb18218CalcModel}). All plain Java without I/O beyond classpath
 * resources.
 *
 * <p>The Vert.x side: {@link org.parkwatch.backend.hazard.HazardService} (the park's units graded
 * statically and live from level tags, coalesced; α from {@link
 * org.parkwatch.backend.hazard.ExposedPopulation}; monitoring coverage from {@link
 * org.parkwatch.backend.hazard.MonitoringCoverage}; grade changes to listeners — push now, alarms
 * later), {@link org.parkwatch.backend.hazard.HazardRoutes} (hazards, chemicals, registry, exports,
 * import) and {@link org.parkwatch.backend.hazard.HazardCapability}, which the composition root
 * builds.
 */
package org.parkwatch.backend.hazard;
