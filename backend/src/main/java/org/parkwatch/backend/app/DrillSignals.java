package org.parkwatch.backend.app;

import java.util.Set;
import java.util.stream.Collectors;
import org.parkwatch.backend.emergency.EmergencyCapability;
import org.parkwatch.backend.ingest.AppliedBatch;
import org.parkwatch.backend.ingest.IngestListener;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.park.TagKind;
import org.parkwatch.model.uplink.Sample;

/**
 * Carries the park's drill-state tags ({@link TagKind#DRILL_STATE}, e.g. {@code PARK.SYS.DRILL},
 * true while a simulator scenario runs with {@code drill=true} or a DCS announces a drill) from the
 * uplink to emergency command, which switches drill mode: a drill is flagged end to end, from the
 * scenario through OPC UA, the bridge and MQTT to the incident. Good boolean samples only.
 */
final class DrillSignals implements IngestListener {
    private final Set<String> tagIds;
    private final EmergencyCapability emergency;

    DrillSignals(ParkCatalog park, EmergencyCapability emergency) {
        this.tagIds =
                park.allTags().stream()
                        .filter(t -> t.kind() == TagKind.DRILL_STATE)
                        .map(TagDefinition::id)
                        .collect(Collectors.toUnmodifiableSet());
        this.emergency = emergency;
    }

    @Override
    public void batchApplied(AppliedBatch batch) {
        if (tagIds.isEmpty()) return;
        for (Sample s : batch.samples()) {
            if (tagIds.contains(s.tagId()) && s.isGood() && s.value() instanceof Boolean on)
                emergency.drillSignal(s.tagId(), on);
        }
    }
}
