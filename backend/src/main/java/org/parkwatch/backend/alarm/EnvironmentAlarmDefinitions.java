package org.parkwatch.backend.alarm;

import java.util.List;
import org.parkwatch.model.environment.EnvLimit;
import org.parkwatch.model.environment.ExceedanceChecks;
import org.parkwatch.model.environment.Medium;
import org.parkwatch.model.park.TagDefinition;

/**
 * One ISA-18.2 alarm per environmental check ({@link ExceedanceChecks}: a monitoring tag against a
 * limit of the limits file on its averaging period), decided outside the sample path by the
 * environment capability. Fence-line and wastewater exceedances are a discharge breaking its
 * permit: high priority; ambient ones: medium.
 */
public final class EnvironmentAlarmDefinitions {

    private EnvironmentAlarmDefinitions() {}

    public static List<AlarmDefinition> from(List<TagDefinition> tags, List<EnvLimit> limits) {
        return ExceedanceChecks.of(tags, limits).stream()
                .map(
                        c ->
                                new AlarmDefinition(
                                        c.alarmId(),
                                        c.tag().enterpriseId(),
                                        c.tag().id(),
                                        c.tag().featureId(),
                                        AlarmType.ENV_LIMIT,
                                        c.limit().medium() == Medium.AMBIENT
                                                ? Priority.MEDIUM
                                                : Priority.HIGH,
                                        Double.isNaN(c.limit().max())
                                                ? c.limit().min()
                                                : c.limit().max(),
                                        0,
                                        0,
                                        0,
                                        0,
                                        null,
                                        false,
                                        null))
                .toList();
    }
}
