package org.parkwatch.model.logistics.jt808;

/** The message ids the park speaks (JT/T 808-2019 §8, message table in annex A). */
public final class Jt808MessageIds {
    public static final int TERMINAL_GENERAL_RESPONSE = 0x0001;
    public static final int HEARTBEAT = 0x0002;
    public static final int TERMINAL_REGISTRATION = 0x0100;
    public static final int TERMINAL_AUTHENTICATION = 0x0102;
    public static final int LOCATION_REPORT = 0x0200;
    public static final int BATCH_LOCATION = 0x0704;
    public static final int PLATFORM_GENERAL_RESPONSE = 0x8001;
    public static final int REGISTRATION_RESPONSE = 0x8100;

    private Jt808MessageIds() {}
}
