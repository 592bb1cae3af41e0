package org.parkwatch.backend.security;

/**
 * Who a caller is to the park (issue 7). Which permissions each role holds is {@code
 * RolePermissions}'s business; which enterprise's data a caller may see is {@link
 * Principal#sees(String)}.
 */
public enum Role {
    /** Park administrator: everything, including users and configuration. */
    ADMIN("admin", "园区管理员", "Park administrator"),
    /**
     * Control-room operator: reads everything, acknowledges and shelves alarms, enters permits,
     * runs models.
     */
    OPERATOR("operator", "值班操作员", "Control-room operator"),
    /** Regulator (应急管理部门): reads everything, changes nothing. */
    REGULATOR("regulator", "监管人员", "Regulator"),
    /** Enterprise user: bound to one enterprise, sees only that enterprise's data. */
    ENTERPRISE("enterprise", "企业用户", "Enterprise user"),
    /** Nobody logged in: the public display and the login page only. */
    PUBLIC("public", "公众", "Public");

    private final String id;
    private final String labelZh;
    private final String labelEn;

    Role(String id, String labelZh, String labelEn) {
        this.id = id;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    /** The lower-case name used in JSON, configuration and the audit log. */
    public String id() {
        return id;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    /**
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Role fromId(String id) {
        for (Role r : values()) {
            if (r.id.equals(id)) return r;
        }
        throw new IllegalArgumentException(
                "role '" + id + "' is not one of admin, operator, regulator, enterprise, public");
    }
}
