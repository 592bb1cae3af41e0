package org.parkwatch.backend.notify;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.parkwatch.backend.notify.duty.DutyDaySource;
import org.parkwatch.backend.notify.duty.DutyLogEntry;
import org.parkwatch.backend.notify.duty.DutyReport;
import org.parkwatch.backend.tracker.TrackerJson;

/** The JSON edge of messages, the duty log and the daily report (routes and push). */
public final class NotifyJson {
    private NotifyJson() {}

    public static JsonObject message(NotifyMessage m) {
        return new JsonObject()
                .put("id", m.id())
                .put("notificationId", m.notificationId())
                .put("incidentId", m.incidentId())
                .put("personId", m.personId())
                .put("personName", m.personName())
                .put("channel", m.channel().id())
                .put("address", m.address())
                .put("lang", m.lang())
                .put("subject", m.subject())
                .put("step", m.step())
                .put("state", m.state().name().toLowerCase())
                .put("reason", m.reason())
                .put("attempts", m.attempts())
                .put("createdMs", m.createdMs())
                .put("updatedMs", m.updatedMs())
                .put("ackMs", m.ackMs() == 0 ? null : m.ackMs())
                .put("ackBy", m.ackBy());
    }

    public static JsonArray messages(List<NotifyMessage> ms) {
        JsonArray a = new JsonArray();
        ms.forEach(m -> a.add(message(m)));
        return a;
    }

    public static JsonObject logEntry(DutyLogEntry e) {
        return new JsonObject()
                .put("id", e.id())
                .put("timeMs", e.timeMs())
                .put("author", e.author())
                .put("text", e.text())
                .put("incidentId", e.incidentId());
    }

    public static JsonObject report(DutyReport r) {
        JsonArray incidents = new JsonArray();
        for (DutyDaySource.IncidentLine i : r.incidents()) {
            incidents.add(
                    new JsonObject()
                            .put("id", i.id())
                            .put("kind", i.kind())
                            .put("severity", i.severity())
                            .put("openedMs", i.openedMs())
                            .put("enterprises", i.enterprises())
                            .put("open", i.open()));
        }
        JsonArray log = new JsonArray();
        r.log().forEach(e -> log.add(logEntry(e)));
        return new JsonObject()
                .put("day", r.day().toString())
                .put("zone", r.zone())
                .put("alarmsRaised", r.alarmsRaised())
                .put("incidents", incidents)
                .put("drills", new JsonArray(r.drills()))
                .put("notifications", r.notifications())
                .put("messages", r.messages())
                .put("messagesFailed", r.messagesFailed())
                .put("notificationsAcknowledged", r.notificationsAcknowledged())
                .put("escalations", r.escalations())
                .put("log", log)
                .put("dailySafety", TrackerJson.dailySafety(r.dailySafety()));
    }
}
