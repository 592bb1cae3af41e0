package org.parkwatch.backend.app;

import java.util.List;
import java.util.function.Supplier;
import org.parkwatch.backend.emergency.EmergencyCapability;
import org.parkwatch.backend.routing.DispatchedTeams;
import org.parkwatch.backend.routing.ResponderPlace;

/**
 * Routing's {@link DispatchedTeams} from emergency command's dispatches: every team or vehicle
 * committed to the incident, at its base. Emergency command is built after routing, so it is looked
 * up on each call; before it exists (and without it) there are none. Blocks.
 */
final class CommittedTeams implements DispatchedTeams {
    private final Supplier<EmergencyCapability> emergency;

    CommittedTeams(Supplier<EmergencyCapability> emergency) {
        this.emergency = emergency;
    }

    @Override
    public List<ResponderPlace> of(String incidentId) throws Exception {
        EmergencyCapability e = emergency.get();
        if (e == null) return List.of();
        return e.committedTeams(incidentId).stream()
                .map(
                        r ->
                                new ResponderPlace(
                                        r.id(), r.kind(), r.nameZh(), r.nameEn(), r.lon(), r.lat()))
                .toList();
    }
}
