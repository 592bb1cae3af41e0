package org.parkwatch.backend.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DingTalkSignTest {
    /**
     * Vector computed independently with Python's hmac/hashlib/base64/urllib.parse.quote_plus, as
     * DingTalk's documentation computes it (timestamp + "\n" + secret, keyed with the secret).
     */
    @Test
    void signatureMatchesDingTalksDocumentedScheme() {
        assertEquals(
                "OdCH901FOf73VhFoU%2FE7B7DzgzJbshAF1ZFsnN4AYZg%3D",
                DingTalkSign.sign(1_700_000_000_000L, "SECtest-secret-123"));
    }
}
