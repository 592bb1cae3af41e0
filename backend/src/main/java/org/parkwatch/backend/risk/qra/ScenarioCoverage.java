package org.parkwatch.backend.risk.qra;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which installations contributed to a QRA and which were left out and why, so that nothing is left
 * out silently. Pure: derived from the installations and the outcomes {@link ScenarioGenerator}
 * made of them.
 *
 * @param installationId the installation
 * @param chemicalId its chemical (catalogue id)
 * @param contributes true when at least one outcome came from it
 * @param effects the effects it contributed ({@code toxic}, {@code pool-fire} …), empty when left
 *     out
 * @param reasonCode why it was left out ({@code EMPTY}, {@code NO_MODELLED_EFFECT}, {@code
 *     NO_RELEASE}), or null
 * @param reasonZh the reason in Chinese, or null
 * @param reasonEn the reason in English, or null
 */
public record ScenarioCoverage(
        String installationId,
        String chemicalId,
        boolean contributes,
        List<String> effects,
        String reasonCode,
        String reasonZh,
        String reasonEn) {

    public ScenarioCoverage {
        effects = List.copyOf(effects);
    }

    /** One entry per installation, in installation order. */
    public static List<ScenarioCoverage> of(
            List<QraInstallation> installations, List<QraOutcome> outcomes) {
        Map<String, Set<String>> effects = new LinkedHashMap<>();
        for (QraOutcome o : outcomes) {
            effects.computeIfAbsent(o.installation().id(), k -> new LinkedHashSet<>())
                    .add(o.effect());
        }
        List<ScenarioCoverage> out = new ArrayList<>();
        for (QraInstallation i : installations) {
            Set<String> e = effects.get(i.id());
            String chem = i.chemical().id();
            if (e != null) {
                out.add(
                        new ScenarioCoverage(
                                i.id(), chem, true, new ArrayList<>(e), null, null, null));
            } else if (!(i.inventoryKg() > 0)) {
                out.add(
                        new ScenarioCoverage(
                                i.id(),
                                chem,
                                false,
                                List.of(),
                                "EMPTY",
                                "库存为零，无泄漏情景",
                                "empty inventory: no release scenario"));
            } else if (!i.chemical().modelled()) {
                out.add(
                        new ScenarioCoverage(
                                i.id(),
                                chem,
                                false,
                                List.of(),
                                "NO_MODELLED_EFFECT",
                                "该物质既无毒性致死概率函数（毒性数据源 ToxicChemicals）也不可燃，无可计算的后果",
                                "no toxic lethality probit (toxic data source ToxicChemicals) and not flammable: no "
                                        + "consequence to compute"));
            } else {
                out.add(
                        new ScenarioCoverage(
                                i.id(),
                                chem,
                                false,
                                List.of(),
                                "NO_RELEASE",
                                "泄漏速率为零（无压力与液位），无泄漏情景",
                                "zero release rate (no pressure or liquid head)"));
            }
        }
        return out;
    }
}
