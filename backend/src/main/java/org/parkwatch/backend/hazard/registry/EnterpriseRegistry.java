package org.parkwatch.backend.hazard.registry;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The park's enterprise registry: the enterprise files by id, with the cross-enterprise views the
 * regulator asks for (licences expiring soon, blacklist, risk colours). Immutable; the store builds
 * a new one after each change.
 */
public final class EnterpriseRegistry {

    private final Map<String, EnterpriseFile> files = new LinkedHashMap<>();

    /**
     * @throws IllegalArgumentException when two files share an id or a credit code
     */
    public EnterpriseRegistry(List<EnterpriseFile> files) {
        Map<String, String> byCode = new LinkedHashMap<>();
        for (EnterpriseFile f : files) {
            Enterprise e = f.enterprise();
            if (this.files.put(e.id(), f) != null) {
                throw new IllegalArgumentException("duplicate enterprise id " + e.id());
            }
            String other = byCode.put(e.creditCode(), e.id());
            if (other != null) {
                throw new IllegalArgumentException(
                        "enterprises "
                                + other
                                + " and "
                                + e.id()
                                + " share credit code "
                                + e.creditCode());
            }
        }
    }

    public List<EnterpriseFile> all() {
        return List.copyOf(files.values());
    }

    public Optional<EnterpriseFile> byId(String id) {
        return Optional.ofNullable(files.get(id));
    }

    public Optional<EnterpriseFile> byCreditCode(String code) {
        return files.values().stream()
                .filter(f -> f.enterprise().creditCode().equals(code))
                .findFirst();
    }

    /**
     * Licences of all enterprises valid on {@code day} and expiring within 30 days, soonest first.
     */
    public List<Licence> licencesExpiringSoon(LocalDate day) {
        return files.values().stream()
                .flatMap(f -> f.licencesExpiringSoon(day).stream())
                .sorted(Comparator.comparing(Licence::validUntil))
                .toList();
    }

    /** Enterprises on the blacklist on {@code day}. */
    public List<Enterprise> blacklistedOn(LocalDate day) {
        return files.values().stream()
                .filter(f -> f.isBlacklistedOn(day))
                .map(EnterpriseFile::enterprise)
                .toList();
    }

    /** Enterprise ids with the given risk colour on {@code day}. */
    public List<String> withRiskColour(RiskColour colour, LocalDate day) {
        return files.values().stream()
                .filter(f -> f.riskColourOn(day).orElse(null) == colour)
                .map(f -> f.enterprise().id())
                .toList();
    }
}
