/**
 * Strings of the alarm views in zh-CN (default) and English. Kept next to the alarm code so the shared dictionaries
 * stay untouched; `tr` follows the page language of ../i18n/index.js;
 * fallbacks: zh-CN, then the shared dictionaries (`translator`).
 */
import { translator } from '../i18n/index.js';

const zh = {
  'alarms.title': '报警', 'alarms.count': '{shown}/{total} 条', 'alarms.more': '仅显示前 {n} 条，请用筛选缩小范围',
  'alarms.empty': '无活动报警', 'alarms.all': '全部', 'alarms.filter.priority': '优先级', 'alarms.filter.enterprise': '企业',
  'alarms.filter.state': '状态', 'alarms.sort': '排序', 'alarms.sort.priority': '按优先级', 'alarms.sort.time': '按时间',
  'alarms.sort.enterprise': '按企业', 'alarms.ack': '确认', 'alarms.shelve': '搁置', 'alarms.unshelve': '取消搁置',
  'alarms.linkage': '联动', 'alarms.shelve.reason': '搁置原因（必填）：', 'alarms.shelve.minutes': '搁置时长（分钟，1–1440）：',
'alarms.failed': '操作失败：{msg}', 'alarms.mute': '静音', 'alarms.unmute': '取消静音',
  'alarms.kpi': '报警绩效', 'alarms.collapse': '收起', 'alarms.expand': '展开',
  'priority.critical': '紧急', 'priority.high': '高', 'priority.medium': '中', 'priority.low': '低',
  'incident.title': '联动事件', 'incident.kind.LEAK': '确认泄漏', 'incident.kind.SIS_TRIP': 'SIS 联锁事件',
  'incident.kind.DOMINO': '多米诺（跨企业）事件', 'incident.state.OPEN': '进行中', 'incident.state.CLOSED': '已结束',
  'incident.location': '位置', 'incident.chemicals': '危险化学品', 'incident.card': '应急处置卡', 'incident.cameras': '可视摄像头',
  'incident.people': '周边敏感目标（{r} m 内，{n} 人）', 'incident.resources': '最近应急资源', 'incident.contacts': '值班联系人',
  'incident.none': '无', 'incident.alarms': '关联报警', 'incident.spill': '泄漏处置', 'incident.ppe': '个体防护',
  'incident.firstAid': '急救', 'incident.isolation': '初始隔离 {m} m', 'incident.distance': '{d} m',
  'kpi.title': '报警绩效指标（近 24 小时）', 'kpi.activations': '报警次数', 'kpi.perTen': '平均每 10 分钟',
  'kpi.maxTen': '10 分钟最大', 'kpi.perDay': '平均每天', 'kpi.floods': '报警泛滥次数', 'kpi.floodPct': '泛滥时间占比 %',
  'kpi.chattering': '振荡报警', 'kpi.fleeting': '瞬时报警', 'kpi.stale': '陈旧报警（>24 h）', 'kpi.top10': '前十位报警',
  'kpi.top10Share': '前十位占比 %', 'kpi.priority': '优先级分布', 'kpi.enterprise': '企业', 'kpi.park': '全园区',
  'kpi.close': '关闭',
};

const en = {
  'alarms.title': 'Alarms', 'alarms.count': '{shown}/{total}', 'alarms.more': 'Showing the first {n}; filter to narrow',
  'alarms.empty': 'No active alarms', 'alarms.all': 'All', 'alarms.filter.priority': 'Priority',
  'alarms.filter.enterprise': 'Enterprise', 'alarms.filter.state': 'State', 'alarms.sort': 'Sort',
  'alarms.sort.priority': 'By priority', 'alarms.sort.time': 'By time', 'alarms.sort.enterprise': 'By enterprise',
  'alarms.ack': 'Ack', 'alarms.shelve': 'Shelve', 'alarms.unshelve': 'Unshelve', 'alarms.linkage': 'Linkage',
  'alarms.shelve.reason': 'Reason for shelving (required):', 'alarms.shelve.minutes': 'Shelve for how many minutes (1–1440):',
'alarms.failed': 'Failed: {msg}', 'alarms.mute': 'Mute', 'alarms.unmute': 'Unmute',
  'alarms.kpi': 'Alarm KPIs', 'alarms.collapse': 'Collapse', 'alarms.expand': 'Expand',
  'priority.critical': 'Critical', 'priority.high': 'High', 'priority.medium': 'Medium', 'priority.low': 'Low',
  'incident.title': 'Incident', 'incident.kind.LEAK': 'Confirmed leak', 'incident.kind.SIS_TRIP': 'SIS trip',
  'incident.kind.DOMINO': 'Domino (park) incident', 'incident.state.OPEN': 'Open', 'incident.state.CLOSED': 'Closed',
  'incident.location': 'Location', 'incident.chemicals': 'Hazardous chemicals', 'incident.card': 'Disposal card',
  'incident.cameras': 'Cameras that see it', 'incident.people': 'Sensitive targets (within {r} m, {n} people)',
  'incident.resources': 'Nearest emergency resources', 'incident.contacts': 'Duty contacts', 'incident.none': 'None',
  'incident.alarms': 'Alarms', 'incident.spill': 'Spill response', 'incident.ppe': 'Protective equipment',
  'incident.firstAid': 'First aid', 'incident.isolation': 'Initial isolation {m} m', 'incident.distance': '{d} m',
  'kpi.title': 'Alarm performance (last 24 h)', 'kpi.activations': 'Activations', 'kpi.perTen': 'Per 10 min (avg)',
  'kpi.maxTen': 'Max in 10 min', 'kpi.perDay': 'Per day (avg)', 'kpi.floods': 'Flood periods',
  'kpi.floodPct': 'Time in flood %', 'kpi.chattering': 'Chattering alarms', 'kpi.fleeting': 'Fleeting alarms',
  'kpi.stale': 'Stale alarms (>24 h)', 'kpi.top10': 'Ten most frequent', 'kpi.top10Share': 'Top-10 share %',
  'kpi.priority': 'Priority distribution', 'kpi.enterprise': 'Enterprise', 'kpi.park': 'Whole park', 'kpi.close': 'Close',
};

export const tr = translator(zh, en);
