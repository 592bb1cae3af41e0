/**
 * Strings of the evacuation and approach route views in zh-CN (default) and English; `tr` follows the page language
 * and falls back to zh-CN, then to the shared dictionaries.
 */
import { translator } from '../i18n/index.js';

const zh = {
  'routes.title': '疏散与救援路线', 'routes.close': '关闭', 'routes.none': '无',
  'routes.evacuation': '疏散路线（ERPG-2 及以上区域内的人员）', 'routes.approach': '救援力量进场路线（上风向集结）',
  'routes.dispatched': '已调派队伍进场路线（避开 ERPG-3 与 12.5 kW/m² 区）',
  'routes.toShelter': '{target} → {shelter}', 'routes.people': '{n} 人',
  'routes.distance': '{d} 米', 'routes.walk': '步行 {t}', 'routes.drive': '车行 {t}', 'routes.inZone': '区域内 {d} 米',
  'routes.shelterInPlace': '无安全路线：就地避险', 'routes.reason.off_network': '距道路过远',
  'routes.reason.no_shelter_outside_zones': '区域外无可用避难场所', 'routes.reason.no_safe_route': '所有路线均需再次穿越危险区域',
  'routes.reason.shelters_full': '避难场所容量不足',
  'routes.shelters': '避难场所（已分配 / 容量）', 'routes.assigned': '{a} / {c}',
  'routes.unusable.in-zone': '位于危险区域内，不可用', 'routes.unusable.no-capacity': '无容量',
  'routes.unusable.off-network': '距道路过远', 'routes.unusable.access-in-zone': '进出道路位于危险区域内',
  'routes.staging': '集结点距泄漏源 {d} 米', 'routes.flank': '（上风向不可达，改由侧风向进入）',
  'routes.noApproach': '无进场路线', 'routes.approachReason.in-no-entry-zone': '位于禁入区内',
  'routes.approachReason.off-network': '距道路过远', 'routes.approachReason.no-staging-point': '禁入区外无可达集结点',
  'routes.wind': '风向 {from}°（来向）', 'routes.windUnknown': '风向未知：集结点不限方向',
  'routes.legend.exit': '撤离段（穿越区域）', 'routes.legend.safe': '安全段（区域外）', 'routes.legend.approach': '进场路线', 'routes.legend.dispatched': '已调派队伍进场',
  'routes.min': '{n} 分钟', 'routes.sec': '{n} 秒',
};

const en = {
  'routes.title': 'Evacuation and responder routes', 'routes.close': 'Close', 'routes.none': 'None',
  'routes.evacuation': 'Evacuation (people in ERPG-2 or worse)', 'routes.approach': 'Responders\u2019 approach (staging upwind)',
  'routes.dispatched': 'Dispatched teams\u2019 approach (clear of ERPG-3 and 12.5 kW/m\u00b2)',
  'routes.toShelter': '{target} → {shelter}', 'routes.people': '{n} people',
  'routes.distance': '{d} m', 'routes.walk': 'walk {t}', 'routes.drive': 'drive {t}', 'routes.inZone': '{d} m in zones',
  'routes.shelterInPlace': 'No safe route: shelter in place', 'routes.reason.off_network': 'too far from a road',
  'routes.reason.no_shelter_outside_zones': 'no usable shelter outside the zones',
  'routes.reason.no_safe_route': 'every way out re-enters a danger zone', 'routes.reason.shelters_full': 'shelters full',
  'routes.shelters': 'Shelters (assigned / capacity)', 'routes.assigned': '{a} / {c}',
  'routes.unusable.in-zone': 'inside a danger zone, not used', 'routes.unusable.no-capacity': 'no capacity',
  'routes.unusable.off-network': 'too far from a road', 'routes.unusable.access-in-zone': 'its road access lies in a zone',
  'routes.staging': 'staging {d} m from the source', 'routes.flank': ' (upwind unreachable: approach from the flank)',
  'routes.noApproach': 'No approach route', 'routes.approachReason.in-no-entry-zone': 'inside the no-entry zone',
  'routes.approachReason.off-network': 'too far from a road', 'routes.approachReason.no-staging-point': 'no reachable staging point outside the no-entry zone',
  'routes.wind': 'wind from {from}°', 'routes.windUnknown': 'wind unknown: staging from any side',
  'routes.legend.exit': 'way out (through the zones)', 'routes.legend.safe': 'safe part (outside the zones)',
  'routes.legend.approach': 'approach route', 'routes.legend.dispatched': 'dispatched team\u2019s approach',
  'routes.min': '{n} min', 'routes.sec': '{n} s',
};

export const tr = translator(zh, en);
