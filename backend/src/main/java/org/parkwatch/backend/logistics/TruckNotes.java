package org.parkwatch.backend.logistics;

import java.util.Locale;
import org.parkwatch.model.logistics.gate.Waybill;
import org.parkwatch.model.logistics.route.Breach;
import org.parkwatch.model.logistics.route.Finding;
import org.parkwatch.model.logistics.route.RoadOnFix;

/**
 * The journal comments of the truck alarms, zh-CN then English, with the facts: the plate, the
 * figure against its limit, the road and the waybill.
 */
final class TruckNotes {
    private TruckNotes() {}

    static String breach(String plate, Finding f, Waybill w) {
        RoadOnFix r = f.road();
        String roadZh = r == null ? "" : "，位于" + r.nameZh();
        String roadEn = r == null ? "" : " on " + (r.nameEn().isEmpty() ? r.nameZh() : r.nameEn());
        String billZh =
                w == null ? "" : "，运单 " + w.id() + "（" + w.chemicalZh() + " " + tonnes(w) + " 吨）";
        String billEn =
                w == null
                        ? ""
                        : ", waybill " + w.id() + " (" + w.chemicalZh() + ", " + tonnes(w) + " t)";
        return switch (f.breach()) {
            case OFF_ROUTE ->
                    plate
                            + " 偏离许可路线 "
                            + whole(f.value())
                            + " 米（允许 "
                            + whole(f.limit())
                            + " 米）"
                            + roadZh
                            + billZh
                            + " / "
                            + plate
                            + " left its permitted route by "
                            + whole(f.value())
                            + " m (corridor "
                            + whole(f.limit())
                            + " m)"
                            + roadEn
                            + billEn;
            case SPEEDING ->
                    plate
                            + " 超速 "
                            + whole(f.value())
                            + " 千米/时（限速 "
                            + whole(f.limit())
                            + " 千米/时）"
                            + roadZh
                            + billZh
                            + " / "
                            + plate
                            + " speeding at "
                            + whole(f.value())
                            + " km/h (limit "
                            + whole(f.limit())
                            + " km/h)"
                            + roadEn
                            + billEn;
            case STOPPED_OUTSIDE ->
                    plate
                            + " 在非许可停车地点停留 "
                            + whole(f.value() / 60)
                            + " 分钟（最长 "
                            + whole(f.limit() / 60)
                            + " 分钟）"
                            + roadZh
                            + billZh
                            + " / "
                            + plate
                            + " standing outside a permitted place for "
                            + whole(f.value() / 60)
                            + " min (at most "
                            + whole(f.limit() / 60)
                            + " min)"
                            + roadEn
                            + billEn;
            case CLOSED_ROAD ->
                    plate
                            + " 驶入危化品车辆禁行道路"
                            + roadZh
                            + billZh
                            + " / "
                            + plate
                            + " entered a road closed to hazardous goods"
                            + roadEn
                            + billEn;
        };
    }

    static String cleared(String plate, Breach b) {
        return switch (b) {
            case OFF_ROUTE -> plate + " 回到许可路线 / " + plate + " back on its permitted route";
            case SPEEDING -> plate + " 车速恢复正常 / " + plate + " back within the speed limit";
            case STOPPED_OUTSIDE -> plate + " 已驶离 / " + plate + " moved on";
            case CLOSED_ROAD -> plate + " 已驶出禁行道路 / " + plate + " left the closed road";
        };
    }

    private static String whole(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }

    private static String tonnes(Waybill w) {
        return String.format(Locale.ROOT, "%.1f", w.quantityT());
    }
}
