package org.parkwatch.backend.workpermit;

import java.util.List;

/**
 * A person named on a permit.
 *
 * @param role one of {@link #ROLES}: {@code leader} 作业负责人, {@code guardian} 监护人, {@code approver}
 *     审批人, {@code worker} 作业人, {@code analyst} 分析人, {@code issuer} 签发/交底人
 * @param name as written on the permit
 * @param phone may be null
 */
public record ResponsiblePerson(String role, String name, String phone) {
    public static final List<String> ROLES =
            List.of("leader", "guardian", "approver", "worker", "analyst", "issuer");

    /** The role's label in zh-CN. */
    public static String roleZh(String role) {
        return switch (role) {
            case "leader" -> "作业负责人";
            case "guardian" -> "监护人";
            case "approver" -> "审批人";
            case "worker" -> "作业人";
            case "analyst" -> "分析人";
            default -> "交底人";
        };
    }
}
