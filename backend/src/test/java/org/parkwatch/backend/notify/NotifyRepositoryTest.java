package org.parkwatch.backend.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.platform.db.Database;
import org.parkwatch.backend.platform.db.DatabaseOptions;

/** Acknowledgement tokens and delivery records in the store (embedded H2GIS, migrated). */
class NotifyRepositoryTest {
    @TempDir Path dir;
    private Database db;
    private NotifyRepository repo;

    @BeforeEach
    void open() {
        db = Database.open(DatabaseOptions.inMemory(dir));
        repo = new NotifyRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void store(String token, long expiresMs) throws Exception {
        NotificationRequest r =
                new NotificationRequest(
                        MessageKind.INCIDENT_OPENED, "INC-1", Set.of(), "泄漏", null, "", false);
        NotificationRow n =
                new NotificationRow("N-1", r, 100, 0, List.of("B"), 60_100, false, 0, null);
        List<NotifyRepository.NewMessage> ms =
                List.of(
                        message("M-1", Channel.EMAIL, token, expiresMs),
                        message("M-2", Channel.SMS, AckTokens.newToken(), expiresMs));
        repo.insert(n, ms);
    }

    private static NotifyRepository.NewMessage message(
            String id, Channel c, String token, long expiresMs) {
        NotifyMessage m =
                new NotifyMessage(
                        id,
                        "N-1",
                        "INC-1",
                        "A",
                        "甲",
                        c,
                        "a",
                        "zh",
                        "s",
                        "b",
                        0,
                        DeliveryState.QUEUED,
                        null,
                        0,
                        100,
                        100,
                        100,
                        0,
                        null);
        return new NotifyRepository.NewMessage(m, AckTokens.hash(token), expiresMs);
    }

    @Test
    void expiredLinkIsRefusedAndChangesNothing() throws Exception {
        String token = AckTokens.newToken();
        store(token, 1_000);
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> repo.ackByToken(AckTokens.hash(token), 1_001));
        assertTrue(e.getMessage().contains("expired"), e.getMessage());
        assertEquals(DeliveryState.QUEUED, repo.messagesOfIncident("INC-1").get(0).state());
        assertEquals(1, repo.pendingEscalations().size(), "the escalation still waits");
    }

    @Test
    void linkAcknowledgesEveryMessageOfThePersonOnceAndStopsTheEscalation() throws Exception {
        String token = AckTokens.newToken();
        store(token, 1_000);
        NotifyRepository.Ack a = repo.ackByToken(AckTokens.hash(token), 500);
        assertEquals(2, a.acknowledged().size());
        assertEquals(500, a.notification().ackMs());
        assertEquals("甲", a.notification().ackBy());
        assertEquals(List.of(), repo.pendingEscalations());
        assertThrows(
                NoSuchElementException.class, () -> repo.ackByToken(AckTokens.hash(token), 600));
    }

    @Test
    void lateDeliveryResultDoesNotUndoAnAcknowledgement() throws Exception {
        String token = AckTokens.newToken();
        store(token, 1_000);
        repo.ackByToken(AckTokens.hash(token), 500);
        NotifyMessage after = repo.delivery("M-1", DeliveryState.FAILED, "timeout", 1, 0, 700);
        assertEquals(DeliveryState.ACKNOWLEDGED, after.state());
        assertEquals(500, after.ackMs());
    }
}
