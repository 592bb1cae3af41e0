package org.parkwatch.backend.notify;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.parkwatch.backend.notify.duty.DutyDaySource;
import org.parkwatch.backend.notify.duty.DutyReportBuilder;
import org.parkwatch.backend.notify.duty.DutyRepository;
import org.parkwatch.backend.notify.duty.DutyRoutes;
import org.parkwatch.backend.platform.Capability;
import org.parkwatch.backend.platform.db.Database;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.push.PushOwners;
import org.parkwatch.backend.push.PushPublisher;
import org.parkwatch.backend.tracker.DailySafetyFigures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notification and daily emergency duty (issue 14, scopes 5 and 9): the on-duty roster, the
 * channels (SMTP, DingTalk and WeCom robots, SMS gateway), delivery, acknowledgement and escalation
 * ({@link NotifyService}, the {@link Notifications} port), the duty log and the daily duty report.
 * At start the roster is the one last edited through the API, else the roster file (the demo park's
 * by default); pending escalations and queued retries resume. Message state changes are pushed as
 * {@code notify.message} to the park roles (messages carry the duty staff's addresses).
 */
public final class NotifyCapability implements Capability {
    /** The demo park's roster on the classpath (gis-data). */
    public static final String DEMO_ROSTER = "parkwatch/demo-park/emergency/roster.json";

    private static final Logger LOG = LoggerFactory.getLogger(NotifyCapability.class);

    private final Vertx vertx;
    private final NotifySettings settings;
    private final NotifyRepository repo;
    private final ChannelSenders senders;
    private final NotifyService service;
    private final List<RouteSpec> routes;

    /**
     * @param enterpriseContacts each enterprise's duty contacts from the registry (told too when
     *     the enterprise owns the incident)
     * @param alarmDay the day's alarms and incidents for the daily report
     * @param dailySafety the day's permits, hidden dangers, commitments and responsibility duties
     *     for the daily report's daily-safety section
     */
    public NotifyCapability(
            NotifySettings settings,
            Vertx vertx,
            Database database,
            PushPublisher push,
            Function<String, List<DutyPerson>> enterpriseContacts,
            DutyDaySource alarmDay,
            DailySafetyFigures dailySafety,
            LongSupplier clockMs) {
        this.vertx = vertx;
        this.settings = settings;
        this.repo = new NotifyRepository(database);
        this.senders = new ChannelSenders(vertx, settings, clockMs);
        this.service =
                new NotifyService(
                        vertx,
                        settings,
                        repo,
                        senders,
                        enterpriseContacts,
                        m ->
                                push.publish(
                                        "notify.message",
                                        PushOwners.parkRoles(),
                                        NotifyJson.message(m)),
                        clockMs);
        DutyRepository log = new DutyRepository(database);
        List<RouteSpec> rows =
                new ArrayList<>(
                        new NotifyRoutes(vertx, service, repo, this::warnings, clockMs).routes());
        rows.addAll(
                new DutyRoutes(
                                vertx,
                                log,
                                new DutyReportBuilder(repo, log, alarmDay, dailySafety),
                                () -> service.roster().zone(),
                                clockMs)
                        .routes());
        this.routes = List.copyOf(rows);
    }

    /** The port the emergency core tells people through. */
    public Notifications notifications() {
        return service;
    }

    @Override
    public List<RouteSpec> routes() {
        return routes;
    }

    @Override
    public Future<?> start() {
        return vertx.executeBlocking(this::loadRoster, false)
                .compose(
                        r -> {
                            service.roster(r);
                            warnings().forEach(w -> LOG.warn("notification: {}", w));
                            return service.resume();
                        });
    }

    private Roster loadRoster() throws Exception {
        Optional<String> edited = repo.roster();
        if (edited.isPresent())
            return RosterJson.parse(edited.get(), "roster edited through the API");
        if (!settings.rosterFile().isEmpty()) {
            Path file = Path.of(settings.rosterFile());
            return RosterJson.parse(
                    Files.readString(file, StandardCharsets.UTF_8), file.toString());
        }
        try (InputStream in =
                NotifyCapability.class.getClassLoader().getResourceAsStream(DEMO_ROSTER)) {
            if (in == null)
                throw new IOException("demo roster " + DEMO_ROSTER + " missing from the classpath");
            return RosterJson.parse(
                    new String(in.readAllBytes(), StandardCharsets.UTF_8), DEMO_ROSTER);
        }
    }

    /**
     * What needs a person's attention: stretches without anybody on duty, channels the roster uses
     * that are not configured, notifications nobody acknowledged after everybody was told.
     */
    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        Roster r = service.roster();
        if (r == null) return List.of("no roster loaded");
        r.gaps().forEach(g -> out.add("nobody on duty " + g + " (无人值班)"));
        Set<Channel> used = EnumSet.noneOf(Channel.class);
        r.people().forEach(p -> used.addAll(p.channels()));
        if (used.contains(Channel.EMAIL) && settings.smtp() == null)
            out.add("the roster uses e-mail but notify.smtp.host is not set");
        if (used.contains(Channel.SMS) && settings.sms() == null)
            out.add("the roster uses SMS but notify.sms.url is not set");
        if (used.contains(Channel.DINGTALK) && settings.dingtalk() == null)
            out.add("the roster uses DingTalk but notify.dingtalk.url is not set");
        if (used.contains(Channel.WECOM) && settings.wecom() == null)
            out.add("the roster uses WeCom but notify.wecom.url is not set");
        out.addAll(service.unansweredWarnings());
        return out;
    }

    @Override
    public Future<?> stop() {
        service.stop();
        return senders.close();
    }
}
