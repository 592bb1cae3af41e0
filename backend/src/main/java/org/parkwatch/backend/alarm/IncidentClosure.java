package org.parkwatch.backend.alarm;

/**
 * An operator closing an incident (issue 18): who, when and why. An incident is closed by a person
 * with a reason, not by its alarms clearing or being acknowledged; every closing is kept (an
 * incident can reopen and close again).
 *
 * @param closedMs epoch ms
 * @param closedBy the logged-in user who closed it
 * @param reason why the event is over, as the operator wrote it
 */
public record IncidentClosure(String incidentId, long closedMs, String closedBy, String reason) {}
