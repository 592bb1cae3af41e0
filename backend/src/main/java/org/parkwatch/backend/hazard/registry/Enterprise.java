package org.parkwatch.backend.hazard.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An enterprise of the park (一企一档 header).
 *
 * @param id park-internal id, e.g. {@code E01}
 * @param nameZh registered Chinese name
 * @param nameEn English name, may be empty
 * @param creditCode unified social credit code (GB 32100-2015)
 * @param address registered address
 * @param activities what it does with hazardous chemicals; at least one
 */
public record Enterprise(
        String id,
        String nameZh,
        String nameEn,
        String creditCode,
        String address,
        Set<Activity> activities) {

    public Enterprise {
        Objects.requireNonNull(id, "id");
        activities = Set.copyOf(activities);
    }

    /** Problems that make the record unusable, each naming its field; empty when valid. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        if (id.isBlank()) {
            out.add("id: empty");
        }
        if (nameZh == null || nameZh.isBlank()) {
            out.add("nameZh: empty");
        }
        CreditCode.problem(creditCode).ifPresent(p -> out.add("creditCode: " + p));
        if (address == null || address.isBlank()) {
            out.add("address: empty");
        }
        if (activities.isEmpty()) {
            out.add("activities: at least one of " + List.of(Activity.values()));
        }
        return out;
    }
}
