package org.parkwatch.gisdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.model.park.EnterpriseInfo;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.park.ParkCatalogException;
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.park.TagKind;

/**
 * ParkCatalog reads the demo park from the gis-data jar and names the file and entry of bad data.
 */
class ParkCatalogTest {

    @Test
    void loadsTheFictionalDemoParkWithItsEnterprisesLayersAndTags() {
        ParkCatalog park = ParkCatalog.loadDemo();
        assertTrue(park.metadata().path("fictional").asBoolean());
        assertEquals("河南", park.metadata().path("province").asText());
        assertEquals("Asia/Shanghai", park.metadata().path("timeZone").asText());
        assertEquals(
                List.of("E01", "E02", "E03", "E04", "E05", "E06", "E07", "E08", "PARK"),
                park.enterprises().stream().map(EnterpriseInfo::id).toList());
        assertEquals(15, park.layers().size());
        assertEquals(9, park.tagLists().size());
        assertEquals(557, park.allTags().size());
        assertEquals(70, park.tagsOf("E01").orElseThrow().tags().size());
        assertEquals(112, park.tagsOf("PARK").orElseThrow().tags().size());
        assertEquals(30, park.layer("tanks").path("features").size());
    }

    @Test
    void chlorineBulletLevelTagCarriesRangeLimitsAndNode() {
        TagDefinition t = ParkCatalog.loadDemo().tag("E01.V101.LT").orElseThrow();
        assertEquals(TagKind.LEVEL, t.kind());
        assertEquals("nsu=urn:parkwatch:sim:E01;s=V101.LT", t.node());
        assertEquals("E01-V101", t.featureId());
        assertEquals(2.8, t.max());
        assertEquals(2.38, t.limits().h());
        assertEquals(2.52, t.limits().hh());
        assertEquals("E01", t.enterpriseId());
    }

    @Test
    void everyEnterpriseHasACreditCodeWithValidCheckCharacter() {
        for (var e : ParkCatalog.loadDemo().metadata().path("enterprises")) {
            String code = e.path("creditCode").asText();
            assertEquals(18, code.length(), e.path("id").asText());
            assertEquals(CreditCodes.checkChar(code.substring(0, 17)), code.charAt(17), code);
        }
    }

    @Test
    void unknownTagKindIsReportedWithFileAndIndex(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("park.json"),
                """
                {"id":"t","layers":[],"enterprises":[{"id":"E1","tagsFile":"tags/E1.json"}]}""");
        Files.createDirectories(dir.resolve("tags"));
        Files.writeString(
                dir.resolve("tags/E1.json"),
                """
                {"enterpriseId":"E1","namespaceUri":"urn:x","tags":[
                 {"id":"E1.A.B","node":"nsu=urn:x;s=A.B","kind":"level","featureId":"F"},
                 {"id":"E1.A.C","node":"nsu=urn:x;s=A.C","kind":"loudness","featureId":"F"}]}""");
        ParkCatalogException e =
                assertThrows(ParkCatalogException.class, () -> ParkCatalog.load(dir));
        assertTrue(
                e.getMessage().startsWith("tags/E1.json tags[1]: unknown tag kind 'loudness'"),
                e.getMessage());
    }

    @Test
    void missingTagFileIsNamed(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("park.json"),
                """
                {"id":"t","layers":[],"enterprises":[{"id":"E1","tagsFile":"tags/E1.json"}]}""");
        ParkCatalogException e =
                assertThrows(ParkCatalogException.class, () -> ParkCatalog.load(dir));
        assertEquals("park file not found: tags/E1.json", e.getMessage());
    }
}
