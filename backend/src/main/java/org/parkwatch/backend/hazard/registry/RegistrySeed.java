package org.parkwatch.backend.hazard.registry;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills an empty registry from a park's {@code registry.json} (the demo park ships one): licences,
 * duty contacts, risk colour changes and blacklist entries, each added through the same {@link
 * RegistryBook} calls as the API, so they are validated and stored alike. Dates in the file are
 * whole days relative to the day of seeding ({@code validFromDays}, {@code validUntilDays}, {@code
 * sinceDays}, {@code listedOnDays}, {@code removedOnDays}; negative = in the past), so a fresh demo
 * always has a licence that expires soon. The whole file is checked before anything is added: a bad
 * entry names its list, index and field, and nothing is written.
 */
public final class RegistrySeed {
    /** The records of the file, ready to add. */
    record Parsed(
            List<Licence> licences,
            List<DutyContact> contacts,
            List<RiskColourChange> colours,
            List<BlacklistEntry> blacklist) {
        int size() {
            return licences.size() + contacts.size() + colours.size() + blacklist.size();
        }
    }

    private RegistrySeed() {}

    /**
     * Adds the file's records when the registry holds none (a first start); does nothing otherwise,
     * so records an operator deleted stay deleted. Blocks (database).
     *
     * @return the number of records added (0 when the registry was not empty)
     * @throws IllegalArgumentException naming the entry and field of a bad record (nothing added)
     */
    public static int seedIfEmpty(RegistryBook book, JsonObject file, LocalDate today)
            throws SQLException {
        if (!book.hasNoRecords()) return 0;
        Parsed p = parse(file, today);
        List<String> owners = new ArrayList<>();
        p.licences().forEach(l -> owners.add(l.enterpriseId()));
        p.contacts().forEach(c -> owners.add(c.enterpriseId()));
        p.colours().forEach(c -> owners.add(c.enterpriseId()));
        p.blacklist().forEach(b -> owners.add(b.enterpriseId()));
        for (String id : owners) {
            if (book.enterprise(id).isEmpty()) {
                throw new IllegalArgumentException(
                        "registry.json: enterprise '" + id + "' is not in the registry");
            }
        }
        for (Licence l : p.licences()) book.addLicence(l);
        for (DutyContact c : p.contacts()) book.addContact(c);
        for (RiskColourChange c : p.colours()) book.addColour(c);
        for (BlacklistEntry b : p.blacklist()) book.addBlacklist(b);
        return p.size();
    }

    /**
     * @throws IllegalArgumentException naming the list, index and field of the first bad entry
     */
    static Parsed parse(JsonObject file, LocalDate today) {
        List<Licence> licences = new ArrayList<>();
        List<DutyContact> contacts = new ArrayList<>();
        List<RiskColourChange> colours = new ArrayList<>();
        List<BlacklistEntry> blacklist = new ArrayList<>();
        each(
                file,
                "licences",
                (n, at) ->
                        licences.add(
                                new Licence(
                                        text(n, "enterpriseId", at),
                                        text(n, "kind", at),
                                        text(n, "number", at),
                                        day(n, "validFromDays", today, at),
                                        day(n, "validUntilDays", today, at))));
        each(
                file,
                "contacts",
                (n, at) -> {
                    DutyContact c =
                            new DutyContact(
                                    text(n, "enterpriseId", at),
                                    text(n, "name", at),
                                    text(n, "role", at),
                                    text(n, "phone", at));
                    if (!DutyContact.isPhone(c.phone())) {
                        throw new IllegalArgumentException(
                                at + ".phone: not a mobile or landline number: " + c.phone());
                    }
                    contacts.add(c);
                });
        each(
                file,
                "colourHistory",
                (n, at) -> {
                    String colour = text(n, "colour", at);
                    colours.add(
                            new RiskColourChange(
                                    text(n, "enterpriseId", at),
                                    RiskColour.parse(colour)
                                            .orElseThrow(
                                                    () ->
                                                            new IllegalArgumentException(
                                                                    at
                                                                            + ".colour: not red, orange, yellow or blue: "
                                                                            + colour)),
                                    day(n, "sinceDays", today, at),
                                    text(n, "reason", at)));
                });
        each(
                file,
                "blacklist",
                (n, at) -> {
                    boolean removed = n.getValue("removedOnDays") != null;
                    blacklist.add(
                            new BlacklistEntry(
                                    text(n, "enterpriseId", at),
                                    text(n, "reason", at),
                                    day(n, "listedOnDays", today, at),
                                    removed ? day(n, "removedOnDays", today, at) : null,
                                    removed ? text(n, "removalReason", at) : null));
                });
        return new Parsed(licences, contacts, colours, blacklist);
    }

    private interface Entry {
        void read(JsonObject node, String at);
    }

    private static void each(JsonObject file, String list, Entry entry) {
        Object value = file.getValue(list);
        JsonArray items = value instanceof JsonArray a ? a : new JsonArray();
        if (value != null && !(value instanceof JsonArray)) {
            throw new IllegalArgumentException("registry.json " + list + ": must be a list");
        }
        for (int i = 0; i < items.size(); i++) {
            String at = "registry.json " + list + "[" + i + "]";
            try {
                if (!(items.getValue(i) instanceof JsonObject item))
                    throw new IllegalArgumentException("not an object");
                entry.read(item, at);
            } catch (IllegalArgumentException e) {
                throw e.getMessage() != null && e.getMessage().startsWith(at)
                        ? e
                        : new IllegalArgumentException(at + ": " + e.getMessage(), e);
            }
        }
    }

    private static String text(JsonObject n, String field, String at) {
        Object v = n.getValue(field);
        String s = v instanceof String || v instanceof Number ? v.toString().strip() : "";
        if (s.isEmpty())
            throw new IllegalArgumentException(at + "." + field + ": required, non-empty text");
        return s;
    }

    private static LocalDate day(JsonObject n, String field, LocalDate today, String at) {
        Object v = n.getValue(field);
        if (!(v instanceof Integer || v instanceof Long)) {
            throw new IllegalArgumentException(
                    at + "." + field + ": required whole number of days from today");
        }
        return today.plusDays(((Number) v).longValue());
    }
}
