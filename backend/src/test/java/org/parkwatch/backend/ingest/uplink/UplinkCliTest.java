package org.parkwatch.backend.ingest.uplink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.TestBackend;

/** {@code parkwatch uplink add|list|remove} on a real file. */
class UplinkCliTest {
    @TempDir Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int run(String... args) {
        return new UplinkCli(
                        dir.resolve(UplinkCredentialStore.FILE_NAME),
                        TestBackend.testPark(),
                        new PrintStream(out, true, StandardCharsets.UTF_8))
                .run(List.of(args));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void addShowsThePasswordOnceAndStoresOnlyItsHash() throws Exception {
        assertEquals(0, run("add", "T01-B1", "T01"));
        String password =
                output().lines()
                        .filter(l -> l.contains("password:"))
                        .findFirst()
                        .orElseThrow()
                        .replaceAll(".*password: (\\S+).*", "$1");
        assertEquals(32, password.length());
        Path file = dir.resolve(UplinkCredentialStore.FILE_NAME);
        String stored = Files.readString(file);
        assertFalse(stored.contains(password), "the password itself is never stored");
        assertEquals(
                "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        UplinkCredential c = UplinkCredentialStore.read(file).byBridge("T01-B1").orElseThrow();
        assertEquals("T01", c.enterpriseId());
        assertTrue(PasswordHash.verify(password.toCharArray(), c.password()));
        assertFalse(PasswordHash.verify((password + "x").toCharArray(), c.password()));
    }

    @Test
    void outWritesAnOwnerOnlyFileAndListRemoveWork() throws Exception {
        Path secret = dir.resolve("secrets").resolve("T02-B1.pw");
        assertEquals(0, run("add", "T02-B1", "T02", "--out", secret.toString()));
        assertEquals(
                "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)));
        String password = Files.readString(secret).trim();
        assertFalse(output().contains(password), "with --out the password is not printed");
        UplinkCredential c =
                UplinkCredentialStore.read(dir.resolve(UplinkCredentialStore.FILE_NAME))
                        .byBridge("T02-B1")
                        .orElseThrow();
        assertTrue(PasswordHash.verify(password.toCharArray(), c.password()));
        assertEquals(2, run("add", "T02-B1", "T02"), "a second add without --replace is refused");
        assertEquals(0, run("list"));
        assertTrue(
                output().lines().anyMatch(l -> l.startsWith("T02-B1") && l.contains("T02")),
                output());
        assertEquals(0, run("remove", "T02-B1"));
        assertTrue(
                UplinkCredentialStore.read(dir.resolve(UplinkCredentialStore.FILE_NAME)).isEmpty());
        assertEquals(2, run("remove", "T02-B1"));
    }

    @Test
    void unknownEnterpriseIsRefused() {
        assertEquals(2, run("add", "X-B1", "E77"));
        assertFalse(Files.exists(dir.resolve(UplinkCredentialStore.FILE_NAME)));
    }
}
