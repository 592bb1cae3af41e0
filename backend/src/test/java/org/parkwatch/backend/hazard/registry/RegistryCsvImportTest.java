package org.parkwatch.backend.hazard.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegistryCsvImportTest {

    @Test
    void goodEnterpriseFileImportsEveryRow() {
        ImportResult<Enterprise> r =
                RegistryCsvImport.enterprises(
                        List.of(
                                "\uFEFFid,name_zh,name_en,credit_code,address,activities",
                                "E01,滨河华盛氯碱化工有限公司,\"Binhe Huasheng, Chlor-Alkali\",91410700MA470137XX,纬一路1号,生产;储存",
                                "",
                                "E02,滨河中原化肥有限公司,,91410700MA47027438,纬二路2号,production、use"));
        assertTrue(r.ok(), r.errors().toString());
        assertEquals(2, r.rows().size());
        assertEquals("Binhe Huasheng, Chlor-Alkali", r.rows().get(0).nameEn());
        assertEquals(Set.of(Activity.PRODUCTION, Activity.USE), r.rows().get(1).activities());
    }

    @Test
    void badEnterpriseRowsAreRejectedWithLineNumbers() {
        ImportResult<Enterprise> r =
                RegistryCsvImport.enterprises(
                        List.of(
                                "id,name_zh,name_en,credit_code,address,activities",
                                "E01,甲公司,,91410700MA470137XX,地址,生产",
                                "E02,乙公司,,91410700MA470137X1,地址,生产",
                                "E03,丙公司,,91410700MA47027438,地址,炼金",
                                "E01,丁公司,,91410700MA4704116T,地址,储存",
                                "E05,戊公司,,91410700MA47054857,地址"));
        assertFalse(r.ok());
        assertEquals(
                List.of(
                        "line 3, credit_code: check character is '1', expected 'X'",
                        "line 4, activities: unknown activity '炼金' (生产 储存 使用 经营 运输 处置)",
                        "line 4, activities: at least one of [PRODUCTION, STORAGE, USE, TRADE, TRANSPORT, DISPOSAL]",
                        "line 5, id: duplicate id E01 in this file",
                        "line 6: 5 fields, header line 1 has 6 (quote fields that contain commas)"),
                r.errors().stream().map(RowError::toString).toList());
        assertEquals(1, r.rows().size());
    }

    @Test
    void installationsAreCheckedFieldByField() {
        ImportResult<Installation> r =
                RegistryCsvImport.installations(
                        List.of(
                                "id,enterprise_id,unit_id,kind,chemical_cas,capacity_m3,design_pressure_kpa,design_temperature_c,has_sis",
                                "V101,E01,E01-TF1,tank,7782-50-5,74,1620,50,是",
                                "V102,E01,E01-TF1,tank,7782-50-4,0,1620,x,maybe"));
        assertEquals(1, r.rows().size());
        assertTrue(r.rows().get(0).hasSis());
        assertEquals(74, r.rows().get(0).capacityM3());
        assertEquals(
                List.of(
                        "line 3, chemical_cas: not a valid CAS number: '7782-50-4' (format NNNNNNN-NN-R with a correct check digit)",
                        "line 3, capacity_m3: must be > 0 m³, got 0",
                        "line 3, design_temperature_c: not a number: 'x'",
                        "line 3, has_sis: expected true/false, yes/no, 是/否 or 1/0, got 'maybe'"),
                r.errors().stream().map(RowError::toString).toList());
    }

    @Test
    void missingColumnIsReportedOnTheHeaderLine() {
        ImportResult<Installation> r =
                RegistryCsvImport.installations(List.of("id,enterprise_id,unit_id", "a,b,c"));
        assertFalse(r.ok());
        assertEquals(1, r.errors().get(0).line());
        assertEquals("kind", r.errors().get(0).column());
        assertTrue(r.rows().isEmpty());
        assertEquals(
                "line 1: empty file: expected a header " + RegistryCsvImport.ENTERPRISE_COLUMNS,
                RegistryCsvImport.enterprises(List.of()).errors().get(0).toString());
    }
}
