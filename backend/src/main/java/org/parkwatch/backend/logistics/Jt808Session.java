package org.parkwatch.backend.logistics;

import java.util.List;
import org.parkwatch.model.logistics.jt808.Authentication;
import org.parkwatch.model.logistics.jt808.BatchLocation;
import org.parkwatch.model.logistics.jt808.GeneralResponse;
import org.parkwatch.model.logistics.jt808.Jt808FormatException;
import org.parkwatch.model.logistics.jt808.Jt808Frame;
import org.parkwatch.model.logistics.jt808.Jt808FrameCodec;
import org.parkwatch.model.logistics.jt808.Jt808Header;
import org.parkwatch.model.logistics.jt808.Jt808MessageIds;
import org.parkwatch.model.logistics.jt808.LocationReport;
import org.parkwatch.model.logistics.jt808.Registration;
import org.parkwatch.model.logistics.jt808.RegistrationResponse;

/**
 * One terminal connection's protocol state: registration and authentication first, then only
 * messages of the authenticated terminal. A terminal speaks only for itself: a frame naming another
 * phone number is answered with a failure and counted, and its positions never reach the map. A
 * wrong code three times closes the connection.
 */
final class Jt808Session {
    /** Wrong codes tolerated on one connection before it is closed. */
    static final int MAX_AUTH_FAILURES = 3;

    /** What the session does with the world. */
    interface Output {
        void send(byte[] frame);

        void positions(TerminalRecord terminal, List<LocationReport> reports);

        void refused(Refusal reason, String detail);

        void close();
    }

    private final TerminalDirectory directory;
    private final Output out;
    private TerminalRecord authenticated;
    private int authFailures;
    private int serial;

    Jt808Session(TerminalDirectory directory, Output out) {
        this.directory = directory;
        this.out = out;
    }

    /** The authenticated terminal, or null. */
    TerminalRecord terminal() {
        return authenticated;
    }

    void malformed(Jt808FormatException e) {
        out.refused(Refusal.MALFORMED_FRAME, e.reason() + ": " + e.getMessage());
    }

    void handle(Jt808Frame frame, long nowMs) {
        Jt808Header h = frame.header();
        try {
            switch (h.messageId()) {
                case Jt808MessageIds.TERMINAL_REGISTRATION -> register(frame, nowMs);
                case Jt808MessageIds.TERMINAL_AUTHENTICATION -> authenticate(frame);
                default -> afterAuthentication(frame);
            }
        } catch (Jt808FormatException e) {
            out.refused(Refusal.BAD_BODY, e.getMessage());
            respond(h, GeneralResponse.MESSAGE_ERROR);
        }
    }

    private void register(Jt808Frame frame, long nowMs) throws Jt808FormatException {
        Jt808Header h = frame.header();
        Registration reg = Registration.decode(frame.body(), h.version2019());
        directory
                .enrol(h.terminalPhone(), reg.plate(), nowMs)
                .onComplete(
                        r -> {
                            boolean ok = r.succeeded() && r.result().isPresent();
                            if (!ok) {
                                out.refused(
                                        Refusal.REGISTRATION_REFUSED,
                                        h.terminalPhone() + " " + reg.plate());
                            }
                            RegistrationResponse response =
                                    ok
                                            ? new RegistrationResponse(
                                                    h.serial(),
                                                    RegistrationResponse.SUCCESS,
                                                    r.result().get())
                                            : new RegistrationResponse(
                                                    h.serial(),
                                                    RegistrationResponse.NO_SUCH_TERMINAL,
                                                    "");
                            out.send(
                                    Jt808FrameCodec.encode(
                                            h.reply(
                                                    Jt808MessageIds.REGISTRATION_RESPONSE,
                                                    nextSerial()),
                                            response.encode()));
                        });
    }

    private void authenticate(Jt808Frame frame) throws Jt808FormatException {
        Jt808Header h = frame.header();
        Authentication auth = Authentication.decode(frame.body(), h.version2019());
        if (directory.authenticate(h.terminalPhone(), auth.authCode())) {
            authenticated = directory.byPhone(h.terminalPhone()).orElseThrow();
            respond(h, GeneralResponse.OK);
            return;
        }
        out.refused(Refusal.AUTH_FAILED, h.terminalPhone());
        respond(h, GeneralResponse.FAILED);
        if (++authFailures >= MAX_AUTH_FAILURES) out.close();
    }

    private void afterAuthentication(Jt808Frame frame) throws Jt808FormatException {
        Jt808Header h = frame.header();
        if (authenticated == null) {
            out.refused(Refusal.UNAUTHENTICATED, h.terminalPhone());
            respond(h, GeneralResponse.FAILED);
            return;
        }
        if (!authenticated.phone().equals(h.terminalPhone())) {
            out.refused(
                    Refusal.IMPERSONATION,
                    authenticated.phone() + " sent a frame as " + h.terminalPhone());
            respond(h, GeneralResponse.FAILED);
            return;
        }
        switch (h.messageId()) {
            case Jt808MessageIds.HEARTBEAT -> respond(h, GeneralResponse.OK);
            case Jt808MessageIds.TERMINAL_GENERAL_RESPONSE -> {}
            case Jt808MessageIds.LOCATION_REPORT -> {
                LocationReport r = LocationReport.decode(frame.body());
                out.positions(authenticated, List.of(r));
                respond(h, GeneralResponse.OK);
            }
            case Jt808MessageIds.BATCH_LOCATION -> {
                out.positions(authenticated, BatchLocation.decode(frame.body()).reports());
                respond(h, GeneralResponse.OK);
            }
            default -> {
                out.refused(Refusal.UNSUPPORTED, String.format("0x%04x", h.messageId()));
                respond(h, GeneralResponse.NOT_SUPPORTED);
            }
        }
    }

    private void respond(Jt808Header to, int result) {
        GeneralResponse r = new GeneralResponse(to.serial(), to.messageId(), result);
        out.send(
                Jt808FrameCodec.encode(
                        to.reply(Jt808MessageIds.PLATFORM_GENERAL_RESPONSE, nextSerial()),
                        r.encode()));
    }

    private int nextSerial() {
        serial = (serial + 1) & 0xffff;
        return serial;
    }
}
