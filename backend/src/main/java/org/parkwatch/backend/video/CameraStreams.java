package org.parkwatch.backend.video;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parkwatch.backend.gis.FeatureAttributes;
import org.parkwatch.backend.gis.FeatureRecord;
import org.parkwatch.backend.linkage.LinkageFeatures;

/**
 * The park's cameras and which of them have a live stream: every feature of the {@value #LAYER}
 * layer, with its playlist from the configuration ({@link VideoOptions}) or else from its {@code
 * hlsUrl} property. A camera without either has no video (the page says so).
 */
public final class CameraStreams {
    /** The layer of the park's cameras (see the demo park's {@code layers/cameras.geojson}). */
    public static final String LAYER = "cameras";

    /** The feature property that may carry a camera's HLS playlist URL. */
    public static final String URL_PROPERTY = "hlsUrl";

    /**
     * One camera.
     *
     * @param playlist its HLS playlist, or null when it has no video
     */
    public record Camera(
            String id, String enterpriseId, String nameZh, String nameEn, URI playlist) {}

    private final Map<String, Camera> byId = new LinkedHashMap<>();

    /**
     * @throws IllegalArgumentException when a configured camera is not in the cameras layer, or a
     *     layer URL is not an http(s) URL (named)
     */
    public CameraStreams(List<FeatureRecord> cameras, VideoOptions options) {
        for (FeatureRecord f : cameras) {
            FeatureAttributes p = LinkageFeatures.parse(f);
            URI url = options.streams().get(f.id());
            if (url == null && p.has(URL_PROPERTY)) {
                try {
                    url = VideoOptions.playlist(p.text(URL_PROPERTY, ""));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(
                            "cameras layer, feature "
                                    + f.id()
                                    + ", "
                                    + URL_PROPERTY
                                    + ": "
                                    + e.getMessage());
                }
            }
            byId.put(f.id(), new Camera(f.id(), f.enterpriseId(), f.nameZh(), f.nameEn(), url));
        }
        for (String id : options.streams().keySet()) {
            if (!byId.containsKey(id)) {
                throw new IllegalArgumentException(
                        VideoOptions.KEY
                                + ": camera '"
                                + id
                                + "' is not in the cameras layer (known: "
                                + String.join(", ", byId.keySet())
                                + ")");
            }
        }
    }

    public Optional<Camera> camera(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every camera, in the layer's order. */
    public List<Camera> all() {
        return List.copyOf(byId.values());
    }
}
