package org.parkwatch.backend.hazard;

import java.util.List;

/**
 * An emergency disposal card (应急处置卡) for one chemical in Chinese and English, with ERG-style
 * distances.
 *
 * @param chemicalId id of the chemical in {@code chemicals.json}
 * @param cas CAS number
 * @param unNumber UN number
 * @param ergGuide ERG 2020 guide page number
 * @param zh Chinese text
 * @param en English text
 * @param isolation isolation and protective action distances with their source
 */
public record DisposalCard(
        String chemicalId,
        String cas,
        String unNumber,
        String ergGuide,
        Text zh,
        Text en,
        Isolation isolation) {

    /** The card's text in one language; every list holds short imperative lines. */
    public record Text(
            String name,
            List<String> hazards,
            List<String> protectiveEquipment,
            List<String> fireFighting,
            List<String> spill,
            List<String> firstAid) {
        public Text {
            hazards = List.copyOf(hazards);
            protectiveEquipment = List.copyOf(protectiveEquipment);
            fireFighting = List.copyOf(fireFighting);
            spill = List.copyOf(spill);
            firstAid = List.copyOf(firstAid);
        }
    }

    /**
     * Distances; null fields are not given for this chemical.
     *
     * @param immediatePrecautionM isolate the spill or leak area in all directions (m)
     * @param fireIsolationM isolate when a tank is involved in fire (m)
     * @param largeSpillDownwindEvacuationM consider downwind evacuation for a large spill (m)
     * @param smallSpill ERG Table 1 small spill, for toxic-by-inhalation chemicals
     * @param largeSpill ERG Table 1 large spill
     * @param largeSpillNoteZh where large-spill distances come from when not given, Chinese
     * @param largeSpillNoteEn the same in English
     * @param source source and status tag
     */
    public record Isolation(
            Integer immediatePrecautionM,
            Integer fireIsolationM,
            Integer largeSpillDownwindEvacuationM,
            Spill smallSpill,
            Spill largeSpill,
            String largeSpillNoteZh,
            String largeSpillNoteEn,
            String source) {}

    /**
     * ERG Table 1 distances for one spill size.
     *
     * @param isolationM initial isolation radius (m)
     * @param protectDayKm downwind protective action distance by day (km)
     * @param protectNightKm downwind protective action distance by night (km)
     */
    public record Spill(int isolationM, double protectDayKm, double protectNightKm) {}
}
