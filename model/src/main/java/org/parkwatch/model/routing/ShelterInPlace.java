package org.parkwatch.model.routing;

/**
 * A finding: people of a target in an evacuation zone who get no route and must shelter in place
 * (就地避险), with why.
 *
 * @param people how many of the target's people this concerns
 * @param reason the kind of reason
 * @param detailEn the reason in words, naming what was missing
 */
public record ShelterInPlace(String targetId, int people, Reason reason, String detailEn) {
    /** Why a target has no route. */
    public enum Reason {
        /** The target is farther from every usable road than allowed. */
        OFF_NETWORK,
        /** No shelter lies outside all zones on the network. */
        NO_SHELTER_OUTSIDE_ZONES,
        /** Every way to every shelter outside the zones crosses a zone after leaving it. */
        NO_SAFE_ROUTE,
        /** The reachable shelters are full. */
        SHELTERS_FULL
    }
}
