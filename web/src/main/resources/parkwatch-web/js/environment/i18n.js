/**
 * Strings of the environment view in zh-CN (default) and English, kept beside its code like the risk view's; `tr`
 * follows the page language. Pollutant names come from the server's records (nameZh/nameEn) where it sends them.
 */
import { translator } from '../i18n/index.js';

const zh = {
  'env.button': '环境监测', 'env.title': '环境监测与污染溯源', 'env.close': '关闭',
  'env.park': '园区空气质量指数（AQI）', 'env.stations': '边界空气站', 'env.col.station': '空气站',
  'env.col.aqi': 'AQI', 'env.col.category': '类别', 'env.col.primary': '首要污染物', 'env.none': '暂无有效数据',
  'env.primaryNone': '—（AQI ≤ 50）', 'env.level': '{level}（{category}）', 'env.method': '按 HJ 633-2012 计算',
  'env.trace': '污染溯源', 'env.trace.pollutant': '污染物', 'env.trace.window': '时段', 'env.trace.run': '溯源分析',
  'env.trace.running': '分析中…', 'env.trace.failed': '溯源失败：{msg}', 'env.trace.hours': '最近 {n} 小时',
  'env.trace.byEnterprise': '按企业的可信度', 'env.trace.sources': '候选源排序',
  'env.col.rank': '名次', 'env.col.source': '候选源', 'env.col.enterprise': '企业', 'env.col.confidence': '可信度',
  'env.col.explained': '解释度', 'env.col.rate': '估算源强（kg/s）',
  'env.trace.samples': '使用 {n} 个读数，因静风跳过 {skipped} 个时间步',
  'env.trace.method': '方法：对每个候选源以记录的风向风速驱动高斯烟羽足迹，拟合源强与本底，按似然排序（假设单一恒定源、平坦地形）',
  'env.limits': '限值（标准与条款）', 'env.col.pollutant': '污染物', 'env.col.averaging': '平均时间',
  'env.col.limit': '限值', 'env.col.standard': '标准', 'env.col.status': '核实状态',
  'env.avg.1h': '1 小时平均', 'env.avg.24h': '24 小时平均', 'env.avg.8h-max': '日最大 8 小时滑动平均',
  'env.avg.annual': '年平均', 'env.avg.grab': '一次值',
  'env.medium.AMBIENT': '环境空气', 'env.medium.FENCE_LINE': '厂界', 'env.medium.WASTEWATER': '废水',
  'env.status.V': '已核实', 'env.status.P': '已转录', 'env.status.U': '未核实',
  'env.aqiLevel': '{n} 级',
  'env.cont': '三级防控（消防水与泄漏物）', 'env.cont.enterprise': '事故企业', 'env.cont.show': '生成防控任务',
  'env.cont.tier1': '一级（装置/罐区）', 'env.cont.tier2': '二级（企业）', 'env.cont.tier3': '三级（园区）',
  'env.cont.CONTAIN_IN_DIKE': '泄漏物与消防水截留在{place}围堰内（有效容积约 {m3} m³，未扣除储罐占位）',
  'env.cont.CLOSE_RAIN_VALVE': '关闭{place}截断阀', 'env.cont.DIVERT_TO_ACCIDENT_POOL': '切换导流至{place}（{m3} m³）',
  'env.cont.CLOSE_PARK_OUTFALL_VALVE': '关闭园区{place}截断阀', 'env.cont.USE_EMERGENCY_POND': '启用{place}（{m3} m³）',
  'env.valve.OPEN': '开启', 'env.valve.CLOSED': '已关闭', 'env.valve.UNKNOWN': '状态未知', 'env.cont.done': '已完成',
  'env.cont.todo': '待执行', 'env.cont.manual': '人工确认', 'env.cont.total': '可截留容积合计约 {m3} m³',
  'env.cont.travel': '若经{from}进入滨河，约 {h} 小时到达{to}（河道距离 {km} km，断面平均流速 {u} m/s）',
  'env.cont.noTravel': '无法估算河道流经时间：{msg}',
  'env.reports': '环境报表', 'env.report.day': '昨日日报', 'env.report.month': '本月月报', 'env.report.html': '网页（可打印）',
  'env.report.docx': 'Word 文档',
};

