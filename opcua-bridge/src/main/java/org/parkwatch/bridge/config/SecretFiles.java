package org.parkwatch.bridge.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Files that hold a secret (a password, a private key): written and accepted only with owner-only permissions. */
public final class SecretFiles {
    private SecretFiles() {
    }

    /** True when neither group nor others may read or write the file (always true where POSIX modes are unknown). */
    public static boolean ownerOnly(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new IOException("no such file");
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            return !(p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.GROUP_WRITE)
                    || p.contains(PosixFilePermission.OTHERS_READ) || p.contains(PosixFilePermission.OTHERS_WRITE));
        } catch (UnsupportedOperationException e) {
            return true;
        }
    }

    /** Writes {@code content} to a new owner-only file (mode 0600), replacing an existing one. */
    public static void write(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
        Files.write(file, content);
    }

    public static void write(Path file, String content) throws IOException {
        write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    /** The first line of a secret file, refusing files others can read. */
    public static String readFirstLine(Path file) throws IOException {
        if (!ownerOnly(file)) throw new IOException(file + " must be readable by its owner only (chmod 600)");
        String first = Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("").trim();
        if (first.isEmpty()) throw new IOException(file + " is empty");
        return first;
    }
}
