package org.parkwatch.backend.workpermit;

import java.nio.file.Path;
import org.parkwatch.backend.platform.db.DatabaseOptions;

/** {@link WorkPermitRepositoryContract} on embedded H2GIS. */
class WorkPermitRepositoryH2Test extends WorkPermitRepositoryContract {
    @Override
    protected DatabaseOptions database(Path dir) {
        return DatabaseOptions.embedded(dir);
    }
}
