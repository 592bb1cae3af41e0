package org.parkwatch.backend.hazard.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CreditCodeTest {

    @Test
    void publishedExampleAndDemoParkCodesAreValid() {
        assertTrue(CreditCode.isValid("91350100M000100Y43")); // example printed with GB 32100-2015
        assertTrue(CreditCode.isValid("91410700MA470137XX")); // demo park E01 (fictional)
        assertTrue(CreditCode.isValid("91410700MA47027438"));
    }

    @Test
    void wrongCheckCharacterLengthOrLetterIsExplained() {
        assertEquals(
                "check character is '4', expected '3'",
                CreditCode.problem("91350100M000100Y44").orElseThrow());
        assertTrue(CreditCode.problem("91350100M000100Y4").orElseThrow().contains("18 characters"));
        assertTrue(CreditCode.problem("91350100M0001O0Y43").orElseThrow().contains("position 14"));
        assertFalse(CreditCode.isValid("91350100m000100y43"));
    }

    @Test
    void casCheckDigit() {
        assertTrue(CasNumber.isValid("7782-50-5"));
        assertTrue(CasNumber.isValid("7732-18-5"));
        assertTrue(CasNumber.isValid("68476-85-7"));
        assertFalse(CasNumber.isValid("7782-50-4"));
        assertFalse(CasNumber.isValid("778250-5"));
    }
}
