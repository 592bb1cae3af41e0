package org.parkwatch.backend.push;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.parkwatch.backend.security.TenantScope;

/**
 * Who owns a push message, and so which WebSocket clients receive it: the enterprises whose data it
 * carries (their users and the park roles), the park roles only, or every logged-in client
 * (park-level facts such as the weather). Every message names its owners when it is published
 * ({@link PushPublisher}); the socket filters on this record and never on the payload's shape, so a
 * new message type cannot leak by being unknown to a filter.
 *
 * @param audience the kind of audience
 * @param enterpriseIds the owning enterprises (empty unless {@code audience} is {@link
 *     Audience#ENTERPRISES})
 */
public record PushOwners(Audience audience, Set<String> enterpriseIds) {
    /** The three audiences a message can have. */
    public enum Audience {
        /** Park roles and the users of the named enterprises. */
        ENTERPRISES,
        /** Park roles only (operators, regulators, administrators): e.g. the park QRA. */
        PARK_ROLES,
        /** Every logged-in client: park-level facts that belong to no enterprise. */
        EVERYONE
    }

    public PushOwners {
        Objects.requireNonNull(audience, "audience");
        enterpriseIds = Set.copyOf(enterpriseIds == null ? Set.of() : enterpriseIds);
        if (audience == Audience.ENTERPRISES && enterpriseIds.isEmpty()) {
            throw new IllegalArgumentException(
                    "a message owned by enterprises must name at least one enterprise");
        }
        if (audience != Audience.ENTERPRISES && !enterpriseIds.isEmpty()) {
            throw new IllegalArgumentException(audience + " messages name no enterprises");
        }
    }

    /** Owned by these enterprises (at least one; nulls and blanks are not allowed). */
    public static PushOwners enterprises(Collection<String> ids) {
        Set<String> set = new TreeSet<>();
        for (String id : ids) {
            if (id == null || id.isBlank())
                throw new IllegalArgumentException("owner enterprise id is empty");
            set.add(id);
        }
        return new PushOwners(Audience.ENTERPRISES, set);
    }

    /** Owned by one enterprise. */
    public static PushOwners enterprise(String id) {
        return enterprises(Set.of(id));
    }

    /**
     * Owned by the enterprise an item is tagged with, or for everyone when the tag names the park
     * or nothing (the park's weather station): {@link TenantScope#ownerOfEnterprise}'s rule.
     */
    public static PushOwners ofTagged(String enterpriseId) {
        String owner = TenantScope.ownerOfEnterprise(enterpriseId);
        return owner == null ? everyone() : enterprise(owner);
    }

    /**
     * Owned by every named enterprise, or for everyone when none of them is an enterprise (see
     * {@link #ofTagged}).
     */
    public static PushOwners ofTagged(Collection<String> enterpriseIds) {
        Set<String> owners = new TreeSet<>();
        for (String id : enterpriseIds) {
            String owner = TenantScope.ownerOfEnterprise(id);
            if (owner != null) owners.add(owner);
        }
        return owners.isEmpty() ? everyone() : new PushOwners(Audience.ENTERPRISES, owners);
    }

    /** For the park roles only. */
    public static PushOwners parkRoles() {
        return new PushOwners(Audience.PARK_ROLES, Set.of());
    }

    /** Park-level facts every logged-in client may see. */
    public static PushOwners everyone() {
        return new PushOwners(Audience.EVERYONE, Set.of());
    }
}
