package org.parkwatch.backend.hazard;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalises chemical names and CAS numbers for lookup: NFKC (full-width to ASCII), lower case, no
 * whitespace.
 */
final class NameKey {

    private NameKey() {}

    static String of(String text) {
        if (text == null) {
            return "";
        }
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char ch = n.charAt(i);
            if (!Character.isWhitespace(ch) && ch != '\u3000') {
                sb.append(ch);
            }
        }
        return sb.toString();
    }
}
