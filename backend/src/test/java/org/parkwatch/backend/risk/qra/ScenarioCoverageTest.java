package org.parkwatch.backend.risk.qra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parkwatch.backend.hazard.ChemicalProperties;
import org.parkwatch.model.consequence.StabilityClass;

/** Every toxic chemical with a probit contributes to the QRA; what is left out says why. */
class ScenarioCoverageTest {

    private final ChemicalProperties chemicals = ChemicalProperties.loadDefault();

    private QraInstallation unitHoldup(String chemicalId, double kg) {
        ChemicalProfile c = ChemicalProfile.of(chemicals.byId(chemicalId).orElseThrow());
        return new QraInstallation(
                "U1:" + chemicalId,
                "E07",
                0,
                0,
                c,
                kg,
                kg,
                c.liquefiedGas(),
                c.liquefiedGas() ? QraConstants.DEFAULT_LIQUEFIED_GAUGE_PA : 0,
                1.0,
                500);
    }

    @Test
    void phosgeneHydrogenChlorideAndCarbonMonoxideAreToxic() {
        for (String id :
                List.of(
                        "phosgene",
                        "hydrogen-chloride",
                        "carbon-monoxide",
                        "chlorine",
                        "ammonia",
                        "hydrogen-sulfide",
                        "hydrogen-cyanide",
                        "benzene")) {
            assertTrue(ChemicalProfile.of(chemicals.byId(id).orElseThrow()).toxic(), id);
        }
    }

    @Test
    void leftOutInstallationsSayWhyAndContributorsNameTheirEffects() {
        List<QraInstallation> installations =
                List.of(
                        unitHoldup("phosgene", 450),
                        unitHoldup("hydrogen-chloride", 1200),
                        unitHoldup("carbon-monoxide", 3000),
                        unitHoldup("sodium-hydroxide", 5000),
                        unitHoldup("chlorine", 0));
        List<QraOutcome> outcomes =
                new ScenarioGenerator(List.of(new WeatherClass(StabilityClass.D, 5, 1.0)))
                        .outcomes(installations);
        Map<String, ScenarioCoverage> byId =
                ScenarioCoverage.of(installations, outcomes).stream()
                        .collect(Collectors.toMap(ScenarioCoverage::installationId, c -> c));
        assertEquals(List.of("toxic"), byId.get("U1:phosgene").effects());
        assertEquals(List.of("toxic"), byId.get("U1:hydrogen-chloride").effects());
        assertTrue(byId.get("U1:carbon-monoxide").effects().contains("toxic"));
        ScenarioCoverage lye = byId.get("U1:sodium-hydroxide");
        assertFalse(lye.contributes());
        assertEquals("NO_MODELLED_EFFECT", lye.reasonCode());
        assertFalse(lye.reasonZh().isBlank());
        assertEquals("EMPTY", byId.get("U1:chlorine").reasonCode());
        assertEquals(
                2,
                QraJson.coverage(ScenarioCoverage.of(installations, outcomes))
                        .getJsonArray("leftOut")
                        .size());
    }
}
