/**
 * Strings of the public display (/public) in zh-CN (default) and English. The language is the page's (../i18n),
 * `?lang=en` in the kiosk URL starts it in English.
 */
import { applyStatic, translator } from '../i18n/index.js';

const zh = {
  'public.title': '园区安全与环境信息公开', 'public.lang': 'English',
  'status.normal': '正常', 'status.watch': '关注', 'status.alert': '警戒', 'status.pending': '数据准备中',
  'status.caption': '园区安全状态',
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
  'view.map': '园区概览', 'view.air': '空气质量', 'view.status': '安全状态',
};

const en = {
  'public.title': 'Park Safety and Environment Information', 'public.lang': '中文',
  'status.normal': 'Normal', 'status.watch': 'Watch', 'status.alert': 'Alert', 'status.pending': 'Preparing data',
  'status.caption': 'Park safety status',
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
};

export const tr = translator(zh, en);

/** "14:05" in the page language's clock format. */
export function hourMinute(ms, language) {
  return new Date(ms).toLocaleTimeString(language === 'en' ? 'en-GB' : 'zh-CN',
    { hour: '2-digit', minute: '2-digit', hour12: false });
}

/** Fills the page's `data-i18n` text and its title. */
export function applyPublicText() {
  applyStatic(document, { tr, titleKey: 'public.title' });
}
