package org.parkwatch.backend.alarm;

import java.util.Optional;

/**
 * Checks a feedback photo before it is stored: at most {@link #MAX_BYTES}, and really a JPEG or PNG
 * by its first bytes (the declared type must match what the bytes are), so nothing else is stored
 * or served back as an image.
 */
public final class FeedbackPhotoCheck {
    /** Largest photo accepted, bytes (its Base64 text fits the API's 1 MiB request body). */
    public static final int MAX_BYTES = 512 * 1024;

    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";

    private FeedbackPhotoCheck() {}

    /** The problem with the photo, in words a person can act on; empty when it may be stored. */
    public static Optional<String> problem(String declaredType, byte[] bytes) {
        if (bytes.length == 0) return Optional.of("photo: empty");
        if (bytes.length > MAX_BYTES) {
            return Optional.of(
                    "photo: "
                            + bytes.length
                            + " bytes, at most "
                            + MAX_BYTES
                            + " bytes are accepted");
        }
        if (!JPEG.equals(declaredType) && !PNG.equals(declaredType)) {
            return Optional.of(
                    "photo: type '"
                            + declaredType
                            + "' is not accepted; send "
                            + JPEG
                            + " or "
                            + PNG);
        }
        String actual = sniff(bytes);
        if (!declaredType.equals(actual)) {
            return Optional.of(
                    "photo: declared "
                            + declaredType
                            + " but the data is "
                            + (actual == null ? "neither a JPEG nor a PNG" : actual));
        }
        return Optional.empty();
    }

    /**
     * JPEG (FF D8 FF) or PNG (the 8-byte PNG signature) by the first bytes; null for anything else.
     */
    static String sniff(byte[] b) {
        if (b.length >= 3
                && (b[0] & 0xff) == 0xFF
                && (b[1] & 0xff) == 0xD8
                && (b[2] & 0xff) == 0xFF) return JPEG;
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        if (b.length < png.length) return null;
        for (int i = 0; i < png.length; i++) if (b[i] != png[i]) return null;
        return PNG;
    }
}
