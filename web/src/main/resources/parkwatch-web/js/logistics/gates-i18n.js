/** Strings of the gates, the parking lot, the people in threat zones and the loading checks (issue 16). */
import { translator } from '../i18n/index.js';

const zh = {
  'gates.title': '园区人员与车辆', 'gates.parkLine': '园区内：{p} 人 · {v} 辆',
  'gates.enterprise': '企业', 'gates.peopleH': '人员', 'gates.vehiclesH': '车辆', 'gates.none': '暂无门岗数据',
  'gates.refusals': '卡口拒绝放行', 'gates.entry': '入园', 'gates.exit': '出园', 'gates.refusal': '{t} {plate} {dir}：{why}',
  'parking.label': '{name} {occupied}/{spaces}', 'parking.title': '危化品车辆停车场', 'parking.slots': '车位 {occupied}/{spaces}',
  'parking.plate': '车牌', 'parking.since': '入场时间', 'parking.dwell': '停放时长', 'parking.min': '{n} 分钟',
  'parking.overstay': '超时（限 {n} 分钟）', 'parking.empty': '停车场内无危化品车辆', 'parking.close': '关闭',
  'zonePeople.title': '威胁区内企业在岗人员（门岗计数）', 'zonePeople.none': '尚无威胁区', 'zonePeople.zone': '{zone}：约 {n} 人',
  'zonePeople.share': '{name} 在岗 {inside} 人，约 {pct}% 厂区在区内 → {n} 人',
  'loading.title': '充装前查验', 'loading.plate': '车牌号', 'loading.waybill': '电子运单号（可选）',
  'loading.vehicle': '车：车辆状况与安全设施', 'loading.driver': '人：驾驶员、押运员与运单一致',
  'loading.documents': '证：道路运输证、从业资格证有效', 'loading.tank': '罐：罐体检验、阀门与残留',
  'loading.waybill.check': '单：电子运单与装载货物一致', 'loading.note': '备注', 'loading.save': '保存查验记录',
  'loading.saved': '已保存：{plate}{complete}', 'loading.complete': '（五项齐全）', 'loading.incomplete': '（未齐全，不得充装）',
  'loading.recent': '最近查验记录', 'loading.failed': '保存失败：{msg}', 'loading.ok': '合格', 'loading.bad': '不合格',
};
const en = {
  'gates.title': 'People and vehicles inside', 'gates.parkLine': 'In the park: {p} people · {v} vehicles',
  'gates.enterprise': 'Enterprise', 'gates.peopleH': 'People', 'gates.vehiclesH': 'Vehicles', 'gates.none': 'No gate data yet',
  'gates.refusals': 'Refused at the gates', 'gates.entry': 'in', 'gates.exit': 'out', 'gates.refusal': '{t} {plate} {dir}: {why}',
  'parking.label': '{name} {occupied}/{spaces}', 'parking.title': 'Hazmat truck park', 'parking.slots': 'Slots {occupied}/{spaces}',
  'parking.plate': 'Plate', 'parking.since': 'Since', 'parking.dwell': 'Parked for', 'parking.min': '{n} min',
  'parking.overstay': 'overstaying (limit {n} min)', 'parking.empty': 'No hazmat truck in the lot', 'parking.close': 'Close',
  'zonePeople.title': 'Staff on site inside threat zones (gate counts)', 'zonePeople.none': 'No threat zones yet', 'zonePeople.zone': '{zone}: about {n} people',
  'zonePeople.share': '{name}: {inside} on site, about {pct}% of the site inside → {n}',
  'loading.title': 'Pre-loading check', 'loading.plate': 'Plate', 'loading.waybill': 'Waybill no. (optional)',
  'loading.vehicle': 'Vehicle: condition and safety equipment', 'loading.driver': 'People: driver and escort match the waybill',
  'loading.documents': 'Documents: transport permit and qualifications valid', 'loading.tank': 'Tank: inspection, valves, residue',
  'loading.waybill.check': 'Waybill: matches the load', 'loading.note': 'Note', 'loading.save': 'Save the check',
  'loading.saved': 'Saved: {plate}{complete}', 'loading.complete': ' (all five passed)', 'loading.incomplete': ' (incomplete: do not load)',
  'loading.recent': 'Recent checks', 'loading.failed': 'Saving failed: {msg}', 'loading.ok': 'passed', 'loading.bad': 'failed',
};

export const tr = translator(zh, en);
