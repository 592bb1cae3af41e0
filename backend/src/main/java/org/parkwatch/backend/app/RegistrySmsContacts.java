package org.parkwatch.backend.app;

import java.util.List;
import java.util.function.Function;
import org.parkwatch.backend.hazard.HazardCapability;
import org.parkwatch.backend.hazard.registry.DutyContact;
import org.parkwatch.backend.notify.Channel;
import org.parkwatch.backend.notify.DutyPerson;

/**
 * The notification capability's enterprise contacts from the hazard registry (一企一档): an
 * enterprise's duty contacts that have a phone number, as people told by SMS in zh. A contact
 * without a usable phone is left out (no channel would reach them).
 */
final class RegistrySmsContacts implements Function<String, List<DutyPerson>> {
    private final HazardCapability hazards;

    RegistrySmsContacts(HazardCapability hazards) {
        this.hazards = hazards;
    }

    @Override
    public List<DutyPerson> apply(String enterpriseId) {
        return hazards.registry().contactList(enterpriseId).stream()
                .filter(c -> DutyContact.isPhone(c.phone()))
                .map(
                        c ->
                                new DutyPerson(
                                        enterpriseId + ":" + c.name(),
                                        c.name(),
                                        c.role(),
                                        "zh",
                                        null,
                                        c.phone(),
                                        List.of(Channel.SMS)))
                .toList();
    }
}
