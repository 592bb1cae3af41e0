package org.parkwatch.backend.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./parkwatch user}: add and passwd read the password from standard input, never from the
 * arguments.
 */
class UserCommandTest {
    private final InputStream in = System.in;
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;

    @AfterEach
    void restore() {
        System.setIn(in);
        System.setOut(out);
        System.setErr(err);
        System.clearProperty("data.dir");
    }

    @Test
    void addListAndPasswdOnTheEmbeddedDatabase(@TempDir Path dir) {
        System.setProperty("data.dir", dir.toString());
        assertEquals(
                0,
                run("cli-pass-word-1\n", "add", "e02-duty", "enterprise", "--enterprise", "E02"));
        ByteArrayOutputStream listed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(listed, true, StandardCharsets.UTF_8));
        assertEquals(0, UserCommand.run(new String[] {"list"}));
        assertTrue(
                listed.toString(StandardCharsets.UTF_8).contains("e02-duty\tenterprise\tE02"),
                listed.toString());
        assertEquals(2, run("short\n", "passwd", "e02-duty"), "the policy applies");
        assertEquals(0, run("cli-pass-word-2\n", "passwd", "e02-duty"));
        assertEquals(2, run("cli-pass-word-3\n", "add", "e02-duty", "operator"), "name taken");
        assertEquals(64, run("", "add", "only-a-name"));
    }

    private int run(String stdin, String... args) {
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true));
        return UserCommand.run(args);
    }
}
