package org.parkwatch.backend.live;

import org.parkwatch.model.park.TagDefinition;

/**
 * The latest value of one tag. Written only by {@link LiveState} on the backend's ingest context;
 * read on the same context (HTTP handlers and the push hub run there too), so it needs no locks.
 */
public final class TagState {
    private final TagDefinition definition;
    private final int index;
    Object value;
    long sourceMs;
    long receivedMs;
    long status;
    // the last late sample applied (source time before the live value's): a source whose readings
    // another source of the tag has moved past re-sends its unchanged value with its integrity
    // refresh, and that late repeat is not new data (issue 19)
    Object lateValue;
    long lateSourceMs = Long.MIN_VALUE;
    long lateStatus;
    // the reading the live value replaced (issue 19): a bridge that reports its tags
    // Bad_NoCommunication (it cannot reach its OPC UA server, e.g. right after its own restart)
    // and then reads them again gets the unchanged readings with their old source times — late
    // behind its own marker, and already stored once
    Object prevValue;
    long prevSourceMs = Long.MIN_VALUE;
    long prevStatus;
    long changeSeq;
    boolean stale = true;

    TagState(TagDefinition definition, int index) {
        this.definition = definition;
        this.index = index;
    }

    public TagDefinition definition() {
        return definition;
    }

    public int index() {
        return index;
    }

    /** A Double, Boolean, String, or null when no value has arrived or the server sent none. */
    public Object value() {
        return value;
    }

    /** OPC UA source timestamp of the value, epoch milliseconds; 0 when no value has arrived. */
    public long sourceMs() {
        return sourceMs;
    }

    /** When the backend applied the value, epoch milliseconds; 0 when no value has arrived. */
    public long receivedMs() {
        return receivedMs;
    }

    /** OPC UA StatusCode, unsigned 32-bit. */
    public long status() {
        return status;
    }

    /** Bad until a first value arrives. */
    public Quality quality() {
        return receivedMs == 0 ? Quality.BAD : Quality.of(status);
    }

    /** True when no update arrived within staleFactor × samplingMs (and before the first value). */
    public boolean stale() {
        return stale;
    }

    public boolean hasValue() {
        return receivedMs != 0;
    }

    /** Park-wide change sequence of the last update of this tag (value, status or stale flag). */
    public long changeSeq() {
        return changeSeq;
    }
}
