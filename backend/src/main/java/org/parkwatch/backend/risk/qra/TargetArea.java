package org.parkwatch.backend.risk.qra;

import org.locationtech.jts.geom.Geometry;
import org.parkwatch.model.risk.ProtectionClass;

/**
 * A protection target of GB 36894 with its people: a feature of the population layer, outline in
 * park metres.
 *
 * @param id feature id
 * @param nameZh Chinese name
 * @param nameEn English name
 * @param protection its class, from the feature's {@code protectionClass}
 * @param population people there
 * @param outlineM outline (or point) in EPSG:4547 metres
 * @param status which limits apply (new or in service), from the feature's {@code facilityStatus}
 * @param statusSource where {@code status} came from
 */
public record TargetArea(
        String id,
        String nameZh,
        String nameEn,
        ProtectionClass protection,
        double population,
        Geometry outlineM,
        FacilityStatus status,
        FacilityStatus.Source statusSource) {

    /** A target without a {@code facilityStatus} attribute: {@link FacilityStatus#DEFAULT}. */
    public TargetArea(
            String id,
            String nameZh,
            String nameEn,
            ProtectionClass protection,
            double population,
            Geometry outlineM) {
        this(
                id,
                nameZh,
                nameEn,
                protection,
                population,
                outlineM,
                FacilityStatus.DEFAULT,
                FacilityStatus.Source.DEFAULT);
    }

    /** This target with its status set by configuration. */
    public TargetArea withConfiguredStatus(FacilityStatus configured) {
        return new TargetArea(
                id,
                nameZh,
                nameEn,
                protection,
                population,
                outlineM,
                configured,
                FacilityStatus.Source.CONFIG);
    }

    /**
     * The class of a {@code protectionClass} attribute ({@code highly-sensitive}, {@code
     * general-2}, …).
     */
    public static ProtectionClass parseClass(String attribute) {
        return switch (attribute == null ? "" : attribute) {
            case "highly-sensitive" -> ProtectionClass.HIGHLY_SENSITIVE;
            case "important" -> ProtectionClass.IMPORTANT;
            case "general-1" -> ProtectionClass.GENERAL_1;
            case "general-2" -> ProtectionClass.GENERAL_2;
            case "general-3" -> ProtectionClass.GENERAL_3;
            default ->
                    throw new IllegalArgumentException(
                            "protectionClass must be highly-sensitive, important,"
                                    + " general-1, general-2 or general-3, got '"
                                    + attribute
                                    + "'");
        };
    }
}
