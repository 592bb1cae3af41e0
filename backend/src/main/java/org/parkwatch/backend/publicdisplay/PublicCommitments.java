package org.parkwatch.backend.publicdisplay;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * The daily safety commitments (安全承诺公告, issue 15) as the public may see them: per enterprise its
 * name, whether it declared today and whether it declared a safe state. No details, no people.
 */
public final class PublicCommitments {
    private PublicCommitments() {}

    /**
     * @param safeState null when not declared
     */
    public record Entry(String nameZh, String nameEn, boolean declared, Boolean safeState) {}

    /** Where the display reads them (blocking; read on a worker). */
    @FunctionalInterface
    public interface Source extends Callable<List<Entry>> {}
}
