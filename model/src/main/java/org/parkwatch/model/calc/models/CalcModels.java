package org.parkwatch.model.calc.models;

import java.util.List;
import org.parkwatch.model.calc.CalcModel;

/** The calculator models this module provides, in {@code --help} order. */
public final class CalcModels {

    private CalcModels() {}

    /** New instances of every built-in model. */
    public static List<CalcModel> all() {
        return List.of(
                new PlumeModel(),
                new PuffModel(),
                new DenseGasModel(),
                new ZonesModel(),
                new EffectZonesModel(),
                new PoolFireModel(),
                new BurningRateModel(),
                new JetFireModel(),
                new FireballModel(),
                new TntModel(),
                new MultiEnergyModel(),
                new KingeryBulmashModel(),
                new ProbitCalcModel(),
                new StabilityModel(),
                new ReleaseModel(),
                new DensePuffModel(),
                new TankDrainModel(),
                new FlashingModel(),
                new SolidFlameModel(),
                new ConfidenceLinesModel(),
                new PoolModel(),
                new Gb36894Model());
    }
}
