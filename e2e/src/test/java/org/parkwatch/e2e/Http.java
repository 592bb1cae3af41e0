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
    static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Http() {}

    /**
     * GETs {@code path} of the stack's backend as the administrator (bearer token from a real
     * login).
     */
    static JsonNode getJson(DemoStack stack, String path) throws Exception {
        return getJson(stack.httpBase() + path, stack.adminToken());
    }

    /** A bearer token from {@code POST /api/auth/token} of the backend at {@code base}. */
    static String token(String base, String user, String password) throws Exception {
        String body =
                JSON.writeValueAsString(java.util.Map.of("username", user, "password", password));
        HttpResponse<String> r =
                CLIENT.send(
                        HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200)
            throw new AssertionError("login of " + user + " → " + r.statusCode() + ": " + r.body());
        return JSON.readTree(r.body()).path("token").asText();
    }

    static JsonNode getJson(String url, String bearerToken) throws Exception {
        HttpResponse<String> r =
                CLIENT.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Authorization", "Bearer " + bearerToken)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200)
            throw new AssertionError("GET " + url + " → " + r.statusCode() + ": " + r.body());
        return JSON.readTree(r.body());
    }
}
