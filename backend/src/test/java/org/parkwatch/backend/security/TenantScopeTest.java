package org.parkwatch.backend.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkwatch.model.park.ParkCatalog;

/** The ownership rules of backend/README.md "Tenancy" over the demo park. */
class TenantScopeTest {
    private static final TenantScope SCOPE = new TenantScope(ParkCatalog.loadDemo());
    private static final ScopedViews VIEWS = new ScopedViews(SCOPE);
    private static final Principal E01 = new Principal("e01", Role.ENTERPRISE, "E01");
    private static final Principal OPERATOR = new Principal("op", Role.OPERATOR, null);

    @Test
    void enterpriseUserSeesItsOwnTagsAndTheParksButNoOtherEnterprises() {
        assertTrue(SCOPE.seesTag(E01, "E01.TK201.LT"));
        assertTrue(SCOPE.seesTag(E01, "PARK.WS1.WS"));
        assertFalse(SCOPE.seesTag(E01, "E02.TK101.LT"));
        assertTrue(SCOPE.seesTag(OPERATOR, "E02.TK101.LT"));
    }

    @Test
    void unknownTagLooksLikeAnotherEnterprisesToAnEnterpriseUser() {
        assertFalse(SCOPE.seesTag(E01, "E01.NO.SUCH.TAG"));
        assertTrue(SCOPE.seesTag(OPERATOR, "E01.NO.SUCH.TAG"));
    }

    @Test
    void anonymousCallerSeesNothingNotEvenParkLevelData() {
        assertFalse(SCOPE.seesTag(Principal.ANONYMOUS, "PARK.WS1.WS"));
        assertFalse(SCOPE.seesTag(Principal.ANONYMOUS, "E01.TK201.LT"));
        assertFalse(SCOPE.seesFeature(Principal.ANONYMOUS, "roads", null));
    }

    @Test
    void alarmSisAndUnitIdsBelongToTheEnterpriseOfTheirPrefix() {
        assertEquals("E02", SCOPE.ownerOfId("E02.SIS1"));
        assertEquals("E01", SCOPE.ownerOfId("E01.TK201.LT.HH"));
        assertEquals("E05", SCOPE.ownerOfId("E05-U100"));
        assertNull(SCOPE.ownerOfId("PARK.AQ1.PM25.H"));
        assertNull(SCOPE.ownerOfId("E99.SIS1")); // no such enterprise: nobody's
    }

    @Test
    void parkLevelLayersAreWholeForEnterpriseUsersOtherLayersOnlyTheirOwn() {
        assertTrue(SCOPE.seesFeature(E01, "enterprises", "E02"));
        assertTrue(SCOPE.seesFeature(E01, "emergency-resources", "E04"));
        assertTrue(SCOPE.seesFeature(E01, "pipelines", "PARK"));
        assertTrue(SCOPE.seesFeature(E01, "tanks", "E01"));
        assertFalse(SCOPE.seesFeature(E01, "tanks", "E02"));
        assertFalse(SCOPE.seesFeature(E01, "cameras", "E03"));
    }

    @Test
    void enterpriseUserMayWriteOnlyForItsOwnSis() {
        assertTrue(SCOPE.mayWrite(E01, "E01.SIS1"));
        assertFalse(SCOPE.mayWrite(E01, "E02.SIS1"));
        assertFalse(SCOPE.mayWrite(E01, "PARK.WS1.WS"));
        assertTrue(SCOPE.mayWrite(OPERATOR, "E02.SIS1"));
    }

    @Test
    void dominoIncidentShowsEachEnterpriseOnlyItsOwnAlarms() {
        JsonObject incident =
                new JsonObject()
                        .put("id", "INC-1")
                        .put("enterprises", new JsonArray().add("E01").add("E02"))
                        .put(
                                "alarmIds",
                                new JsonArray().add("E01.TK201.LT.HH").add("E02.TK101.LT.HH"));
        JsonObject seen = VIEWS.incident(incident, E01);
        assertEquals(List.of("E01"), seen.getJsonArray("enterprises").getList());
        assertEquals(List.of("E01.TK201.LT.HH"), seen.getJsonArray("alarmIds").getList());
        assertEquals(2, incident.getJsonArray("alarmIds").size(), "the original is not changed");
        assertEquals(incident, VIEWS.incident(incident, OPERATOR));
        JsonObject other = incident.copy().put("enterprises", new JsonArray().add("E02"));
        assertNull(VIEWS.incident(other, E01));
    }

    @Test
    void aMixedIncidentMessageShowsAnEnterpriseOnlyItsOwnAlarms() {
        JsonObject incident =
                new JsonObject()
                        .put("id", "INC-1")
                        .put("enterprises", new JsonArray().add("E01").add("E02"))
                        .put(
                                "alarmIds",
                                new JsonArray().add("E01.TK201.LT.HH").add("E02.TK101.LT.HH"));
        JsonObject seen = VIEWS.incidentMessage(new JsonObject().put("incident", incident), E01);
        assertEquals(
                new JsonArray().add("E01"),
                seen.getJsonObject("incident").getJsonArray("enterprises"));
        assertEquals(
                new JsonArray().add("E01.TK201.LT.HH"),
                seen.getJsonObject("incident").getJsonArray("alarmIds"));
        assertNull(
                VIEWS.incidentMessage(
                        new JsonObject()
                                .put(
                                        "incident",
                                        incident.copy()
                                                .put("enterprises", new JsonArray().add("E02"))),
                        E01),
                "an incident of E02 alone is not E01's");
    }

    @Test
    void linkageShowsAnEnterpriseOnlyItsOwnAndParkCamerasAndContacts() {
        JsonObject pkg =
                new JsonObject()
                        .put("place", new JsonObject().put("featureId", "E02-TK101"))
                        .put(
                                "cameras",
                                new JsonArray()
                                        .add(
                                                new JsonObject()
                                                        .put("id", "E01-CAM1")
                                                        .put("enterpriseId", "E01"))
                                        .add(
                                                new JsonObject()
                                                        .put("id", "E02-CAM1")
                                                        .put("enterpriseId", "E02")))
                        .put(
                                "contacts",
                                new JsonArray()
                                        .add(
                                                new JsonObject()
                                                        .put("name", "a")
                                                        .put("enterpriseId", "E02"))
                                        .add(
                                                new JsonObject()
                                                        .put("name", "b")
                                                        .put("enterpriseId", "PARK")));
        JsonObject seen = VIEWS.linkage(pkg, E01);
        assertEquals(
                "E02-TK101", seen.getJsonObject("place").getString("featureId"), "the place stays");
        assertEquals(1, seen.getJsonArray("cameras").size());
        assertEquals("E01-CAM1", seen.getJsonArray("cameras").getJsonObject(0).getString("id"));
        assertEquals(1, seen.getJsonArray("contacts").size());
        assertEquals("b", seen.getJsonArray("contacts").getJsonObject(0).getString("name"));
        assertEquals(pkg, VIEWS.linkage(pkg, OPERATOR));
    }
}
