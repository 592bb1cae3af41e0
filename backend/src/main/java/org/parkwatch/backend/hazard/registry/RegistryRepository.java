package org.parkwatch.backend.hazard.registry;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.parkwatch.backend.platform.db.Database;

/**
 * The registry tables of migration V7 (一企一档) — the only SQL of the registry. Every call blocks:
 * call it off the event loop. Child records (licences, contacts, colour changes, blacklist entries)
 * are keyed by an id the application assigns.
 */
public final class RegistryRepository {
    /** Argument of {@link #update} standing for an SQL NULL of type DATE. */
    private static final Object NULL_DATE = new Object();

    private final Database db;

    public RegistryRepository(Database db) {
        this.db = db;
    }

    /** Everything stored, in insertion order of each kind (child maps keyed by entry id). */
    public record Snapshot(
            List<Enterprise> enterprises,
            List<Installation> installations,
            Map<String, Licence> licences,
            Map<String, DutyContact> contacts,
            Map<String, RiskColourChange> colours,
            Map<String, BlacklistEntry> blacklist) {}

    public Snapshot load() throws SQLException {
        return db.withConnection(
                c ->
                        new Snapshot(
                                query(
                                                c,
                                                "SELECT id, name_zh, name_en, credit_code, address, activities FROM registry_enterprise "
                                                        + "ORDER BY id",
                                                rs ->
                                                        new Enterprise(
                                                                rs.getString(1),
                                                                rs.getString(2),
                                                                rs.getString(3),
                                                                rs.getString(4),
                                                                rs.getString(5),
                                                                activities(rs.getString(6))))
                                        .values()
                                        .stream()
                                        .toList(),
                                query(
                                                c,
                                                "SELECT id, enterprise_id, unit_id, kind, chemical_cas, capacity_m3, design_pressure_kpa, "
                                                        + "design_temperature_c, has_sis FROM registry_installation ORDER BY id",
                                                rs ->
                                                        new Installation(
                                                                rs.getString(1),
                                                                rs.getString(2),
                                                                rs.getString(3),
                                                                rs.getString(4),
                                                                rs.getString(5),
                                                                rs.getDouble(6),
                                                                nullableDouble(rs, 7),
                                                                nullableDouble(rs, 8),
                                                                rs.getBoolean(9)))
                                        .values()
                                        .stream()
                                        .toList(),
                                query(
                                        c,
                                        "SELECT id, enterprise_id, kind, number, valid_from, valid_until FROM registry_licence "
                                                + "ORDER BY valid_until, id",
                                        rs ->
                                                new Licence(
                                                        rs.getString(2),
                                                        rs.getString(3),
                                                        rs.getString(4),
                                                        rs.getDate(5).toLocalDate(),
                                                        rs.getDate(6).toLocalDate())),
                                query(
                                        c,
                                        "SELECT id, enterprise_id, name, role, phone FROM registry_contact ORDER BY id",
                                        rs ->
                                                new DutyContact(
                                                        rs.getString(2),
                                                        rs.getString(3),
                                                        rs.getString(4),
                                                        rs.getString(5))),
                                query(
                                        c,
                                        "SELECT id, enterprise_id, colour, since, reason FROM registry_risk_colour ORDER BY since, id",
                                        rs ->
                                                new RiskColourChange(
                                                        rs.getString(2),
                                                        RiskColour.valueOf(rs.getString(3)),
                                                        rs.getDate(4).toLocalDate(),
                                                        rs.getString(5))),
                                query(
                                        c,
                                        "SELECT id, enterprise_id, reason, listed_on, removed_on, removal_reason "
                                                + "FROM registry_blacklist ORDER BY listed_on, id",
                                        rs ->
                                                new BlacklistEntry(
                                                        rs.getString(2),
                                                        rs.getString(3),
                                                        rs.getDate(4).toLocalDate(),
                                                        rs.getDate(5) == null
                                                                ? null
                                                                : rs.getDate(5).toLocalDate(),
                                                        rs.getString(6)))));
    }

    /** Adds or replaces the enterprises by id, all in one transaction. */
    public void saveEnterprises(List<Enterprise> rows) throws SQLException {
        db.inTransaction(
                c -> {
                    try (PreparedStatement del =
                                    c.prepareStatement(
                                            "DELETE FROM registry_enterprise WHERE id = ?");
                            PreparedStatement ins =
                                    c.prepareStatement(
                                            "INSERT INTO registry_enterprise (id, name_zh, name_en, "
                                                    + "credit_code, address, activities) VALUES (?,?,?,?,?,?)")) {
                        for (Enterprise e : rows) {
                            del.setString(1, e.id());
                            del.addBatch();
                            ins.setString(1, e.id());
                            ins.setString(2, e.nameZh());
                            ins.setString(3, e.nameEn() == null ? "" : e.nameEn());
                            ins.setString(4, e.creditCode());
                            ins.setString(5, e.address());
                            ins.setString(
                                    6,
                                    e.activities().stream()
                                            .sorted()
                                            .map(Enum::name)
                                            .collect(Collectors.joining(";")));
                            ins.addBatch();
                        }
                        del.executeBatch();
                        ins.executeBatch();
                    }
                    return null;
                });
    }

