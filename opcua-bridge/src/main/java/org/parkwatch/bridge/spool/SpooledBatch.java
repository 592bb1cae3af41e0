package org.parkwatch.bridge.spool;

/** One record of the spool: a batch's sequence number and its encoded uplink payload. */
public record SpooledBatch(long seq, byte[] payload) {}
