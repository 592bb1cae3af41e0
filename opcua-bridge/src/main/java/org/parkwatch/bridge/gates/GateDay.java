package org.parkwatch.bridge.gates;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A plausible working day at one enterprise, as passages: its staff come in through the park's gate
 * and then the enterprise's, and leave the other way round, so that the number inside follows a day
 * shift over a standing night shift; a few vans and cars come and go in daytime. Pure logic: {@link
 * #step} takes the local time and says who passes now.
 */
final class GateDay {
    /** One passage: through which gate ({@code park} or {@code site}), who, which way. */
    record Passage(boolean parkGate, boolean person, String subject, boolean entering) {}

    /** Share of the staff inside at night: the shift that keeps the plant running. [U] */
    static final double NIGHT_SHARE = 0.2;

    /** Most passages of one kind per step, so arrivals spread like a queue at the turnstile. */
    static final int MAX_PER_STEP = 4;

    private final String enterpriseId;
    private final int staff;
    private final int vehicles;
    private final Random random;
    private final Set<String> peopleIn = new LinkedHashSet<>();
    private final Set<String> vehiclesIn = new LinkedHashSet<>();

    GateDay(String enterpriseId, int staff, int vehicles, long seed) {
        this.enterpriseId = enterpriseId;
        this.staff = staff;
        this.vehicles = vehicles;
        this.random = new Random(seed);
    }

    /**
     * Share of the staff inside at local time {@code hour} (0–24, fractional): the night shift,
     * arrivals from 07:00 to 08:30, the day shift until 17:00, departures until 18:30.
     */
    static double shareInside(double hour) {
        if (hour < 7 || hour >= 18.5) return NIGHT_SHARE;
        if (hour < 8.5) return NIGHT_SHARE + (1 - NIGHT_SHARE) * (hour - 7) / 1.5;
        if (hour < 17) return 1;
        return 1 - (1 - NIGHT_SHARE) * (hour - 17) / 1.5;
    }

    /** The passages of this step at local time {@code hour}, in the order they happen. */
    List<Passage> step(double hour) {
        List<Passage> out = new ArrayList<>();
        int target = (int) Math.round(staff * shareInside(hour));
        int moves = Math.min(MAX_PER_STEP, Math.abs(target - peopleIn.size()));
        for (int i = 0; i < moves; i++) {
            if (peopleIn.size() < target) {
                String card =
                        enterpriseId + "-" + String.format("%04d", 1 + random.nextInt(staff * 2));
                if (!peopleIn.add(card)) continue;
                out.add(new Passage(true, true, card, true));
                out.add(new Passage(false, true, card, true));
            } else {
                String card = peopleIn.iterator().next();
                peopleIn.remove(card);
                out.add(new Passage(false, true, card, false));
                out.add(new Passage(true, true, card, false));
            }
        }
        boolean day = hour >= 7 && hour < 18.5;
        int vehicleTarget = day ? vehicles : vehicles / 4;
        if (vehiclesIn.size() < vehicleTarget && random.nextInt(4) == 0) {
            String plate =
                    "豫H" + enterpriseId.substring(1) + String.format("%03d", random.nextInt(1000));
            if (vehiclesIn.add(plate)) {
                out.add(new Passage(true, false, plate, true));
                out.add(new Passage(false, false, plate, true));
            }
        } else if (vehiclesIn.size() > vehicleTarget && random.nextInt(4) == 0) {
            String plate = vehiclesIn.iterator().next();
            vehiclesIn.remove(plate);
            out.add(new Passage(false, false, plate, false));
            out.add(new Passage(true, false, plate, false));
        }
        return out;
    }

    int peopleInside() {
        return peopleIn.size();
    }
}
