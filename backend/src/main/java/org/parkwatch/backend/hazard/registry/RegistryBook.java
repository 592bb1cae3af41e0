package org.parkwatch.backend.hazard.registry;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The registry (一企一档): enterprises, installations, licences, duty contacts, risk colour history and
 * blacklist entries. Seeded from park.json (name, credit code, address, activity) and the tanks
 * layer ({@code RegistrySeedReader}); CSV imports replace enterprises and installations by id, all
 * or nothing ({@link #importEnterprises} and {@link #importInstallations} change nothing when a row
 * is bad). With a {@link RegistryRepository} ({@link #attach}) every change is written to the
 * database first (an import in one transaction) and the stored records overlay the seed on start,
 * so a restart keeps them; without one ({@code db.enabled=false}) the book lives in memory only.
 * Mutators may block on JDBC: call them on a worker thread. Thread-safe (every method synchronized;
 * each call is short).
 */
public final class RegistryBook {
    private final Map<String, Enterprise> enterprises = new LinkedHashMap<>();
    private final Map<String, Installation> installations = new LinkedHashMap<>();
    private final Map<String, Licence> licences = new LinkedHashMap<>();
    private final Map<String, DutyContact> contacts = new LinkedHashMap<>();
    private final Map<String, RiskColourChange> colours = new LinkedHashMap<>();
    private final Map<String, BlacklistEntry> blacklist = new LinkedHashMap<>();
    private RegistryRepository repository;

    /**
     * @param enterprises the seed's enterprises (park.json), in order
     * @param installations the seed's installations (the tanks layer), in order
     */
    public RegistryBook(List<Enterprise> enterprises, List<Installation> installations) {
        enterprises.forEach(e -> this.enterprises.put(e.id(), e));
        installations.forEach(i -> this.installations.put(i.id(), i));
    }

    /**
     * Switches to persistence: loads what the database holds over the seed, then writes every
     * change. Blocks.
     */
    public synchronized void attach(RegistryRepository repo) throws SQLException {
        RegistryRepository.Snapshot s = repo.load();
        s.enterprises().forEach(e -> enterprises.put(e.id(), e));
        s.installations().forEach(i -> installations.put(i.id(), i));
        licences.putAll(s.licences());
        contacts.putAll(s.contacts());
        colours.putAll(s.colours());
        blacklist.putAll(s.blacklist());
        this.repository = repo;
    }

    public synchronized List<Enterprise> enterprises() {
        return List.copyOf(enterprises.values());
    }

    public synchronized Optional<Enterprise> enterprise(String id) {
        return Optional.ofNullable(enterprises.get(id));
    }

    public synchronized List<Installation> installations() {
        return List.copyOf(installations.values());
    }

    public synchronized List<Installation> installationsOf(String enterpriseId) {
        List<Installation> out = new ArrayList<>();
        for (Installation i : installations.values())
            if (i.enterpriseId().equals(enterpriseId)) out.add(i);
        return out;
    }

    /** Licences of an enterprise by entry id, soonest expiry first. */
    public synchronized Map<String, Licence> licencesOf(String enterpriseId) {
        Map<String, Licence> out = new LinkedHashMap<>();
        licences.entrySet().stream()
                .filter(e -> e.getValue().enterpriseId().equals(enterpriseId))
                .sorted(Map.Entry.comparingByValue(Comparator.comparing(Licence::validUntil)))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    public synchronized Map<String, DutyContact> contactsOf(String enterpriseId) {
        return of(contacts, enterpriseId, c -> c.enterpriseId());
    }

    /** Duty contacts of an enterprise as a list (for the alarm linkage). */
    public List<DutyContact> contactList(String enterpriseId) {
        return List.copyOf(contactsOf(enterpriseId).values());
    }

    /** Colour history of an enterprise, oldest first. */
    public synchronized Map<String, RiskColourChange> coloursOf(String enterpriseId) {
        Map<String, RiskColourChange> out = new LinkedHashMap<>();
        colours.entrySet().stream()
                .filter(e -> e.getValue().enterpriseId().equals(enterpriseId))
                .sorted(Map.Entry.comparingByValue(Comparator.comparing(RiskColourChange::since)))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /**
     * The colour the regulator assigned for {@code day}: the latest change on or before it, if any.
     */
    public synchronized Optional<RiskColour> colourOn(String enterpriseId, LocalDate day) {
        RiskColour current = null;
        for (RiskColourChange c : coloursOf(enterpriseId).values())
            if (!c.since().isAfter(day)) current = c.colour();
        return Optional.ofNullable(current);
    }

    public synchronized Map<String, BlacklistEntry> blacklistOf(String enterpriseId) {
        return of(blacklist, enterpriseId, b -> b.enterpriseId());
    }

    /** Every blacklist entry (listed and removed) by entry id, in listing order. */
    public synchronized Map<String, BlacklistEntry> blacklist() {
        return new LinkedHashMap<>(blacklist);
    }

    /**
     * Parses the CSV and, only when every row is valid, adds or replaces the enterprises by id.
     * Blocks.
     */
    public synchronized ImportResult<Enterprise> importEnterprises(List<String> lines)
            throws SQLException {
        ImportResult<Enterprise> r = RegistryCsvImport.enterprises(lines);
        if (!r.ok()) return r;
        if (repository != null) repository.saveEnterprises(r.rows());
        r.rows().forEach(e -> enterprises.put(e.id(), e));
        return r;
    }

    /**
     * Parses the CSV and, only when every row is valid, adds or replaces the installations by id.
     * Blocks.
     */
    public synchronized ImportResult<Installation> importInstallations(List<String> lines)
            throws SQLException {
        ImportResult<Installation> r = RegistryCsvImport.installations(lines);
        if (!r.ok()) return r;
        if (repository != null) repository.saveInstallations(r.rows());
        r.rows().forEach(i -> installations.put(i.id(), i));
        return r;
    }

    /**
     * @return the new entry's id; @throws NoSuchElementException when the enterprise is unknown
     */
    public synchronized String addLicence(Licence l) throws SQLException {
        return add(
                l.enterpriseId(),
                l,
                licences,
                repository == null ? null : repository::insertLicence);
    }

    public synchronized String addContact(DutyContact c) throws SQLException {
        return add(
                c.enterpriseId(),
                c,
                contacts,
                repository == null ? null : repository::insertContact);
    }

    public synchronized String addColour(RiskColourChange c) throws SQLException {
        return add(
                c.enterpriseId(), c, colours, repository == null ? null : repository::insertColour);
    }

    public synchronized String addBlacklist(BlacklistEntry b) throws SQLException {
        return add(
                b.enterpriseId(),
                b,
                blacklist,
                repository == null ? null : repository::insertBlacklist);
    }

    /**
     * @throws NoSuchElementException when the enterprise has no licence {@code entryId}
     */
    public synchronized void replaceLicence(String entryId, Licence l) throws SQLException {
        requireEntry(licences, entryId, l.enterpriseId(), "licence");
        if (repository != null) repository.updateLicence(entryId, l);
        licences.put(entryId, l);
    }

    /**
     * @throws NoSuchElementException when the enterprise has no licence {@code entryId}
     */
    public synchronized Licence deleteLicence(String enterpriseId, String entryId)
            throws SQLException {
        Licence l = requireEntry(licences, entryId, enterpriseId, "licence");
        if (repository != null) repository.deleteLicence(entryId);
        licences.remove(entryId);
        return l;
    }

    /**
     * @throws NoSuchElementException when the enterprise has no contact {@code entryId}
     */
    public synchronized void replaceContact(String entryId, DutyContact c) throws SQLException {
        requireEntry(contacts, entryId, c.enterpriseId(), "contact");
        if (repository != null) repository.updateContact(entryId, c);
        contacts.put(entryId, c);
    }

    /**
     * @throws NoSuchElementException when the enterprise has no contact {@code entryId}
     */
    public synchronized DutyContact deleteContact(String enterpriseId, String entryId)
            throws SQLException {
        DutyContact c = requireEntry(contacts, entryId, enterpriseId, "contact");
        if (repository != null) repository.deleteContact(entryId);
        contacts.remove(entryId);
        return c;
    }

    /**
     * True when no licence, contact, colour change or blacklist entry is held (a park never filled
     * in).
     */
    public synchronized boolean hasNoRecords() {
        return licences.isEmpty() && contacts.isEmpty() && colours.isEmpty() && blacklist.isEmpty();
    }

    private static <T> T requireEntry(
            Map<String, T> memory, String entryId, String enterpriseId, String what) {
        T entry = memory.get(entryId);
        if (entry == null || !ownerOf(entry).equals(enterpriseId)) {
            throw new NoSuchElementException(
                    "no " + what + " '" + entryId + "' of enterprise " + enterpriseId);
        }
        return entry;
    }

    private static String ownerOf(Object entry) {
        if (entry instanceof Licence l) return l.enterpriseId();
        if (entry instanceof DutyContact c) return c.enterpriseId();
        throw new IllegalArgumentException("not a licence or contact: " + entry);
    }

    /** Stores a new entry: in the database first (when there is one), then in memory. */
    private <T> String add(String enterpriseId, T entry, Map<String, T> memory, Insert<T> insert)
            throws SQLException {
        String id = newId(enterpriseId);
        if (insert != null) insert.insert(id, entry);
        memory.put(id, entry);
        return id;
    }

    @FunctionalInterface
    private interface Insert<T> {
        void insert(String id, T entry) throws SQLException;
    }

    /**
     * Removes an enterprise from the blacklist: the entry stays with its removal date.
     *
     * @throws NoSuchElementException no such entry of that enterprise
     * @throws IllegalArgumentException already removed, or {@code removedOn} before the listing
     */
    public synchronized BlacklistEntry removeBlacklist(
            String enterpriseId, String entryId, LocalDate removedOn, String reason)
            throws SQLException {
        BlacklistEntry b = blacklist.get(entryId);
        if (b == null || !b.enterpriseId().equals(enterpriseId)) {
            throw new NoSuchElementException(
                    "no blacklist entry '" + entryId + "' of enterprise " + enterpriseId);
        }
        if (b.removedOn() != null) {
            throw new IllegalArgumentException(
                    "entryId: blacklist entry "
                            + entryId
                            + " was already removed on "
                            + b.removedOn());
        }
        if (removedOn.isBefore(b.listedOn())) {
            throw new IllegalArgumentException(
                    "removedOn: " + removedOn + " is before listedOn " + b.listedOn());
        }
        BlacklistEntry removed =
                new BlacklistEntry(enterpriseId, b.reason(), b.listedOn(), removedOn, reason);
        if (repository != null) repository.removeBlacklist(entryId, removed);
        blacklist.put(entryId, removed);
        return removed;
    }

    private String newId(String enterpriseId) {
        if (!enterprises.containsKey(enterpriseId)) {
            throw new NoSuchElementException(
                    "no enterprise '" + enterpriseId + "' in the registry");
        }
        return UUID.randomUUID().toString();
    }

    private static <T> Map<String, T> of(
            Map<String, T> all, String enterpriseId, Function<T, String> owner) {
        Map<String, T> out = new LinkedHashMap<>();
        all.forEach(
                (k, v) -> {
                    if (owner.apply(v).equals(enterpriseId)) out.put(k, v);
                });
        return out;
    }
}
