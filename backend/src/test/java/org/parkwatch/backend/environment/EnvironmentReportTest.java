package org.parkwatch.backend.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.parkwatch.backend.history.Trend;
import org.parkwatch.backend.platform.report.TableReportDocx;
import org.parkwatch.backend.platform.report.TableReportHtml;
import org.parkwatch.model.environment.LimitsCsv;
import org.parkwatch.model.park.ParkCatalog;

/**
 * The daily environmental report on the demo park from a synthetic history: AQI days by level,
 * exceedances, the discharge of E01's outlet from flow × concentration; the DOCX is parsed back
 * with POI and its figures compared with the JSON the route serves.
 */
class EnvironmentReportTest {
    static final ParkCatalog PARK = ParkCatalog.loadDemo();
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Constant values per tag over any window, one point per bucket. */
    private static BacktraceService.TrendSource constant(Map<String, Double> values) {
        return (tag, from, to, buckets) -> {
            long bucketMs = (to - from) / buckets;
            List<Trend.Point> points = new ArrayList<>();
            Double v = values.get(tag);
            for (int i = 0; v != null && i < buckets; i++) {
                points.add(new Trend.Point(from + i * bucketMs, v, v, v, v, 1));
            }
            return new Trend(tag, from, to, bucketMs, points);
        };
    }

    @Test
    void dailyReportFiguresAgreeBetweenJsonAndDocx() throws Exception {
        // AQ1 PM2.5 100 µg/m³ all day: 24 h IAQI (150−100)/(115−75)·(100−75) + 100 = 131.25 → 132
        // (level III) and above the 75 µg/m³ 24-hour limit. E01 discharges 80 m³/h at COD 250
        // mg/L, NH3-N 20 mg/L: 1920 m³, 480 kg COD, 38.4 kg NH3-N; TP never measured.
        BacktraceService.TrendSource history =
                constant(
                        Map.of(
                                "PARK.AQ1.PM25", 100.0,
                                "E01.WW1.FT", 80.0,
                                "E01.WW1.COD", 250.0,
                                "E01.WW1.NH3N", 20.0));
        EnvironmentReport reports =
                new EnvironmentReport(
                        PARK,
                        new DailyService(new AirNetwork(PARK), history, LimitsCsv.demo(), ZONE),
                        history,
                        ZONE);
        EnvironmentReport.Report r = reports.day(LocalDate.of(2026, 12, 5));
        JsonObject json = EnvironmentJson.report(r);

        assertEquals(1, json.getJsonObject("daysByLevel").getInteger("III"));
        assertEquals(132, json.getJsonArray("days").getJsonObject(0).getInteger("aqi"));
        assertTrue(
                json.getJsonArray("exceedances").stream()
                        .map(JsonObject.class::cast)
                        .anyMatch(
                                e ->
                                        e.getString("stationId").equals("PARK-AQ1")
                                                && e.getString("limitId").equals("amb-pm25-24h")),
                json.encode());
        JsonObject e01 =
                json.getJsonArray("discharges").stream()
                        .map(JsonObject.class::cast)
                        .filter(d -> d.getString("enterpriseId").equals("E01"))
                        .findFirst()
                        .orElseThrow();
        assertEquals(1920, e01.getDouble("waterM3"), 1e-6);
        assertEquals(480, e01.getDouble("codKg"), 1e-6);
        assertEquals(38.4, e01.getDouble("nh3nKg"), 1e-6);
        assertEquals(null, e01.getValue("tpKg"));

        byte[] docx = TableReportDocx.render(ReportTables.of(r, false, PARK.enterprises()));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFTable> tables = doc.getTables();
            assertEquals(4, tables.size());
            XWPFTableRow levelIII = tables.get(0).getRow(3);
            assertEquals("三级", levelIII.getCell(0).getText());
            assertEquals(
                    json.getJsonObject("daysByLevel").getInteger("III"),
                    Integer.parseInt(levelIII.getCell(2).getText()));
            assertEquals(
                    String.valueOf(json.getJsonArray("days").getJsonObject(0).getInteger("aqi")),
                    tables.get(1).getRow(1).getCell(1).getText());
            assertEquals(
                    json.getJsonArray("exceedances").size(), tables.get(2).getNumberOfRows() - 1);
            XWPFTableRow row =
                    tables.get(3).getRows().stream()
                            .filter(x -> x.getCell(0).getText().equals("滨河华盛氯碱化工有限公司"))
                            .findFirst()
                            .orElseThrow();
            assertEquals(
                    e01.getDouble("waterM3"), Double.parseDouble(row.getCell(1).getText()), 0.05);
            assertEquals(
                    e01.getDouble("codKg"), Double.parseDouble(row.getCell(2).getText()), 0.05);
            assertEquals(
                    e01.getDouble("nh3nKg"), Double.parseDouble(row.getCell(3).getText()), 0.05);
            assertEquals("—", row.getCell(4).getText(), "never measured is not zero");
        }
        String html = TableReportHtml.render(ReportTables.of(r, true, PARK.enterprises()), true);
        assertTrue(html.contains("Daily environmental report 2026-12-05"), html);
        assertTrue(html.contains("<td class=\"n\">480.0</td>"), html);
    }
}
