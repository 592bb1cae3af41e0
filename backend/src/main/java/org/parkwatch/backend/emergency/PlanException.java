package org.parkwatch.backend.emergency;

import java.util.List;

/**
 * Plans that cannot be stored, with every problem found (each naming the file, the plan and, where
 * there is one, the action). Nothing of an import that throws it was stored.
 */
public final class PlanException extends IllegalArgumentException {
    private final List<String> problems;

    public PlanException(List<String> problems) {
        super(
                "emergency plans not imported: "
                        + String.join("; ", problems.subList(0, Math.min(5, problems.size())))
                        + (problems.size() > 5 ? " … (" + problems.size() + " problems)" : ""));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
