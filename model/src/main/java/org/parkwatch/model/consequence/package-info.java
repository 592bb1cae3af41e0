/**
 * Consequence models, plain Java without I/O (issue 6, scope 1): Pasquill stability and wind
 * profile; Gaussian plume (Briggs rural/urban and power-law σ) and puff; Britter–McQuaid dense gas
 * with the dense/passive criterion; source terms (liquid and gas through a hole, pool spreading and
 * evaporation); pool fire, jet fire, BLEVE fireball; TNT equivalence and Kingery–Bulmash; probits
 * with Φ; threshold levels and threat-zone polygons in local metres.
 *
 * <p>Every constant lives in one named class ({@code BriggsCoefficients}, {@code
 * PowerLawCoefficients}, {@code PuffCoefficients}, {@code WindProfile}, {@code PasquillClassifier},
 * {@code BritterMcQuaidCurves}, {@code FireConstants}, {@code SourceTermConstants}, {@code
 * TntReferenceTable}, {@code KingeryBulmash}, {@code ProbitConstants}, {@code ThresholdLevels},
 * {@code ValidityLimits}) citing docs/domain/consequence.md and its status tag: [V] verified in the
 * cited source, [P] partly verified, [U] textbook value still to be checked against GB/T
 * 37243-2019. Units are SI unless a name says otherwise; x is downwind, y crosswind, z height (m).
 */
package org.parkwatch.model.consequence;
