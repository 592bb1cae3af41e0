/**
 * Strings of the big screen (/screen) in zh-CN (default) and English, kept next to its code like the alarm views'.
 * `tr` follows the page language of ../i18n/index.js;
 * fallbacks: zh-CN, then the shared dictionaries (`translator`).
 */
import { applyStatic, translator } from '../i18n/index.js';

const zh = {
  'screen.title': '园区安全生产监测预警大屏', 'screen.lang': 'English', 'screen.langTitle': '切换语言',
  'ws.connecting': '连接中', 'ws.open': '实时', 'ws.closed': '已断开',
  'panel.alarmsByPriority': '活动报警（按优先级）', 'panel.alarmsByEnterprise': '活动报警（按企业）',
  'panel.alarmTrend': '近 24 小时报警趋势', 'panel.hazardsByGrade': '重大危险源分级', 'panel.riskColours': '企业风险分级（红橙黄蓝）',
  'panel.feedHealth': '数据接入状态', 'panel.environment': '环境监测', 'panel.incidents': '进行中的联动事件',
  'priority.critical': '紧急', 'priority.high': '高', 'priority.medium': '中', 'priority.low': '低',
  'grade.1': '一级', 'grade.2': '二级', 'grade.3': '三级', 'grade.4': '四级',
  'risk.red': '红', 'risk.orange': '橙', 'risk.yellow': '黄', 'risk.blue': '蓝',
  'feed.ok': '正常', 'feed.degraded': '降级', 'feed.down': '中断', 'feed.frozen': '数据冻结', 'feed.stale': '{n} 个位号陈旧',
  'trend.activations': '报警次数', 'alarms.total': '共 {n} 条', 'hazards.total': '重大危险源 {n} 处',
  'incidents.none': '无进行中的事件', 'incident.LEAK': '确认泄漏', 'incident.SIS_TRIP': 'SIS 联锁', 'incident.DOMINO': '多米诺（跨企业）',
  'env.weather': '气象', 'env.air': '边界空气站 AQI（HJ 633-2012）与特征污染物（µg/m³）', 'env.primary': '首要污染物', 'env.wind': '风速', 'env.windDir': '风向', 'env.temp': '气温',
  'env.humidity': '湿度', 'env.noData': '—', 'notice.loadFailed': '部分数据加载失败：{msg}',
  'count.none': '无', 'since': '{t} 起',
  'war.title': '园区应急指挥（战时）', 'war.tasks': '任务看板', 'war.resources': '调派资源', 'war.timeline': '指挥时间线',
  'war.level.I': '一级响应', 'war.level.II': '二级响应', 'war.level.III': '三级响应', 'war.level.IV': '四级响应',
  'war.incident': '事件 {id} · {t} 发现 · 已 {min} 分钟', 'war.evacuating': '疏散中', 'war.government': '已提升至政府层面',
  'war.drill': '演练', 'war.status.TODO': '待办', 'war.status.DOING': '进行中', 'war.status.DONE': '完成',
  'war.noEta': '无法估算到达时间', 'war.arrives': '预计 {t} 到达', 'war.arrived': '{t} 已到场', 'war.noResources': '尚未调派资源',
  'logi.title': '危化品物流', 'logi.onTheMove': '园区在途（按品种）', 'logi.today': '今日进园前五品种',
  'commit.title': '今日安全承诺', 'commit.rate': '按时率 {rate}%', 'commit.detail': '按时 {on} · 迟报 {late} · 未报 {missing}（共 {n} 家）',
  'logi.tonnes': '{t} 吨', 'logi.trucks': '{n} 车', 'logi.none': '暂无', 'logi.total': '在途合计 {t} 吨',
  'work.title': '今日特殊作业', 'work.hotSpecial': '特级动火', 'work.hot1': '一级动火', 'work.confined': '受限空间',
  'work.active': '当前作业 {n} 处',
};

