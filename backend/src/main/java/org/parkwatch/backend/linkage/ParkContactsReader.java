package org.parkwatch.backend.linkage;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parkwatch.backend.hazard.registry.DutyContact;
import org.parkwatch.model.park.ParkCatalog;

/**
 * Reads the duty contacts of park.json: {@code enterprises[i].dutyContacts =
 * [{"name","role","phone"}]}.
 */
final class ParkContactsReader {

    private ParkContactsReader() {}

    /** Contacts by enterprise id; an enterprise without {@code dutyContacts} has an empty list. */
    static Map<String, List<DutyContact>> read(ParkCatalog park) {
        Map<String, List<DutyContact>> out = new LinkedHashMap<>();
        JsonObject parkJson = new JsonObject(park.metadata().toString());
        for (Object e : parkJson.getJsonArray("enterprises", new JsonArray())) {
            if (!(e instanceof JsonObject ent) || ent.getValue("id") == null) continue;
            String id = ent.getValue("id").toString();
            List<DutyContact> list = new ArrayList<>();
            for (Object c : ent.getJsonArray("dutyContacts", new JsonArray())) {
                if (!(c instanceof JsonObject contact)) continue;
                list.add(
                        new DutyContact(
                                id,
                                text(contact, "name"),
                                text(contact, "role"),
                                text(contact, "phone")));
            }
            out.put(id, List.copyOf(list));
        }
        return out;
    }

    private static String text(JsonObject o, String field) {
        Object v = o.getValue(field);
        return v == null ? "" : v.toString();
    }
}
