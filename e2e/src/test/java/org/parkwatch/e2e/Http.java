package org.parkwatch.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Small JSON GET helper for the tests; authenticates as the stack's administrator. */
final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Http() {
    }

    /** GETs {@code path} of the stack's backend as the administrator (bearer token from a real login). */
    static JsonNode getJson(DemoStack stack, String path) throws Exception {
        String url = stack.httpBase() + path;
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + stack.adminToken()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new AssertionError("GET " + url + " → " + r.statusCode() + ": " + r.body());
        return JSON.readTree(r.body());
    }
}
