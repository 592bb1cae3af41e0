package org.parkwatch.backend.notify;

/** One rendered message handed to a channel: the address, subject and body. */
public record Outgoing(Channel channel, String address, String subject, String body) {}
