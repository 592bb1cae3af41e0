package org.parkwatch.backend.hazard.registry;

/**
 * A person to call at an enterprise (值班联系人).
 *
 * @param enterpriseId enterprise
 * @param name person's name
 * @param role role, e.g. 安全负责人, 值班长
 * @param phone mobile (11 digits starting with 1) or landline with area code
 */
public record DutyContact(String enterpriseId, String name, String role, String phone) {

    /** A Chinese mobile number or a landline with area code, e.g. 13912345678 or 0373-1234567. */
    public static boolean isPhone(String phone) {
        return phone != null
                && (phone.matches("1[3-9]\\d{9}") || phone.matches("0\\d{2,3}-?\\d{7,8}"));
    }
}
