package org.parkwatch.backend.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The password policy: length bounds, no trivially repeated characters, no straight runs
 * ("abcdefghijkl"), and none of the common passwords shipped in {@code
 * parkwatch/security/common-passwords.txt} (compared ignoring case). NIST SP 800-63B §5.1.1.2 asks
 * verifiers to refuse passwords found in lists of commonly used or compromised values and
 * repetitive or sequential characters.
 */
public final class PasswordPolicy {
    /**
     * Shortest password accepted, characters (issue 7 policy; NIST SP 800-63B allows long
     * passphrases).
     */
    public static final int MIN_LENGTH = 12;

    /** Longest password accepted, characters: bounds the work one login can cause. */
    public static final int MAX_LENGTH = 256;

    /** Fewest different characters a password must hold ("aaaabbbbcccc" has three). */
    public static final int MIN_DISTINCT = 5;

    static final String COMMON_LIST = "/parkwatch/security/common-passwords.txt";
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {}

    /**
     * @return null when {@code password} meets the policy, else why not (for the user, en + zh)
     */
    public static String problem(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "password must have at least " + MIN_LENGTH + " characters";
        }
        if (password.length() > MAX_LENGTH)
            return "password must have at most " + MAX_LENGTH + " characters";
        if (password.isBlank()) return "password must not be blank";
        if (password.codePoints().distinct().count() < MIN_DISTINCT || repeatsAUnit(password)) {
            return "password must not be a few characters repeated (密码不能是重复的字符)";
        }
        if (straightRun(password)) {
            return "password must not be a straight run such as abcdef… or 98765… (密码不能是连续字符)";
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            return "password is one of the most common passwords; choose another (此密码过于常见，请另选)";
        }
        return null;
    }

    /** True when the password is one shorter string written several times ("abc1abc1abc1"). */
    private static boolean repeatsAUnit(String s) {
        int n = s.length();
        for (int unit = 1; unit <= n / 2; unit++) {
            if (n % unit == 0 && s.substring(unit).equals(s.substring(0, n - unit))) return true;
        }
        return false;
    }

    /** True when every character is the previous one plus one, or every one minus one. */
    private static boolean straightRun(String s) {
        int step = s.charAt(1) - s.charAt(0);
        if (step != 1 && step != -1) return false;
        for (int i = 2; i < s.length(); i++) {
            if (s.charAt(i) - s.charAt(i - 1) != step) return false;
        }
        return true;
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_LIST)) {
            if (in == null)
                throw new IllegalStateException(COMMON_LIST + " is missing from the class path");
            BufferedReader r =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) out.add(t.toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(COMMON_LIST, e);
        }
        return Set.copyOf(out);
    }
}
