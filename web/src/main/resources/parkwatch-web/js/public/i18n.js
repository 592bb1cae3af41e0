/**
 * Strings of the public display (/public) in zh-CN (default) and English. The language is the page's (../i18n),
 * `?lang=en` in the kiosk URL starts it in English.
 */
import { applyStatic, translator } from '../i18n/index.js';

const zh = {
  'public.title': '园区安全与环境信息公开', 'public.lang': 'English',
  'status.normal': '正常', 'status.watch': '关注', 'status.alert': '警戒', 'status.pending': '数据准备中',
  'status.caption': '园区安全状态',
  'commit.title': '今日企业安全承诺', 'commit.safe': '已承诺 · 安全运行', 'commit.unsafe': '已承诺 · 非安全状态', 'commit.missing': '尚未承诺',
  'status.explain.normal': '园区各企业生产运行平稳，安全监测系统运行正常。',
  'status.explain.watch': '园区监测到需要关注的情况，值班人员正在处置。',
  'status.explain.alert': '园区正在处置异常情况，请听从现场工作人员和广播指引。',
  'status.explain.pending': '公开数据按规定延时发布，请稍候。',
  'air.title': '环境空气质量指数（AQI）', 'air.trend': '近 24 小时园区平均浓度（µg/m³）', 'air.level.good': '良好', 'air.level.elevated': '偏高',
  'air.level.high': '超标', 'air.level.none': '暂无数据', 'air.park': '园区整体', 'air.primary': '首要污染物', 'air.primaryNone': '无（AQI ≤ 50）',
  'map.title': '园区概览', 'map.enterprises': '入园企业 {n} 家',
  'map.refuges': '避难场所与紧急集合点', 'map.hotlines': '应急电话',
  'map.kind.shelter': '避难场所', 'map.kind.assembly-point': '紧急集合点',
  'status.days': '距上次事件已 {n} 天',
  'delay': '安全状态实时 · 监测数据延时 {m} 分钟发布 · 更新于 {t}', 'delaySeconds': '安全状态实时 · 监测数据延时 {s} 秒发布 · 更新于 {t}', 'offline': '正在重新连接…',
  'view.map': '园区概览', 'view.air': '空气质量', 'view.status': '安全状态', 'view.disclosure': '环境信息公开',
  'disclosure.title': '园区环境信息公开', 'disclosure.aqi': '环境空气质量指数（AQI）',
  'disclosure.aqi.station': '监测站点', 'disclosure.aqi.level': '级别（类别）',
  'disclosure.exceed': '超标情况', 'disclosure.summary': '今日超标 {today} 次 · 本月超标 {month} 次',
  'disclosure.exceed.place': '监测点位', 'disclosure.exceed.pollutant': '污染物', 'disclosure.exceed.averaging': '评价时段',
  'disclosure.exceed.limit': '标准限值', 'disclosure.exceed.today': '今日', 'disclosure.exceed.month': '本月',
  'disclosure.exceed.last': '最近一次', 'disclosure.noExceedance': '本月各监测点位未出现超标。',
  'disclosure.permits': '企业排污许可证', 'disclosure.permit.enterprise': '企业', 'disclosure.permit.state': '状态',
  'disclosure.permit.validity': '有效期', 'disclosure.permit.valid': '有效', 'disclosure.permit.expiring': '有效（即将到期）',
  'disclosure.permit.expired': '已过期', 'disclosure.permit.not-yet-valid': '尚未生效', 'disclosure.permit.none': '未登记',
  'disclosure.source': '数据来源：园区环境监测系统、企业排污许可登记。超标按国家标准的评价时段判定；AQI 按 HJ 633-2012 由实时浓度计算。',
};