const en = {
  'screen.title': 'Park Safety Monitoring and Early Warning', 'screen.lang': '中文', 'screen.langTitle': 'Switch language',
  'ws.connecting': 'Connecting', 'ws.open': 'Live', 'ws.closed': 'Disconnected',
  'panel.alarmsByPriority': 'Active alarms by priority', 'panel.alarmsByEnterprise': 'Active alarms by enterprise',
  'panel.alarmTrend': 'Alarms, last 24 h', 'panel.hazardsByGrade': 'Major hazards by grade',
  'panel.riskColours': 'Enterprise risk colours', 'panel.feedHealth': 'Feed health', 'panel.environment': 'Environment',
  'panel.incidents': 'Open incidents',
  'priority.critical': 'Critical', 'priority.high': 'High', 'priority.medium': 'Medium', 'priority.low': 'Low',
  'grade.1': 'Level 1', 'grade.2': 'Level 2', 'grade.3': 'Level 3', 'grade.4': 'Level 4',
  'risk.red': 'Red', 'risk.orange': 'Orange', 'risk.yellow': 'Yellow', 'risk.blue': 'Blue',
  'feed.ok': 'OK', 'feed.degraded': 'Degraded', 'feed.down': 'Down', 'feed.frozen': 'Frozen', 'feed.stale': '{n} stale tags',
  'trend.activations': 'Activations', 'alarms.total': '{n} in total', 'hazards.total': '{n} major hazards',
  'incidents.none': 'No open incidents', 'incident.LEAK': 'Confirmed leak', 'incident.SIS_TRIP': 'SIS trip',
  'incident.DOMINO': 'Domino (cross-enterprise)',
  'env.weather': 'Weather', 'env.air': 'Boundary stations: AQI (HJ 633-2012) and characteristic pollutants (µg/m³)', 'env.primary': 'Primary pollutant', 'env.wind': 'Wind', 'env.windDir': 'Direction',
  'env.temp': 'Temperature', 'env.humidity': 'Humidity', 'env.noData': '—',
  'notice.loadFailed': 'Some data failed to load: {msg}', 'count.none': 'None', 'since': 'since {t}',
  'war.title': 'Park emergency command (war time)', 'war.tasks': 'Task board', 'war.resources': 'Dispatched resources',
  'war.timeline': 'Command timeline', 'war.level.I': 'Level I response', 'war.level.II': 'Level II response',
  'war.level.III': 'Level III response', 'war.level.IV': 'Level IV response',
  'war.incident': 'Incident {id} · detected {t} · {min} min ago', 'war.evacuating': 'Evacuating',
  'war.government': 'Escalated to the government level', 'war.drill': 'Drill', 'war.status.TODO': 'To do',
  'war.status.DOING': 'In progress', 'war.status.DONE': 'Done', 'war.noEta': 'no ETA could be estimated',
  'war.arrives': 'arrives {t}', 'war.arrived': 'on scene since {t}', 'war.noResources': 'Nothing dispatched yet',
  'logi.title': 'Hazmat logistics', 'logi.onTheMove': 'On the move in the park, by chemical',
  'commit.title': "Today's safety commitments", 'commit.rate': 'on time {rate}%', 'commit.detail': 'on time {on} · late {late} · missing {missing} (of {n})',
  'logi.today': "Today's top five chemicals", 'logi.tonnes': '{t} t', 'logi.trucks': 'trucks: {n}', 'logi.none': 'none',
  'logi.total': '{t} t on the move',
  'work.title': "Today's special work", 'work.hotSpecial': 'Hot work, special', 'work.hot1': 'Hot work, grade 1',
  'work.confined': 'Confined space', 'work.active': '{n} active now',
};

export const tr = translator(zh, en);

/** Fills the page's `data-i18n` text (its own strings and the shared ones of the login form) and its title. */
export function applyScreenText() {
  applyStatic(document, { tr, titleKey: 'screen.title' });
}
