/** Strings of the hazmat-truck layer (issue 16) in zh-CN (default) and English. */
import { translator } from '../i18n/index.js';

const zh = {
  'trucks.layer': '危化品运输车辆', 'trucks.census': '在园危化车辆 {n} 辆',
  'trucks.plate': '车牌', 'trucks.carrier': '承运单位', 'trucks.speed': '速度', 'trucks.course': '航向',
  'trucks.fix': '定位时间', 'trucks.where': '位置', 'trucks.inPark': '园区内', 'trucks.outside': '园区外',
  'trucks.serves': '服务企业', 'trucks.kmh': '{v} 千米/时', 'trucks.deg': '{v}°', 'trucks.close': '关闭',
  'trucks.waybill': '运单货物', 'trucks.load': '{chem} {t} 吨', 'trucks.destination': '装卸企业',
  'trucks.route': '许可路线', 'trucks.routeKm': '{km} 千米（绿色虚线）', 'trucks.noRoute': '无可行许可路线，请联系调度',
  'trucks.noWaybill': '无当日运单', 'trucks.conduct': '行驶状态', 'trucks.inOrder': '正常',
  'trucks.breach.OFF_ROUTE': '偏离许可路线 {v} 米（允许 {limit} 米）',
  'trucks.breach.SPEEDING': '超速 {v} 千米/时（限速 {limit} 千米/时）',
  'trucks.breach.STOPPED_OUTSIDE': '非许可地点停车 {v} 分钟（最长 {limit} 分钟）',
  'trucks.breach.CLOSED_ROAD': '驶入危化品车辆禁行道路',
};
const en = {
  'trucks.layer': 'Hazmat trucks', 'trucks.census': 'Hazmat trucks in the park: {n}',
  'trucks.plate': 'Plate', 'trucks.carrier': 'Carrier', 'trucks.speed': 'Speed', 'trucks.course': 'Course',
  'trucks.fix': 'Position time', 'trucks.where': 'Where', 'trucks.inPark': 'inside the park', 'trucks.outside': 'outside the park',
  'trucks.serves': 'Serves', 'trucks.kmh': '{v} km/h', 'trucks.deg': '{v}°', 'trucks.close': 'Close',
  'trucks.waybill': 'Load', 'trucks.load': '{chem} {t} t', 'trucks.destination': 'Loading or unloading at',
  'trucks.route': 'Permitted route', 'trucks.routeKm': '{km} km (green dashed line)', 'trucks.noRoute': 'No permitted route possible; call dispatch',
  'trucks.noWaybill': 'No waybill for today', 'trucks.conduct': 'Conduct', 'trucks.inOrder': 'in order',
  'trucks.breach.OFF_ROUTE': 'off its permitted route by {v} m (corridor {limit} m)',
  'trucks.breach.SPEEDING': 'speeding at {v} km/h (limit {limit} km/h)',
  'trucks.breach.STOPPED_OUTSIDE': 'stopped outside a permitted place for {v} min (at most {limit} min)',
  'trucks.breach.CLOSED_ROAD': 'on a road closed to hazardous goods',
};

export const tr = translator(zh, en);
