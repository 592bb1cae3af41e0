package org.parkwatch.model.park;

/** A layer of the park as listed in park.json: id, file (relative to the park folder) and names. */
public record LayerInfo(String id, String file, String nameZh, String nameEn) {}
