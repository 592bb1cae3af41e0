package org.parkwatch.backend.emergency;

import io.vertx.core.json.JsonObject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parkwatch.backend.platform.db.Database;
import org.parkwatch.model.emergency.EmergencyPlan;
import org.parkwatch.model.emergency.PlanValidator;

/**
 * The park's emergency plans: kept in the database, held in memory for proposals, replaced only
 * whole and only after every plan of an import passed {@link PlanValidator} (one transaction; a bad
 * file stores nothing). Seeded from the park folder's {@code emergency/plans} on the first start.
 * Calls block.
 */
final class PlanLibrary {
    private final Database db;
    private final EmergencyRepository repo;
    private final Set<String> enterpriseIds;
    private volatile Map<String, EmergencyPlan> plans = Map.of();

    PlanLibrary(Database db, EmergencyRepository repo, Set<String> enterpriseIds) {
        this.db = db;
        this.repo = repo;
        this.enterpriseIds = Set.copyOf(enterpriseIds);
    }

    /**
     * Loads the stored plans; when there are none, imports {@code seed} (file name → text).
     *
     * @throws PlanException when a stored or seed plan is bad
     */
    void load(Map<String, String> seed, long nowMs) throws SQLException {
        List<EmergencyRepository.StoredPlan> stored = db.withConnection(repo::plans);
        if (stored.isEmpty() && !seed.isEmpty()) {
            importFiles(seed, "system", nowMs);
            return;
        }
        Map<String, EmergencyPlan> m = new LinkedHashMap<>();
        for (EmergencyRepository.StoredPlan s : stored)
            m.put(s.planId(), PlanJson.parse(s.sourceFile(), s.body()));
        plans = Map.copyOf(m);
    }

    List<EmergencyPlan> all() {
        return plans.values().stream()
                .sorted(
                        (a, b) ->
                                a.kind() != b.kind()
                                        ? a.kind().compareTo(b.kind())
                                        : a.id().compareTo(b.id()))
                .toList();
    }

    Optional<EmergencyPlan> plan(String id) {
        return Optional.ofNullable(id == null ? null : plans.get(id));
    }

    /**
     * Validates and stores plan files (file name → JSON text), adding new plans and replacing those
     * with the same id. All or nothing.
     *
     * @return the stored plans
     * @throws PlanException naming file, plan and action of every problem
     */
    List<EmergencyPlan> importFiles(Map<String, String> files, String by, long nowMs)
            throws SQLException {
        List<String> problems = new ArrayList<>();
        List<EmergencyPlan> parsed = new ArrayList<>();
        Map<String, String> fileOf = new LinkedHashMap<>();
        for (Map.Entry<String, String> f : files.entrySet()) {
            try {
                EmergencyPlan p = PlanJson.parse(f.getKey(), f.getValue());
                parsed.add(p);
                fileOf.put(p.id(), f.getKey());
            } catch (PlanException e) {
                problems.addAll(e.problems());
            }
        }
        for (PlanValidator.Problem p : PlanValidator.check(parsed, plans.keySet(), enterpriseIds)) {
            String file = fileOf.getOrDefault(p.planId(), "(upload)");
            problems.add(file + ", " + p);
        }
        if (!problems.isEmpty()) throw new PlanException(problems);
        db.inTransaction(
                c -> {
                    for (EmergencyPlan p : parsed) {
                        repo.upsertPlan(
                                c,
                                p.id(),
                                p.kind().name().toLowerCase(Locale.ROOT),
                                fileOf.get(p.id()),
                                PlanJson.write(p).encode(),
                                nowMs,
                                by);
                    }
                    return null;
                });
        Map<String, EmergencyPlan> m = new LinkedHashMap<>(plans);
        for (EmergencyPlan p : parsed) m.put(p.id(), p);
        plans = Map.copyOf(m);
        return parsed;
    }

    /** Replaces one plan from a JSON body; the plan's id must equal {@code id}. */
    EmergencyPlan replace(String id, JsonObject body, String by, long nowMs) throws SQLException {
        if (!id.equals(body.getString("id"))) {
            throw new IllegalArgumentException(
                    "the body's id '"
                            + body.getString("id")
                            + "' differs from the path's '"
                            + id
                            + "'");
        }
        return importFiles(Map.of(id + ".json", body.encode()), by, nowMs).get(0);
    }
}
