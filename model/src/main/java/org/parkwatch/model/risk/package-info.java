/**
 * Quantitative risk, plain Java without I/O (issue 6, pure core of scope 3): individual-risk terms
 * and the raster {@code IndividualRiskGrid} (scenario outcome × weather × wind sector, with F–N
 * outcomes from a population raster), exact {@code PointRisk} at protection targets, {@code
 * FnCurve} with PLL, {@code Gb36894Check} and {@code RiskCriteria} (limits [P], societal lines
 * configurable, default [U]), {@code RelocationScreening}, {@code EventTree}, generic {@code
 * LeakFrequencies} [U], and marching-squares {@code RiskContours}. Co-ordinates are local metres (x
 * east, y north); wind sectors are meteorological (direction the wind comes FROM).
 */
package org.parkwatch.model.risk;
