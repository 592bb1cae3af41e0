package org.parkwatch.model.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkwatch.model.calc.models.CalcModels;

class CalcCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(CalcCli cli, String... args) {
        return cli.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void serviceLoaderFindsEveryBuiltInModel() {
        CalcCli cli = CalcCli.fromServiceLoader();
        for (CalcModel m : CalcModels.all()) {
            assertTrue(cli.models().containsKey(m.name()), m.name());
        }
        assertEquals(0, run(cli, "--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(
                help.contains("plume")
                        && help.contains("kingery-bulmash")
                        && help.contains("probit"),
                help);
    }

    @Test
    void printsPrettyJson() throws Exception {
        assertEquals(0, run(CalcCli.fromServiceLoader(), "fireball", "{\"fuelMassKg\":50000}"));
        JsonNode result = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(213.7, result.get("diameterM").asDouble(), 213.7 * 1e-3);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\n"));
    }

    @Test
    void badInputExitsTwoWithTheFieldName() {
        CalcCli cli = CalcCli.fromServiceLoader();
        assertEquals(
                2,
                run(
                        cli,
                        "tnt",
                        "{\"fuelMassKg\":1000,\"heatOfCombustionKjPerKg\":46000,\"distanceM\":\"x\"}"));
        assertTrue(
                err.toString(StandardCharsets.UTF_8).startsWith("distanceM:"),
                err.toString(StandardCharsets.UTF_8));
        assertEquals(2, run(cli, "nosuch", "{}"));
        assertEquals(2, run(cli, "plume", "{not json"));
        assertEquals(2, run(cli, "plume"));
    }

    @Test
    void extraModelsJoinThroughTheConstructor() {
        CalcModel echo =
                new CalcModel() {
                    @Override
                    public String name() {
                        return "echo";
                    }

                    @Override
                    public String summary() {
                        return "returns its input";
                    }

                    @Override
                    public JsonNode compute(JsonNode input) {
                        return JsonNodeFactory.instance.objectNode().set("input", input);
                    }
                };
        List<CalcModel> all = new ArrayList<>(CalcModels.all());
        all.add(echo);
        CalcCli cli = new CalcCli(all);
        assertEquals(0, run(cli, "echo", "{\"a\":1}"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"a\" : 1"));
    }
}
