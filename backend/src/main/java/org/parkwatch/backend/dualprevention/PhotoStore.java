package org.parkwatch.backend.dualprevention;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Photos of hidden dangers as files under the data folder, named by the SHA-256 of their bytes
 * (content-addressed: the same photo twice is one file, and a file's name proves its content).
 * Checks a photo before it is stored: not empty, at most the configured size, and a JPEG or PNG by
 * its first bytes, whatever the request declared.
 */
final class PhotoStore {
    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final byte[] PNG_SIGNATURE = {
        (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'
    };

    private final Path dir;
    private final long maxBytes;

    /**
     * @param dir where the files go (created when missing)
     * @param maxBytes largest photo accepted, bytes
     */
    PhotoStore(Path dir, long maxBytes) {
        this.dir = dir;
        this.maxBytes = maxBytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    /**
     * The content type of {@code bytes} after the checks.
     *
     * @throws IllegalArgumentException naming the rule: empty, too large, declared type not
     *     accepted or not what the bytes are
     */
    String check(String declaredType, byte[] bytes) {
        if (bytes.length == 0) throw new IllegalArgumentException("photo: empty");
        if (bytes.length > maxBytes) {
            throw new IllegalArgumentException(
                    "photo: "
                            + bytes.length
                            + " bytes; rule: at most "
                            + maxBytes
                            + " bytes (dualPrevention.photoMaxBytes)");
        }
        String actual = sniff(bytes);
        if (actual == null) {
            throw new IllegalArgumentException(
                    "photo: the data is neither a JPEG nor a PNG (rule: photos are JPEG or PNG,"
                            + " checked by their first bytes)");
        }
        if (declaredType != null && !declaredType.isBlank() && !declaredType.equals(actual)) {
            throw new IllegalArgumentException(
                    "photo: declared " + declaredType + " but the data is " + actual);
        }
        return actual;
    }

    /** Writes the file (once per content) and returns its SHA-256, lower-case hex. */
    String store(byte[] bytes) throws IOException {
        String sha = sha256(bytes);
        Path target = path(sha);
        if (Files.isRegularFile(target) && Files.size(target) == bytes.length) return sha;
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), sha, ".part");
        try {
            Files.write(tmp, bytes);
            Files.move(
                    tmp,
                    target,
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return sha;
    }

    /** The bytes of a stored photo; empty when there is no such file. */
    Optional<byte[]> read(String sha) throws IOException {
        if (!SHA256.matcher(sha).matches()) return Optional.empty();
        Path p = path(sha);
        return Files.isRegularFile(p) ? Optional.of(Files.readAllBytes(p)) : Optional.empty();
    }

    private Path path(String sha) {
        return dir.resolve(sha.substring(0, 2)).resolve(sha);
    }

    static String sniff(byte[] b) {
        if (b.length >= 3
                && (b[0] & 0xff) == 0xFF
                && (b[1] & 0xff) == 0xD8
                && (b[2] & 0xff) == 0xFF) return JPEG;
        if (b.length < PNG_SIGNATURE.length) return null;
        for (int i = 0; i < PNG_SIGNATURE.length; i++) if (b[i] != PNG_SIGNATURE[i]) return null;
        return PNG;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException("no SHA-256", e));
        }
    }
}
