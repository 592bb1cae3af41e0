package org.parkwatch.backend.notify;

/** The id of one notification (one request, told to every recipient and escalated as one). */
public record NotificationId(String value) {}
