package org.parkwatch.backend.notify;

import io.vertx.core.Future;

/**
 * Delivers one message on one channel. The future succeeds when the far end accepted it (SMTP
 * accepted the mail, the robot answered errcode 0, the gateway answered 2xx) and fails with a
 * message a person can act on otherwise.
 */
@FunctionalInterface
public interface ChannelSender {
    Future<Void> send(Outgoing message);
}
