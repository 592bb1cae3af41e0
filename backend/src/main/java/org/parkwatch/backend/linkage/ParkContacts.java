package org.parkwatch.backend.linkage;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.parkwatch.backend.hazard.registry.DutyContact;
import org.parkwatch.model.park.ParkCatalog;

/**
 * Duty contacts from park.json: {@code enterprises[i].dutyContacts = [{"name","role","phone"}]}
 * (optional; {@link ParkContactsReader}). The fallback when the hazard registry (一企一档) has no file
 * for the enterprise.
 */
public final class ParkContacts implements Function<String, List<DutyContact>> {
    private final Map<String, List<DutyContact>> byEnterprise;

    public ParkContacts(ParkCatalog park) {
        this.byEnterprise = ParkContactsReader.read(park);
    }

    @Override
    public List<DutyContact> apply(String enterpriseId) {
        return byEnterprise.getOrDefault(enterpriseId, List.of());
    }

    /** Registry contacts first; park.json's when the registry has none for that enterprise. */
    public static Function<String, List<DutyContact>> preferring(
            Function<String, List<DutyContact>> registry,
            Function<String, List<DutyContact>> fallback) {
        return e -> {
            List<DutyContact> r = registry == null ? null : registry.apply(e);
            return r == null || r.isEmpty() ? fallback.apply(e) : r;
        };
    }
}
