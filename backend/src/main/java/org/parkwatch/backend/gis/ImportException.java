package org.parkwatch.backend.gis;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An import was refused; nothing was written. Lists every problem found (per feature index where it
 * applies).
 */
public class ImportException extends Exception {
    private final List<ImportProblem> problems;

    public ImportException(List<ImportProblem> problems) {
        super(problems.stream().map(ImportProblem::en).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public ImportException(ImportProblem problem) {
        this(List.of(problem));
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
