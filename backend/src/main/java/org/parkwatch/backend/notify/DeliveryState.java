package org.parkwatch.backend.notify;

/**
 * A message's life: queued (waiting for its first or next attempt), sent (the channel accepted it),
 * failed (every attempt failed; the reason is kept), acknowledged (the person confirmed).
 */
public enum DeliveryState {
    QUEUED,
    SENT,
    FAILED,
    ACKNOWLEDGED
}