const en = {
  'env.button': 'Environment', 'env.title': 'Environmental monitoring and source tracing', 'env.close': 'Close',
  'env.park': 'Park air quality index (AQI)', 'env.stations': 'Boundary air stations', 'env.col.station': 'Station',
  'env.col.aqi': 'AQI', 'env.col.category': 'Category', 'env.col.primary': 'Primary pollutant',
  'env.none': 'No valid data yet', 'env.primaryNone': '— (AQI ≤ 50)', 'env.level': '{level} ({category})',
  'env.method': 'Computed per HJ 633-2012',
  'env.trace': 'Source tracing', 'env.trace.pollutant': 'Pollutant', 'env.trace.window': 'Window',
  'env.trace.run': 'Trace', 'env.trace.running': 'Tracing…', 'env.trace.failed': 'Tracing failed: {msg}',
  'env.trace.hours': 'last {n} h', 'env.trace.byEnterprise': 'Confidence by enterprise',
  'env.trace.sources': 'Candidate sources ranked', 'env.col.rank': 'Rank', 'env.col.source': 'Candidate',
  'env.col.enterprise': 'Enterprise', 'env.col.confidence': 'Confidence', 'env.col.explained': 'Explained',
  'env.col.rate': 'Fitted rate (kg/s)', 'env.trace.samples': '{n} readings used, {skipped} calm steps skipped',
  'env.trace.method': 'Method: a Gaussian-plume footprint from each candidate, driven by the recorded wind; rate and background fitted; ranked by likelihood (one steady source, flat terrain assumed)',
  'env.limits': 'Limits (standard and clause)', 'env.col.pollutant': 'Pollutant', 'env.col.averaging': 'Averaging',
  'env.col.limit': 'Limit', 'env.col.standard': 'Standard', 'env.col.status': 'Status',
  'env.avg.1h': '1-hour mean', 'env.avg.24h': '24-hour mean', 'env.avg.8h-max': 'daily max 8-hour rolling mean',
  'env.avg.annual': 'annual mean', 'env.avg.grab': 'single value',
  'env.medium.AMBIENT': 'ambient air', 'env.medium.FENCE_LINE': 'fence line', 'env.medium.WASTEWATER': 'wastewater',
  'env.status.V': 'verified', 'env.status.P': 'transcribed', 'env.status.U': 'unverified',
  'env.aqiLevel': 'Level {n}',
  'env.cont': 'Three-tier containment (firewater and spills)', 'env.cont.enterprise': 'Enterprise',
  'env.cont.show': 'Make the tasks', 'env.cont.tier1': 'Tier 1 (unit / tank farm)', 'env.cont.tier2': 'Tier 2 (enterprise)',
  'env.cont.tier3': 'Tier 3 (park)',
  'env.cont.CONTAIN_IN_DIKE': 'Hold spill and firewater inside the dike of {place} (about {m3} m³, tanks not deducted)',
  'env.cont.CLOSE_RAIN_VALVE': 'Close the shut-off valve of {place}', 'env.cont.DIVERT_TO_ACCIDENT_POOL': 'Divert to {place} ({m3} m³)',
  'env.cont.CLOSE_PARK_OUTFALL_VALVE': 'Close the park {place} shut-off valve', 'env.cont.USE_EMERGENCY_POND': 'Use {place} ({m3} m³)',
  'env.valve.OPEN': 'open', 'env.valve.CLOSED': 'closed', 'env.valve.UNKNOWN': 'state unknown', 'env.cont.done': 'done',
  'env.cont.todo': 'to do', 'env.cont.manual': 'confirm by hand', 'env.cont.total': 'Holding volume about {m3} m³ in all',
  'env.cont.travel': 'Entering the Binhe through {from}, a release reaches {to} in about {h} h ({km} km along the river at a mean section velocity of {u} m/s)',
  'env.cont.noTravel': 'No river travel time: {msg}',
  'env.reports': 'Environmental reports', 'env.report.day': 'Yesterday (daily)', 'env.report.month': 'This month (monthly)',
  'env.report.html': 'printable page', 'env.report.docx': 'Word document',
};

export const tr = translator(zh, en);

/** Traceable pollutants: query value and display names. */
export const TRACEABLE = [
  ['VOC', '总挥发性有机物（TVOC）', 'TVOC'], ['CL2', '氯气', 'chlorine'], ['NH3', '氨', 'ammonia'],
  ['H2S', '硫化氢', 'hydrogen sulphide'], ['BENZENE', '苯', 'benzene'], ['METHANOL', '甲醇', 'methanol'],
];