const en = {
  'public.title': 'Park Safety and Environment Information', 'public.lang': '中文',
  'status.normal': 'Normal', 'status.watch': 'Watch', 'status.alert': 'Alert', 'status.pending': 'Preparing data',
  'status.caption': 'Park safety status',
  'commit.title': "Today's enterprise safety commitments", 'commit.safe': 'declared · safe operation', 'commit.unsafe': 'declared · not in a safe state', 'commit.missing': 'not yet declared',
  'status.explain.normal': 'Operations across the park are steady and the safety monitoring system is working normally.',
  'status.explain.watch': 'The park is watching a situation; the duty team is dealing with it.',
  'status.explain.alert': 'The park is dealing with an abnormal situation. Please follow staff and announcements.',
  'status.explain.pending': 'Public data is published with a delay. Please wait.',
  'air.title': 'Air quality index (AQI)', 'air.trend': 'Park average, last 24 h (µg/m³)', 'air.level.good': 'Good',
  'air.level.elevated': 'Elevated', 'air.level.high': 'High', 'air.level.none': 'No data', 'air.park': 'Whole park', 'air.primary': 'Primary pollutant', 'air.primaryNone': 'none (AQI ≤ 50)',
  'map.title': 'Park overview', 'map.enterprises': '{n} enterprises in the park',
  'map.refuges': 'Shelters and assembly points', 'map.hotlines': 'Emergency numbers',
  'map.kind.shelter': 'Shelter', 'map.kind.assembly-point': 'Assembly point',
  'status.days': '{n} days since the last incident',
  'delay': 'Safety status live · readings published with a {m}-minute delay · as of {t}', 'delaySeconds': 'Safety status live · readings published with a {s}-second delay · as of {t}', 'offline': 'Reconnecting…',
  'view.map': 'Park overview', 'view.air': 'Air quality', 'view.status': 'Safety status',
  'view.disclosure': 'Environmental information',
  'disclosure.title': 'Environmental information disclosure', 'disclosure.aqi': 'Air quality index (AQI)',
  'disclosure.aqi.station': 'Station', 'disclosure.aqi.level': 'Category',
  'disclosure.exceed': 'Limit exceedances', 'disclosure.summary': 'Exceedances today: {today} · this month: {month}',
  'disclosure.exceed.place': 'Monitoring point', 'disclosure.exceed.pollutant': 'Pollutant',
  'disclosure.exceed.averaging': 'Averaging', 'disclosure.exceed.limit': 'Limit', 'disclosure.exceed.today': 'Today',
  'disclosure.exceed.month': 'Month', 'disclosure.exceed.last': 'Latest',
  'disclosure.noExceedance': 'No monitoring point exceeded a limit this month.',
  'disclosure.permits': 'Pollutant discharge permits', 'disclosure.permit.enterprise': 'Enterprise',
  'disclosure.permit.state': 'State', 'disclosure.permit.validity': 'Valid', 'disclosure.permit.valid': 'Valid',
  'disclosure.permit.expiring': 'Valid (expiring soon)', 'disclosure.permit.expired': 'Expired',
  'disclosure.permit.not-yet-valid': 'Not yet valid', 'disclosure.permit.none': 'None on record',
  'disclosure.source': 'Sources: the park\'s environmental monitoring and the enterprises\' discharge permits. Exceedances are judged on the national standards\' averaging periods; the AQI is computed per HJ 633-2012 from live concentrations.',
};

export const tr = translator(zh, en);

/** "14:05" in the page language's clock format. */
export function hourMinute(ms, language) {
  return new Date(ms).toLocaleTimeString(language === 'en' ? 'en-GB' : 'zh-CN',
    { hour: '2-digit', minute: '2-digit', hour12: false });
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A calendar day given as yyyy-mm-dd in the page language: "2026年12月6日" or "6 Dec 2026" (without the year when
 * `short`: "12月6日", "6 Dec"). Parsed from its parts, so no time zone can move it to another day.
 */
export function dayText(iso, language, short = false) {
  const [y, m, d] = String(iso).split('-').map(Number);
  if (!y || !m || !d) return '—';
  if (language === 'en') return short ? `${d} ${MONTHS_EN[m - 1]}` : `${d} ${MONTHS_EN[m - 1]} ${y}`;
  return short ? `${m}月${d}日` : `${y}年${m}月${d}日`;
}

/** Fills the page's `data-i18n` text and its title. */
export function applyPublicText() {
  applyStatic(document, { tr, titleKey: 'public.title' });
}
