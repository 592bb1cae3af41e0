package org.parkwatch.backend.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which bridge owns which tag: a bridge may change only the tags it owns, so a second,
 * misconfigured bridge of an enterprise cannot overwrite the live values of the first. Ownership is
 * recorded per bridge at registration ({@code ./parkwatch uplink add}); a tag nobody owns may be
 * delivered by any bridge of its enterprise (credentials from before ownership was recorded, or an
 * external broker without the credential store). Immutable, pure logic.
 */
public final class TagOwnership {
    /** No ownership recorded: every bridge of the tag's enterprise may deliver it. */
    public static final TagOwnership NONE = new TagOwnership(Map.of());

    private final Map<String, String> ownerByTag;

    private TagOwnership(Map<String, String> ownerByTag) {
        this.ownerByTag = ownerByTag;
    }

    /** One bridge's claim: its id and the tags it owns. */
    public record Claim(String bridgeId, List<String> tags) {}

    /**
     * Ownership from the bridges' claims in order; a tag claimed twice stays with the first
     * claimant.
     */
    public static TagOwnership of(List<Claim> claims) {
        Map<String, String> owners = new HashMap<>();
        for (Claim c : claims) {
            for (String tag : c.tags()) owners.putIfAbsent(tag, c.bridgeId());
        }
        return owners.isEmpty() ? NONE : new TagOwnership(Map.copyOf(owners));
    }

    /** The bridge that owns {@code tagId}; null when no bridge owns it. */
    public String ownerOf(String tagId) {
        return ownerByTag.get(tagId);
    }

    /** May {@code bridgeId} change {@code tagId}? */
    public boolean mayChange(String bridgeId, String tagId) {
        String owner = ownerByTag.get(tagId);
        return owner == null || owner.equals(bridgeId);
    }

    /** The number of owned tags. */
    public int size() {
        return ownerByTag.size();
    }
}
