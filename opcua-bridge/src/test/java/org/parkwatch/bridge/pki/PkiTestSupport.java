package org.parkwatch.bridge.pki;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Runs {@code parkwatch pki} on a folder from tests of other packages. */
public final class PkiTestSupport {
    private PkiTestSupport() {}

    public static int run(Path dir, String... args) {
        return new PkiCommand(
                        dir,
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run(List.of(args));
    }

    /** The command's standard output. */
    public static String output(Path dir, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PkiCommand(dir, new PrintStream(out, true, StandardCharsets.UTF_8)).run(List.of(args));
        return out.toString(StandardCharsets.UTF_8);
    }
}
