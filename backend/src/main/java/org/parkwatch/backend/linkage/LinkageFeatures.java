package org.parkwatch.backend.linkage;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parkwatch.backend.gis.FeatureAttributes;
import org.parkwatch.backend.gis.FeatureAttributesJson;
import org.parkwatch.backend.gis.FeatureRecord;
import org.parkwatch.backend.gis.GeoJsonLayerReader;
import org.parkwatch.backend.gis.ImportException;
import org.parkwatch.backend.gis.ImportLimits;
import org.parkwatch.backend.gis.MemorySpatialIndex;
import org.parkwatch.model.park.LayerInfo;
import org.parkwatch.model.park.ParkCatalog;

/**
 * Every feature of the park's layers by id, with its properties parsed, plus an in-memory spatial
 * index over them (the same {@link MemorySpatialIndex} the store builds from the database).
 */
public final class LinkageFeatures {
    private final Map<String, FeatureRecord> byId = new HashMap<>();
    private final Map<String, FeatureAttributes> props = new HashMap<>();
    private final MemorySpatialIndex index;

    public LinkageFeatures(List<FeatureRecord> features) {
        for (FeatureRecord f : features) {
            byId.put(f.id(), f);
            try {
                props.put(f.id(), FeatureAttributesJson.parse(f.propsJson()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("feature " + f.id() + ": " + e.getMessage(), e);
            }
        }
        this.index = MemorySpatialIndex.of(features);
    }

    /**
     * Reads every layer of the catalogue (a layer that does not parse is named in the exception).
     */
    public static LinkageFeatures from(ParkCatalog park) {
        GeoJsonLayerReader reader = new GeoJsonLayerReader(ImportLimits.DEFAULT);
        List<FeatureRecord> all = new ArrayList<>();
        for (LayerInfo l : park.layers()) {
            try {
                all.addAll(
                        reader.read(
                                l.id(),
                                park.layerGeoJson(l.id()).getBytes(StandardCharsets.UTF_8),
                                null));
            } catch (ImportException e) {
                throw new IllegalArgumentException("layer " + l.id() + ": " + e.getMessage(), e);
            }
        }
        return new LinkageFeatures(all);
    }

    public Optional<FeatureRecord> feature(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** The feature's properties; empty for unknown ids. */
    public FeatureAttributes props(String id) {
        FeatureAttributes p = id == null ? null : props.get(id);
        return p == null ? FeatureAttributes.EMPTY : p;
    }

    /**
     * A stored feature's properties (from the store or the catalogue); empty when they do not
     * parse.
     */
    public static FeatureAttributes parse(FeatureRecord f) {
        return FeatureAttributesJson.of(f);
    }

    public MemorySpatialIndex index() {
        return index;
    }

    /** Features of one layer, in no particular order. */
    public List<FeatureRecord> layer(String layerId) {
        return byId.values().stream().filter(f -> layerId.equals(f.layerId())).toList();
    }
}
