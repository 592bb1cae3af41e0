package org.parkwatch.backend.notify;

import java.util.List;

/**
 * One person of the on-duty roster (值班表) and how to reach them.
 *
 * @param id stable id within the roster, e.g. {@code P01}
 * @param role duty role, e.g. 值班长 (shift leader)
 * @param lang preferred language of messages: {@code zh} or {@code en}
 * @param email e-mail address (needed for {@link Channel#EMAIL}), or null
 * @param phone mobile number (needed for {@link Channel#SMS}; the robots @-mention it), or null
 * @param channels the channels this person is told on, in the roster's order
 */
public record DutyPerson(
        String id,
        String name,
        String role,
        String lang,
        String email,
        String phone,
        List<Channel> channels) {
    public DutyPerson {
        channels = List.copyOf(channels);
    }

    /** The address a channel delivers to: e-mail for EMAIL, the phone for SMS and the robots. */
    public String address(Channel c) {
        return c == Channel.EMAIL ? email : phone;
    }
}
