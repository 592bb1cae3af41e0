package org.parkwatch.model.calc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Command line for the calculator: {@code CalcCli <model> '<json>'} prints the result as pretty
 * JSON; {@code CalcCli --help} lists the models. Models are found with {@link ServiceLoader} over
 * {@link CalcModel} (each module lists its models in {@code
 * META-INF/services/org.parkwatch.model.calc.CalcModel}), so models from other modules on the class
 * path join automatically. Exit status: 0 on success, 2 on bad input or an unknown model.
 */
public final class CalcCli {

    /** Exit status for bad input. */
    public static final int EXIT_BAD_INPUT = 2;

    private final Map<String, CalcModel> models = new LinkedHashMap<>();
    private final ObjectMapper mapper = new ObjectMapper();

    /** A CLI over the given models (first of a name wins). */
    public CalcCli(List<CalcModel> models) {
        for (CalcModel m : models) {
            this.models.putIfAbsent(m.name(), m);
        }
    }

    /** A CLI over every model the service loader finds. */
    public static CalcCli fromServiceLoader() {
        List<CalcModel> found = new ArrayList<>();
        ServiceLoader.load(CalcModel.class).forEach(found::add);
        return new CalcCli(found);
    }

    public static void main(String[] args) {
        System.exit(fromServiceLoader().run(args, System.out, System.err));
    }

    /** Runs one command; returns the exit status. */
    public int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.print(help());
            return 0;
        }
        if (args.length != 2) {
            err.println("usage: calc <model> '<json>'   (calc --help lists the models)");
            return EXIT_BAD_INPUT;
        }
        CalcModel model = models.get(args[0]);
        if (model == null) {
            err.println(
                    "unknown model " + args[0] + "; known: " + String.join(", ", models.keySet()));
            return EXIT_BAD_INPUT;
        }
        try {
            JsonNode input = mapper.readTree(args[1]);
            JsonNode result = model.compute(input);
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(result));
            return 0;
        } catch (CalcInputException e) {
            err.println(e.getMessage());
            return EXIT_BAD_INPUT;
        } catch (JsonProcessingException e) {
            err.println("(input): not valid JSON: " + e.getOriginalMessage());
            return EXIT_BAD_INPUT;
        }
    }

    /** One line per model: name and summary. */
    public String help() {
        StringBuilder sb = new StringBuilder("usage: calc <model> '<json>'\nmodels:\n");
        int width = models.keySet().stream().mapToInt(String::length).max().orElse(0);
        for (CalcModel m : models.values()) {
            sb.append("  ")
                    .append(String.format("%-" + width + "s", m.name()))
                    .append("  ")
                    .append(m.summary())
                    .append('\n');
        }
        return sb.toString();
    }

    /** The models by name, in registration order. */
    public Map<String, CalcModel> models() {
        return Map.copyOf(models);
    }
}
