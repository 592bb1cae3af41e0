package org.parkwatch.backend.risk.qra;

import org.parkwatch.model.risk.RiskOutcome;

/**
 * One branch of one scenario's event tree, placed in the park with its lethality under each weather
 * class.
 *
 * @param installation where it starts
 * @param release the release kind
 * @param effect {@code fireball}, {@code jet-fire}, {@code pool-fire}, {@code flash-fire}, {@code
 *     vce} or {@code toxic}
 * @param leakFrequency f_s (/yr)
 * @param branchProbability P_outcome of the event tree
 * @param outcome the outcome as the risk grid takes it (frequency f_s·P_outcome)
 */
public record QraOutcome(
        QraInstallation installation,
        QraConstants.ReleaseKind release,
        String effect,
        double leakFrequency,
        double branchProbability,
        RiskOutcome outcome) {}
