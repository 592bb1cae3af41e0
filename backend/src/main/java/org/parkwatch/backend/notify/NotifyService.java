package org.parkwatch.backend.notify;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells people and follows up: picks the recipients from the roster in force at the moment of the
 * request (the first person on duty, plus every owning enterprise's duty contact), stores every
 * message before sending it, retries failed sends with doubling back-off, and when nobody has
 * acknowledged within {@link NotifySettings#ackMs} tells the next person in the roster's escalation
 * order. Pending escalations and queued retries are in the database, so {@link #resume()} picks
 * them up after a restart. Database work runs on worker threads; timers and callbacks on the
 * caller's context.
 */
public final class NotifyService implements Notifications {
    private static final Logger LOG = LoggerFactory.getLogger(NotifyService.class);

    private final Vertx vertx;
    private final NotifySettings settings;
    private final NotifyRepository repo;
    private final ChannelSender sender;
    private final Function<String, List<DutyPerson>> enterpriseContacts;
    private final Consumer<NotifyMessage> changed;
    private final LongSupplier clockMs;
    private final AtomicReference<Roster> roster = new AtomicReference<>();
    private final List<Long> timers = new ArrayList<>();
    private final java.util.Map<String, String> unanswered =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param enterpriseContacts each enterprise's duty contacts (registry, 一企一档)
     * @param changed told of every message whose state changed (push)
     */
    public NotifyService(
            Vertx vertx,
            NotifySettings settings,
            NotifyRepository repo,
            ChannelSender sender,
            Function<String, List<DutyPerson>> enterpriseContacts,
            Consumer<NotifyMessage> changed,
            LongSupplier clockMs) {
        this.vertx = vertx;
        this.settings = settings;
        this.repo = repo;
        this.sender = sender;
        this.enterpriseContacts = enterpriseContacts;
        this.changed = changed;
        this.clockMs = clockMs;
    }

    /** The roster in force. */
    public Roster roster() {
        return roster.get();
    }

    /** Puts a validated roster in force (the caller stored it). */
    public void roster(Roster r) {
        roster.set(r);
    }

    @Override
    public Future<NotificationId> send(NotificationRequest request) {
        long now = clockMs.getAsLong();
        Roster r = roster.get();
        List<DutyPerson> onDuty = r == null ? List.of() : r.onDuty(Instant.ofEpochMilli(now));
        List<DutyPerson> first = new ArrayList<>();
        if (!onDuty.isEmpty()) first.add(onDuty.get(0));
        for (String e : request.enterpriseIds()) first.addAll(enterpriseContacts.apply(e));
        if (first.isEmpty()) {
            return Future.failedFuture(
                    new IllegalArgumentException(
                            "nobody to tell about "
                                    + request.incidentId()
                                    + ": nobody on duty in the roster at this time and no enterprise"
                                    + " duty contact (无人值班)"));
        }
        List<String> rest = onDuty.stream().skip(1).map(DutyPerson::id).toList();
        String id = "N-" + UUID.randomUUID();
        NotificationRow row =
                new NotificationRow(
                        id, request, now, 0, rest, now + settings.ackMs(), false, 0, null);
        List<NotifyRepository.NewMessage> messages = messages(row, first, 0, now);
        return vertx.executeBlocking(
                        () -> {
                            repo.insert(row, messages);
                            return null;
                        },
                        false)
                .map(
                        v -> {
                            messages.forEach(
                                    m -> {
                                        changed.accept(m.message());
                                        deliver(m.message());
                                    });
                            scheduleEscalation(id, settings.ackMs());
                            return new NotificationId(id);
                        });
    }

    private List<NotifyRepository.NewMessage> messages(
            NotificationRow n, List<DutyPerson> people, int step, long now) {
        List<NotifyRepository.NewMessage> out = new ArrayList<>();
        java.time.ZoneId zone =
                roster.get() == null ? java.time.ZoneId.of("Asia/Shanghai") : roster.get().zone();
        for (DutyPerson p : people) {
            for (Channel c : p.channels()) {
                String token = AckTokens.newToken();
                NotificationTemplates.Rendered text =
                        NotificationTemplates.render(
                                n.request(), p.lang(), n.createdMs(), zone, ackUrl(token));
                NotifyMessage m =
                        new NotifyMessage(
                                "M-" + UUID.randomUUID(),
                                n.id(),
                                n.request().incidentId(),
                                p.id(),
                                p.name(),
                                c,
                                p.address(c) == null ? "" : p.address(c),
                                p.lang(),
                                text.subject(),
                                text.body(),
                                step,
                                DeliveryState.QUEUED,
                                null,
                                0,
                                now,
                                now,
                                now,
                                0,
                                null);
                out.add(
                        new NotifyRepository.NewMessage(
                                m, AckTokens.hash(token), now + settings.tokenMs()));
            }
        }
        return out;
    }

    private String ackUrl(String token) {
        return settings.publicUrl() + "/api/notify/ack/" + token;
    }

    /** One delivery attempt; a failure is retried with back-off until the retries are used up. */
    private void deliver(NotifyMessage m) {
        sender.send(new Outgoing(m.channel(), m.address(), m.subject(), m.body()))
                .onComplete(
                        ar -> {
                            int attempts = m.attempts() + 1;
                            long now = clockMs.getAsLong();
                            if (ar.succeeded()) {
                                record(m.id(), DeliveryState.SENT, null, attempts, 0, now);
                            } else if (attempts <= settings.retries()) {
                                long delay = settings.retryBackoffMs() << (attempts - 1);
                                String reason = ar.cause().getMessage();
                                record(
                                                m.id(),
                                                DeliveryState.QUEUED,
                                                reason,
                                                attempts,
                                                now + delay,
                                                now)
                                        .onSuccess(
                                                stored -> {
                                                    if (stored.state() == DeliveryState.QUEUED)
                                                        later(delay, () -> deliver(stored));
                                                });
                            } else {
                                record(
                                        m.id(),
                                        DeliveryState.FAILED,
                                        ar.cause().getMessage(),
                                        attempts,
                                        0,
                                        now);
                            }
                        });
    }

    private Future<NotifyMessage> record(
            String id, DeliveryState state, String reason, int attempts, long nextMs, long now) {
        return vertx.executeBlocking(
                        () -> repo.delivery(id, state, reason, attempts, nextMs, now), false)
                .onSuccess(changed::accept)
                .onFailure(e -> LOG.warn("cannot record delivery of {}: {}", id, e.toString()));
    }

    private void scheduleEscalation(String notificationId, long delayMs) {
        later(delayMs, () -> escalate(notificationId));
    }

    private void later(long delayMs, Runnable task) {
        long[] holder = new long[1];
        holder[0] =
                vertx.setTimer(
                        Math.max(1, delayMs),
                        t -> {
                            synchronized (timers) {
                                timers.remove((Long) holder[0]);
                            }
                            task.run();
                        });
        synchronized (timers) {
            timers.add(holder[0]);
        }
    }

    /**
     * Tells the next person when nobody acknowledged in time; marks the end when nobody is left.
     */
    private void escalate(String notificationId) {
        vertx.executeBlocking(() -> repo.notification(notificationId), false)
                .onSuccess(found -> found.ifPresent(this::escalate))
                .onFailure(
                        e -> LOG.warn("escalation of {} failed: {}", notificationId, e.toString()));
    }

    private void escalate(NotificationRow n) {
        if (n.ackMs() > 0 || n.exhausted()) return;
        long now = clockMs.getAsLong();
        List<String> rest = new ArrayList<>(n.escalation());
        Optional<DutyPerson> next = Optional.empty();
        while (next.isEmpty() && !rest.isEmpty()) {
            String pid = rest.remove(0);
            next = roster.get() == null ? Optional.empty() : roster.get().person(pid);
        }
        if (next.isEmpty()) {
            NotificationRow done =
                    new NotificationRow(
                            n.id(),
                            n.request(),
                            n.createdMs(),
                            n.step(),
                            List.of(),
                            0,
                            true,
                            0,
                            null);
            LOG.warn(
                    "notification {} of {}: everybody on the roster was told, nobody acknowledged",
                    n.id(),
                    n.request().incidentId());
            vertx.executeBlocking(
                            () -> {
                                repo.saveEscalation(done);
                                return null;
                            },
                            false)
                    .onSuccess(v -> unanswered(done));
            return;
        }
        NotificationRow moved =
                new NotificationRow(
                        n.id(),
                        n.request(),
                        n.createdMs(),
                        n.step() + 1,
                        rest,
                        now + settings.ackMs(),
                        false,
                        0,
                        null);
        DutyPerson person = next.get();
        List<NotifyRepository.NewMessage> messages =
                messages(moved, List.of(person), moved.step(), now);
        vertx.executeBlocking(
                        () -> {
                            repo.escalate(moved, messages);
                            return null;
                        },
                        false)
                .onSuccess(
                        v -> {
                            LOG.info(
                                    "notification {} escalated to {} (step {})",
                                    n.id(),
                                    person.id(),
                                    moved.step());
                            messages.forEach(
                                    m -> {
                                        changed.accept(m.message());
                                        deliver(m.message());
                                    });
                            scheduleEscalation(n.id(), settings.ackMs());
                        })
                .onFailure(e -> LOG.warn("escalation of {} failed: {}", n.id(), e.toString()));
    }

    private void unanswered(NotificationRow n) {
        unanswered.put(
                n.id(),
                "notification "
                        + n.id()
                        + " about "
                        + n.request().incidentId()
                        + ": everybody on the roster was told and nobody acknowledged (无人确认)");
    }

    /** Notifications that reached everybody without an acknowledgement (health warnings). */
    public List<String> unansweredWarnings() {
        return List.copyOf(new java.util.TreeMap<>(unanswered).values());
    }

    /** After a restart: re-arms pending escalations and queued deliveries from the database. */
    public Future<Void> resume() {
        return vertx.executeBlocking(
                        () ->
                                new Object[] {
                                    repo.pendingEscalations(), repo.queued(), repo.exhausted()
                                },
                        false)
                .map(
                        found -> {
                            long now = clockMs.getAsLong();
                            @SuppressWarnings("unchecked")
                            List<NotificationRow> pending = (List<NotificationRow>) found[0];
                            @SuppressWarnings("unchecked")
                            List<NotifyMessage> queued = (List<NotifyMessage>) found[1];
                            @SuppressWarnings("unchecked")
                            List<NotificationRow> done = (List<NotificationRow>) found[2];
                            done.forEach(this::unanswered);
                            for (NotificationRow n : pending)
                                scheduleEscalation(n.id(), n.nextEscalationMs() - now);
                            for (NotifyMessage m : queued)
                                later(m.nextAttemptMs() - now, () -> deliver(m));
                            if (!pending.isEmpty() || !queued.isEmpty())
                                LOG.info(
                                        "resumed {} pending escalations and {} queued messages",
                                        pending.size(),
                                        queued.size());
                            return null;
                        });
    }

    /**
     * Acknowledges by a link's token (one-time, expiring); tells {@code changed} of each message.
     */
    public Future<NotifyRepository.Ack> acknowledgeToken(String token) {
        long now = clockMs.getAsLong();
        return vertx.executeBlocking(() -> repo.ackByToken(AckTokens.hash(token), now), false)
                .onSuccess(this::acknowledged);
    }

    /** Acknowledges a message in the UI on behalf of {@code user}. */
    public Future<NotifyRepository.Ack> acknowledge(String messageId, String user) {
        long now = clockMs.getAsLong();
        return vertx.executeBlocking(() -> repo.ackById(messageId, user, now), false)
                .onSuccess(this::acknowledged);
    }

    private void acknowledged(NotifyRepository.Ack a) {
        unanswered.remove(a.notification().id());
        a.acknowledged().forEach(changed);
    }

    /** Cancels every timer (the database keeps what is pending). */
    public void stop() {
        synchronized (timers) {
            timers.forEach(vertx::cancelTimer);
            timers.clear();
        }
    }
}
