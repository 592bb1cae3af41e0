package org.parkwatch.backend.logistics;

/**
 * A truck's position as the park applies it.
 *
 * @param phone the terminal's identity
 * @param plate licence plate
 * @param lon WGS-84 longitude, degrees
 * @param lat WGS-84 latitude, degrees
 * @param speedKmh speed, km/h
 * @param directionDeg course, degrees clockwise from north
 * @param fixMs the terminal's fix time, epoch ms
 * @param receivedMs when the park received it, epoch ms
 * @param alarmFlags the terminal's 32 JT/T 808 alarm bits
 */
public record VehiclePosition(
        String phone,
        String plate,
        double lon,
        double lat,
        double speedKmh,
        int directionDeg,
        long fixMs,
        long receivedMs,
        long alarmFlags) {}
