package org.parkwatch.backend.risk.qra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkwatch.model.consequence.MultiEnergyBlast;
import org.parkwatch.model.consequence.NormalDistribution;
import org.parkwatch.model.consequence.ProbitModel;
import org.parkwatch.model.consequence.StabilityClass;
import org.parkwatch.model.risk.LethalityField;

/**
 * The QRA's VCE outcome by either method (issue 12: TNO multi-energy beside TNT equivalence): with
 * a blast strength the field is the lung-damage probit of the multi-energy overpressure of the
 * whole cloud; with 0 it stays TNT equivalence; the default is {@link
 * QraConstants#VCE_BLAST_STRENGTH}.
 */
class VceMethodTest {
    private static final ChemicalProfile PROPANE =
            new ChemicalProfile("propane", 0.0441, -42, 500, 46.35e6, 2.1, 0.1, null);
    private static final QraInstallation SPHERE =
            new QraInstallation("S", "E1", 0, 0, PROPANE, 50_000, 50_000, true, 8e5, 5, 400);
    private static final List<WeatherClass> D5 = List.of(new WeatherClass(StabilityClass.D, 5, 1));

    private static LethalityField vce(int strength, QraConstants.ReleaseKind kind) {
        return new ScenarioGenerator(D5, strength)
                .outcomes(List.of(SPHERE)).stream()
                        .filter(o -> o.effect().equals("vce") && o.release() == kind)
                        .findFirst()
                        .orElseThrow()
                        .outcome()
                        .byWeather()
                        .get(0);
    }

    @Test
    void multiEnergyFieldIsTheLungProbitOfTheMultiEnergyBlast() {
        LethalityField f = vce(10, QraConstants.ReleaseKind.INSTANTANEOUS);
        MultiEnergyBlast blast = MultiEnergyBlast.ofFuel(50_000, 46.35e6, 10);
        for (double r : new double[] {20, 50, 100}) {
            double expected =
                    NormalDistribution.probitToProbability(
                            ProbitModel.OVERPRESSURE_LUNG.overpressure(
                                    blast.overpressureMpa(r).value() * 1e6, 0));
            assertEquals(expected, f.lethality(r, 0), 1e-12, "r " + r);
        }
        assertTrue(f.lethality(20, 0) > 0, "a detonation-strength blast kills near the cloud");
    }

    @Test
    void strengthZeroKeepsTntEquivalenceAndTheDefaultIsTheConstant() {
        LethalityField tnt = vce(0, QraConstants.ReleaseKind.INSTANTANEOUS);
        LethalityField expected = ConsequenceFields.explosion(PROPANE, 50_000);
        assertEquals(expected.lethality(80, 0), tnt.lethality(80, 0), 1e-15);
        LethalityField byDefault =
                new ScenarioGenerator(D5)
                        .outcomes(List.of(SPHERE)).stream()
                                .filter(o -> o.effect().equals("vce"))
                                .findFirst()
                                .orElseThrow()
                                .outcome()
                                .byWeather()
                                .get(0);
        LethalityField constant =
                vce(QraConstants.VCE_BLAST_STRENGTH, QraConstants.ReleaseKind.INSTANTANEOUS);
        assertEquals(constant.lethality(80, 0), byDefault.lethality(80, 0), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> new ScenarioGenerator(D5, 11));
    }
}
