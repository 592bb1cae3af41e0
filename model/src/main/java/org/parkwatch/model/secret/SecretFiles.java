package org.parkwatch.model.secret;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files that hold a secret (a password, a private key, a credentials store): written and accepted
 * only with owner-only permissions. Shared by the bridge, the simulator and the backend. Where the
 * file system knows no POSIX modes (a non-POSIX mount) the mode cannot be set or checked, and files
 * are written and accepted as they are.
 */
public final class SecretFiles {
    private SecretFiles() {}

    /**
     * True when neither group nor others may read or write the file (always true where POSIX modes
     * are unknown).
     */
    public static boolean ownerOnly(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new IOException("no such file");
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            return !(p.contains(PosixFilePermission.GROUP_READ)
                    || p.contains(PosixFilePermission.GROUP_WRITE)
                    || p.contains(PosixFilePermission.OTHERS_READ)
                    || p.contains(PosixFilePermission.OTHERS_WRITE));
        } catch (UnsupportedOperationException e) {
            return true; // non-POSIX file system: no mode to check
        }
    }

    /** Writes {@code content} to a new owner-only file (mode 0600), replacing an existing one. */
    public static void write(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.deleteIfExists(file);
        createOwnerOnly(file);
        Files.write(file, content);
    }

    /** Creates an empty file with mode 0600 (a plain new file where POSIX modes are unknown). */
    public static void createOwnerOnly(Path file) throws IOException {
        try {
            Files.createFile(
                    file,
                    PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file); // non-POSIX file system: no mode to set
        }
    }

    public static void write(Path file, String content) throws IOException {
        write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    /** The first line of a secret file, refusing files others can read. */
    public static String readFirstLine(Path file) throws IOException {
        if (!ownerOnly(file))
            throw new IOException(file + " must be readable by its owner only (chmod 600)");
        String first =
                Files.readString(file, StandardCharsets.UTF_8)
                        .lines()
                        .findFirst()
                        .orElse("")
                        .trim();
        if (first.isEmpty()) throw new IOException(file + " is empty");
        return first;
    }
}
