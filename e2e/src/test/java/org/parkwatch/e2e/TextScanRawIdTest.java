package org.parkwatch.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The raw-id check of the alarm and incident panels fails on ids and passes names. */
class TextScanRawIdTest {
    @Test
    void enterpriseCodesTagAndAlarmIdsFailNamesPass() throws Exception {
        TextScan scan = new TextScan();
        assertEquals(1, scan.rawIds("v", "高报 GD101 氯气探测器 E01 10 ppm").size());
        assertEquals(1, scan.rawIds("v", "E01.V101.LT 已确认").size());
        assertEquals(1, scan.rawIds("v", "E01.FEED_LOST").size());
        assertEquals(1, scan.rawIds("v", "PARK.WS1.WS 3 m/s").size());
        assertEquals(1, scan.rawIds("v", "事件 INC-3").size());
        assertEquals(
                0, scan.rawIds("v", "滨河华盛氯碱化工有限公司 数据中断 · CAS 7782-50-5, UN 1017 · 事件 3").size());
    }
}
