package org.parkwatch.backend.hazard;

/**
 * Liquid volume in a tank as a function of the liquid level measured from the tank's lowest inside
 * point. Dimensions are inside dimensions in metres; volumes in m³.
 */
public sealed interface TankGeometry
        permits TankGeometry.VerticalCylinder,
                TankGeometry.Sphere,
                TankGeometry.HorizontalCylinder {

    /**
     * Geometry from the demo park's tank layer ({@code tanks.geojson}): {@code sphere} → {@link
     * Sphere}; {@code bullet} → {@link HorizontalCylinder} of shell length {@code lengthM} with
     * flat ends (the layer's capacityM3 is π r² L); any other type (fixed-roof, floating-roof,
     * refrigerated) → {@link VerticalCylinder}.
     *
     * @param lengthM shell length for bullets; ignored otherwise (may be null)
     */
    static TankGeometry of(String tankType, double diameterM, double heightM, Double lengthM) {
        return switch (tankType == null ? "" : tankType) {
            case "sphere" -> new Sphere(diameterM);
            case "bullet" -> {
                if (lengthM == null) {
                    throw new IllegalArgumentException("bullet tank needs lengthM");
                }
                yield new HorizontalCylinder(diameterM, lengthM, false);
            }
            default -> new VerticalCylinder(diameterM, heightM);
        };
    }

    /** Highest possible liquid level (m). */
    double maxLevelM();

    /** Liquid volume (m³) at a level in [0, {@link #maxLevelM()}]. */
    double liquidVolumeM3(double levelM);

    /** Total inside volume (m³). */
    default double capacityM3() {
        return liquidVolumeM3(maxLevelM());
    }

    /** Upright cylinder with a flat bottom (atmospheric storage tank): V = π (d/2)² h. */
    record VerticalCylinder(double diameterM, double heightM) implements TankGeometry {
        public VerticalCylinder {
            positive("diameterM", diameterM);
            positive("heightM", heightM);
        }

        @Override
        public double maxLevelM() {
            return heightM;
        }

        @Override
        public double liquidVolumeM3(double levelM) {
            double r = diameterM / 2;
            return Math.PI * r * r * checkLevel(levelM, heightM);
        }
    }

    /** Sphere (LPG, ammonia): liquid fills a spherical cap, V = π h² (3R − h) / 3. */
    record Sphere(double diameterM) implements TankGeometry {
        public Sphere {
            positive("diameterM", diameterM);
        }

        @Override
        public double maxLevelM() {
            return diameterM;
        }

        @Override
        public double liquidVolumeM3(double levelM) {
            double h = checkLevel(levelM, diameterM);
            return capVolume(diameterM / 2, h);
        }
    }

    /**
     * Horizontal cylinder ("bullet") of shell length {@code lengthM}, with flat ends or with two
     * hemispherical heads (together a sphere of the shell's diameter). Liquid in the shell is a
     * circular segment times the length: A = r² acos((r − h)/r) − (r − h) √(2 r h − h²).
     */
    record HorizontalCylinder(double diameterM, double lengthM, boolean hemisphericalHeads)
            implements TankGeometry {
        public HorizontalCylinder {
            positive("diameterM", diameterM);
            positive("lengthM", lengthM);
        }

        @Override
        public double maxLevelM() {
            return diameterM;
        }

        @Override
        public double liquidVolumeM3(double levelM) {
            double h = checkLevel(levelM, diameterM);
            double r = diameterM / 2;
            double segment =
                    r * r * Math.acos((r - h) / r)
                            - (r - h) * Math.sqrt(Math.max(0, 2 * r * h - h * h));
            double shell = segment * lengthM;
            return hemisphericalHeads ? shell + capVolume(r, h) : shell;
        }
    }

    private static double capVolume(double radiusM, double h) {
        return Math.PI * h * h * (3 * radiusM - h) / 3;
    }

    private static void positive(String name, double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be a finite number > 0 m, got " + v);
        }
    }

    private static double checkLevel(double levelM, double maxM) {
        if (!Double.isFinite(levelM) || levelM < 0 || levelM > maxM) {
            throw new IllegalArgumentException(
                    "level must be within 0.." + maxM + " m, got " + levelM);
        }
        return levelM;
    }
}
