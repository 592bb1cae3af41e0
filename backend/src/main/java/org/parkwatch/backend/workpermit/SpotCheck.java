package org.parkwatch.backend.workpermit;

/**
 * A video spot check of special work: who looked at the permit's place through which camera, when.
 *
 * @param id sequence number
 * @param permitId the permit
 * @param enterpriseId the permit's enterprise
 * @param cameraId the camera used
 * @param username who looked (login)
 * @param role their role id
 * @param atMs when, epoch ms
 * @param note what they saw (may be empty)
 */
public record SpotCheck(
        long id,
        String permitId,
        String enterpriseId,
        String cameraId,
        String username,
        String role,
        long atMs,
        String note) {}
