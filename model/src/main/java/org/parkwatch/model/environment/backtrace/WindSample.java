package org.parkwatch.model.environment.backtrace;

import org.parkwatch.model.consequence.StabilityClass;

/**
 * The recorded wind of one time step.
 *
 * @param windFromDeg direction the wind blows from, degrees clockwise from north (meteorological)
 * @param speed10mMPerS speed at the 10 m mast (m/s)
 * @param stability Pasquill–Gifford class of the step
 */
public record WindSample(double windFromDeg, double speed10mMPerS, StabilityClass stability) {}
