package org.parkwatch.backend.app;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parkwatch.backend.publicdisplay.PublicCommitments;
import org.parkwatch.backend.safetyduty.SafetyDutyCapability;
import org.parkwatch.model.park.EnterpriseInfo;
import org.parkwatch.model.park.ParkCatalog;

/**
 * The public display's {@link PublicCommitments.Source} from the safety-duty capability: today's
 * commitments with the enterprises' names from the park catalogue; an enterprise the catalogue does
 * not name is left out. Blocks (a database read).
 */
final class DutyPublicCommitments implements PublicCommitments.Source {
    private final Map<String, EnterpriseInfo> names = new HashMap<>();
    private final SafetyDutyCapability duty;

    DutyPublicCommitments(ParkCatalog park, SafetyDutyCapability duty) {
        park.enterprises().forEach(e -> names.put(e.id(), e));
        this.duty = duty;
    }

    @Override
    public List<PublicCommitments.Entry> call() throws Exception {
        return duty.publicCommitments().stream()
                .filter(c -> names.containsKey(c.enterpriseId()))
                .map(
                        c ->
                                new PublicCommitments.Entry(
                                        names.get(c.enterpriseId()).nameZh(),
                                        names.get(c.enterpriseId()).nameEn(),
                                        c.declared(),
                                        c.safeState()))
                .toList();
    }
}
