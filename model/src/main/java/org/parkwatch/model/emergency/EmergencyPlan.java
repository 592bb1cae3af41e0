package org.parkwatch.model.emergency;

import java.util.List;
import java.util.Optional;

/**
 * An emergency plan as data (issue 14): the park's general plan (总体预案), a special plan (专项预案) or an
 * enterprise's on-site disposal plan (现场处置方案), with its command structure, the response levels with
 * the criteria that trigger each, the actions each group takes at each level, and the target times
 * for the after-action intervals. Checked by {@link PlanValidator}.
 *
 * @param id e.g. {@code SP-TOXIC}
 * @param parent the plan this one sits under (special → general, on-site → special), or null
 * @param enterpriseId the enterprise of an on-site plan, else null
 * @param incidentKinds the incident kinds the plan answers ({@code LEAK}, {@code SIS_TRIP}, {@code
 *     DOMINO}); empty for a plan chosen only by hand
 * @param groups the command structure; actions name these ids
 * @param levels one per response level defined, most severe first
 */
public record EmergencyPlan(
        String id,
        Kind kind,
        String titleZh,
        String titleEn,
        String parent,
        String enterpriseId,
        List<String> incidentKinds,
        List<Group> groups,
        List<Level> levels,
        Targets targets) {

    public EmergencyPlan {
        incidentKinds = List.copyOf(incidentKinds);
        groups = List.copyOf(groups);
        levels = List.copyOf(levels);
    }

    /** The tier of the plan in the park's plan system (GB/T 29639-2020 §4). */
    public enum Kind {
        GENERAL,
        SPECIAL,
        ONSITE
    }

    /**
     * A group of the command structure (总指挥, 现场指挥部, 抢险救援组 …).
     *
     * @param ownerZh who leads it, by post (e.g. 园区应急管理局局长): tasks of the group go to them
     */
    public record Group(String id, String nameZh, String nameEn, String ownerZh, String ownerEn) {}

    /**
     * A response level: it applies when any of its criteria is met.
     *
     * @param criteria empty for the lowest level, which applies to every incident the plan answers
     */
    public record Level(ResponseLevel level, List<Criterion> criteria, List<Action> actions) {
        public Level {
            criteria = List.copyOf(criteria);
            actions = List.copyOf(actions);
        }
    }

    /** Met when the live value of {@code fact} is at least {@code atLeast}. */
    public record Criterion(Fact fact, double atLeast) {}

    /**
     * What one group does at a level.
     *
     * @param withinMin the target time from the level decision, minutes; null when none
     */
    public record Action(
            String id, String group, String textZh, String textEn, Integer withinMin) {}

    /**
     * Target times of the after-action intervals, minutes from detection: confirmed, level decided,
     * first resource dispatched, evacuation started. Null where the plan sets none.
     */
    public record Targets(
            Integer confirmMin, Integer levelMin, Integer dispatchMin, Integer evacuationMin) {}

    /** The level entry, if the plan defines it. */
    public Optional<Level> level(ResponseLevel l) {
        return levels.stream().filter(x -> x.level() == l).findFirst();
    }

    /** The group with this id, if any. */
    public Optional<Group> group(String groupId) {
        return groups.stream().filter(g -> g.id().equals(groupId)).findFirst();
    }
}
