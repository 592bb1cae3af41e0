package org.parkwatch.bridge.client;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns a failed OPC UA connection into a sentence a commissioning engineer can act on: what went
 * wrong and the command or setting that fixes it, instead of the Java exception chain (e.g. the
 * JDK's "trustAnchors parameter must be non-empty" means that the bridge's trust list is empty).
 * Pure logic.
 */
public final class ConnectProblems {
    private ConnectProblems() {}

    /**
     * The actionable explanation of {@code failure} when connecting to {@code url} with the PKI
     * folder {@code pkiDir}.
     */
    public static String explain(Throwable failure, String url, Path pkiDir) {
        String all = chain(failure);
        String text = all.toLowerCase(Locale.ROOT);
        String pki = pkiDir.toString();
        if (text.contains("trustanchors")
                || text.contains("bad_securitychecksfailed")
                || text.contains("bad_certificateuntrusted")
                || text.contains("certificate untrusted")) {
            return "the server's certificate is not trusted yet (the trust list "
                    + pki
                    + "/trusted/certs"
                    + " holds no matching certificate). Approve it: ./parkwatch pki list --dir "
                    + pki
                    + ", then ./parkwatch pki trust --dir "
                    + pki
                    + " <file>; and have the server trust the bridge's "
                    + pki
                    + "/own/certs/bridge.der";
        }
        if (text.contains("bad_useraccessdenied")
                || text.contains("bad_identitytokeninvalid")
                || text.contains("bad_identitytokenrejected")) {
            return "the server refused the user identity: check endpoints[].identity (user name and passwordFile or"
                    + " ${ENV} password) against the user set up on the server";
        }
        if (text.contains("no endpoint selected")
                || text.contains("no endpoint") && text.contains("select")) {
            return "the server at "
                    + url
                    + " offers no endpoint with the configured securityPolicy, securityMode and"
                    + " identity type: list what it offers with ./parkwatch browse "
                    + url
                    + " and set endpoints[].securityPolicy/securityMode to one of them";
        }
        if (has(failure, UnknownHostException.class)) {
            return "the host of "
                    + url
                    + " is unknown: check the name in the endpoint URL or use its IP address";
        }
        if (has(failure, ConnectException.class) || text.contains("connection refused")) {
            return "nothing answers at "
                    + url
                    + ": check that the OPC UA server runs, the port, and the firewall"
                    + " between this machine and the server";
        }
        if (text.contains("timeout") || text.contains("timed out")) {
            return "the server at "
                    + url
                    + " did not answer in time: check the network path and the port";
        }
        return "cannot connect to " + url + ": " + firstLine(all);
    }

    /** The messages of the cause chain, outermost first, joined by " / ". */
    static String chain(Throwable failure) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (!sb.isEmpty()) sb.append(" / ");
            sb.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return sb.toString();
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) return true;
        }
        return false;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
