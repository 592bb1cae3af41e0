package org.parkwatch.model.park;

/**
 * An enterprise of the park as listed in park.json; {@code featureId} is its plot in the {@code
 * enterprises} layer. The park operator itself (weather and environment stations) appears with id
 * {@code PARK}.
 */
public record EnterpriseInfo(
        String id,
        String nameZh,
        String nameEn,
        String activity,
        String featureId,
        String tagsFile) {}