    /** Adds or replaces the installations by id, all in one transaction. */
    public void saveInstallations(List<Installation> rows) throws SQLException {
        db.inTransaction(
                c -> {
                    try (PreparedStatement del =
                                    c.prepareStatement(
                                            "DELETE FROM registry_installation WHERE id = ?");
                            PreparedStatement ins =
                                    c.prepareStatement(
                                            "INSERT INTO registry_installation (id, enterprise_id, "
                                                    + "unit_id, kind, chemical_cas, capacity_m3, design_pressure_kpa, design_temperature_c, "
                                                    + "has_sis) VALUES (?,?,?,?,?,?,?,?,?)")) {
                        for (Installation i : rows) {
                            del.setString(1, i.id());
                            del.addBatch();
                            ins.setString(1, i.id());
                            ins.setString(2, i.enterpriseId());
                            ins.setString(3, i.unitId());
                            ins.setString(4, i.kind());
                            ins.setString(5, i.chemicalCas());
                            ins.setDouble(6, i.capacityM3());
                            setDouble(ins, 7, i.designPressureKPa());
                            setDouble(ins, 8, i.designTemperatureC());
                            ins.setBoolean(9, i.hasSis());
                            ins.addBatch();
                        }
                        del.executeBatch();
                        ins.executeBatch();
                    }
                    return null;
                });
    }

    public void insertLicence(String id, Licence l) throws SQLException {
        update(
                "INSERT INTO registry_licence (id, enterprise_id, kind, number, valid_from, valid_until) "
                        + "VALUES (?,?,?,?,?,?)",
                id,
                l.enterpriseId(),
                l.kind(),
                l.number(),
                Date.valueOf(l.validFrom()),
                Date.valueOf(l.validUntil()));
    }

    public void insertContact(String id, DutyContact d) throws SQLException {
        update(
                "INSERT INTO registry_contact (id, enterprise_id, name, role, phone) VALUES (?,?,?,?,?)",
                id,
                d.enterpriseId(),
                d.name(),
                d.role(),
                d.phone());
    }

    public void updateLicence(String id, Licence l) throws SQLException {
        update(
                "UPDATE registry_licence SET kind = ?, number = ?, valid_from = ?, valid_until = ? WHERE id = ?",
                l.kind(),
                l.number(),
                Date.valueOf(l.validFrom()),
                Date.valueOf(l.validUntil()),
                id);
    }

    public void deleteLicence(String id) throws SQLException {
        update("DELETE FROM registry_licence WHERE id = ?", id);
    }

    public void updateContact(String id, DutyContact d) throws SQLException {
        update(
                "UPDATE registry_contact SET name = ?, role = ?, phone = ? WHERE id = ?",
                d.name(),
                d.role(),
                d.phone(),
                id);
    }

    public void deleteContact(String id) throws SQLException {
        update("DELETE FROM registry_contact WHERE id = ?", id);
    }

    public void insertColour(String id, RiskColourChange r) throws SQLException {
        update(
                "INSERT INTO registry_risk_colour (id, enterprise_id, colour, since, reason) VALUES (?,?,?,?,?)",
                id,
                r.enterpriseId(),
                r.colour().name(),
                Date.valueOf(r.since()),
                r.reason());
    }

    public void insertBlacklist(String id, BlacklistEntry b) throws SQLException {
        update(
                "INSERT INTO registry_blacklist (id, enterprise_id, reason, listed_on, removed_on, removal_reason) "
                        + "VALUES (?,?,?,?,?,?)",
                id,
                b.enterpriseId(),
                b.reason(),
                Date.valueOf(b.listedOn()),
                b.removedOn() == null ? NULL_DATE : Date.valueOf(b.removedOn()),
                b.removalReason());
    }

    /** Records the removal of a blacklist entry (the entry stays, with its removal date). */
    public void removeBlacklist(String id, BlacklistEntry removed) throws SQLException {
        update(
                "UPDATE registry_blacklist SET removed_on = ?, removal_reason = ? WHERE id = ?",
                Date.valueOf(removed.removedOn()),
                removed.removalReason(),
                id);
    }

    private void update(String sql, Object... args) throws SQLException {
        db.withConnection(
                c -> {
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        for (int i = 0; i < args.length; i++) {
                            if (args[i] instanceof Date d) ps.setDate(i + 1, d);
                            else if (args[i] == NULL_DATE) ps.setNull(i + 1, Types.DATE);
                            else ps.setString(i + 1, (String) args[i]);
                        }
                        return ps.executeUpdate();
                    }
                });
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Rows keyed by the first column. */
    private static <T> Map<String, T> query(Connection c, String sql, Row<T> row)
            throws SQLException {
        Map<String, T> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.put(rs.getString(1), row.read(rs));
        }
        return out;
    }

    private static Set<Activity> activities(String s) {
        Set<Activity> out = EnumSet.noneOf(Activity.class);
        for (String a : s.split(";")) if (!a.isBlank()) out.add(Activity.valueOf(a));
        return out;
    }

    private static double nullableDouble(ResultSet rs, int col) throws SQLException {
        double v = rs.getDouble(col);
        return rs.wasNull() ? Double.NaN : v;
    }

    private static void setDouble(PreparedStatement ps, int i, double v) throws SQLException {
        if (Double.isFinite(v)) ps.setDouble(i, v);
        else ps.setNull(i, Types.DOUBLE);
    }
}
