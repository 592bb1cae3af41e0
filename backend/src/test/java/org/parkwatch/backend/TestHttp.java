package org.parkwatch.backend;

import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The one HTTP client of the backend's tests: HTTP/1.1 (the listeners refuse h2c), a 5 s connect
 * timeout, shared by every test harness and test so that connection handling is the same
 * everywhere. TLS tests build their own, since the client's trust store is part of what they test.
 */
public final class TestHttp {
    public static final HttpClient CLIENT =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();

    private TestHttp() {}
}
