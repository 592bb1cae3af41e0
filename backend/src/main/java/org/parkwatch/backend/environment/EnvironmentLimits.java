package org.parkwatch.backend.environment;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.parkwatch.model.environment.EnvLimit;
import org.parkwatch.model.environment.LimitsCsv;
import org.parkwatch.model.park.ParkCatalog;

/**
 * The park's environmental limits file, read and validated once at construction (a bad row stops
 * the start).
 */
final class EnvironmentLimits {

    /** The demo park's limits, shipped with {@code gis-data}. */
    static final String BUNDLED = ParkCatalog.DEMO_RESOURCE_ROOT + "environment/limits.csv";

    private EnvironmentLimits() {}

    static List<EnvLimit> bundled() {
        try (InputStream in =
                EnvironmentLimits.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(
                        "limits file " + BUNDLED + " is not on the classpath");
            }
            return LimitsCsv.parse(new InputStreamReader(in, StandardCharsets.UTF_8), BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUNDLED, e);
        }
    }
}
