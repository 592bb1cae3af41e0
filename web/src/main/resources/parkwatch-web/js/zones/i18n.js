/**
 * Strings of the threat-zone views in zh-CN (default) and English; `tr` follows the page language and falls back to
 * zh-CN, then to the shared dictionaries (`translator`).
 */
import { translator } from '../i18n/index.js';

const zh = {
  'zones.title': '威胁区域', 'zones.whatIf': '假设分析', 'zones.close': '关闭', 'zones.none': '无',
  'zones.incident': '事件 {id}', 'zones.whatIfResult': '假设分析结果', 'zones.people': '区域内人数：{n}',
  'zones.sensitive': '敏感目标 {n} 个', 'zones.targets': '区域内敏感目标与人口', 'zones.installations': '区域内装置/储罐',
  'zones.resources': '区域外最近应急资源', 'zones.resourcesInside': '位于区域内的应急资源', 'zones.warnings': '模型提示',
  'zones.inputs': '输入', 'zones.legend': '图例', 'zones.notReached': '未达到', 'zones.distance': '{d} m',
  'zones.wind': '风向 {from}°（来向），风速 {speed} m/s，稳定度 {s}', 'zones.source': '气象来源：{src}',
  'zones.rate': '泄漏速率 {q} kg/s', 'zones.mass': '瞬时泄漏量 {m} kg', 'zones.model': '模型：{m}',
  'zones.dense': '重气', 'zones.passive': '非重气', 'zones.assumptions': '假设',
  'zones.outcome.toxic': '毒性扩散', 'zones.outcome.poolfire': '池火', 'zones.outcome.fireball': 'BLEVE 火球',
  'zones.outcome.vce': '蒸气云爆炸（TNT 当量法）', 'zones.outcome.vce-tno': '蒸气云爆炸（TNO 多能法）',
  'zones.kind.confirmed': '已确认泄漏的影响区域', 'zones.kind.what-if': '假设情景（并未发生泄漏）',
  'zones.span': '{from}–{to} m：{m}', 'zones.spanOpen': '{from} m 以外：{m}',
  'whatif.title': '假设分析（手动输入）', 'whatif.place': '泄漏位置', 'whatif.pick': '在地图上点选',
  'whatif.picking': '请在地图上点击泄漏位置…', 'whatif.feature': '或要素编号（如 E01-V101）',
  'whatif.chemical': '化学品（CAS 或名称）', 'whatif.rate': '泄漏速率 kg/s（空 = 储罐典型泄漏）', 'whatif.mass': '或瞬时泄漏量 kg',
  'whatif.windFrom': '风向（来向）°', 'whatif.windSpeed': '风速 m/s', 'whatif.stability': '稳定度（空 = 自动）',
  'whatif.outcome': '后果类型（空 = 按危险性）', 'whatif.run': '计算', 'whatif.live': '取实时气象',
  'whatif.failed': '计算失败：{msg}', 'whatif.auto': '自动', 'whatif.lon': '经度', 'whatif.lat': '纬度',
  'whatif.outcome.toxic': '毒性扩散', 'whatif.outcome.poolfire': '池火', 'whatif.outcome.fireball': 'BLEVE 火球',
  'whatif.outcome.vce': '蒸气云爆炸（TNT 当量法）', 'whatif.outcome.vce-tno': '蒸气云爆炸（TNO 多能法）',
  'zones.model.britter-mcquaid-puff': 'Britter–McQuaid 重气瞬时模型', 'zones.model.tno-multi-energy': 'TNO 多能法',
  'zones.model.gaussian-plume': '高斯烟羽模型', 'zones.model.gaussian-puff': '高斯烟团模型',
  'zones.model.britter-mcquaid': 'Britter–McQuaid 重气模型', 'zones.model.pool-fire': '池火热辐射模型',
  'zones.model.bleve-fireball': 'BLEVE 火球模型', 'zones.model.tnt-equivalence': 'TNT 当量法',
  'zones.src.manual': '手动输入', 'zones.src.live': '实时气象站 {station}（{time}）',
  'zones.src.mixed': '手动输入风向风速，其余取自实时气象站 {station}（{time}）',
};

const en = {
  'zones.title': 'Threat zones', 'zones.whatIf': 'What if', 'zones.close': 'Close', 'zones.none': 'None',
  'zones.incident': 'Incident {id}', 'zones.whatIfResult': 'What-if result', 'zones.people': 'People inside: {n}',
  'zones.sensitive': '{n} sensitive targets', 'zones.targets': 'Targets and people inside',
  'zones.installations': 'Installations inside', 'zones.resources': 'Nearest emergency resources outside',
  'zones.resourcesInside': 'Emergency resources inside the zones', 'zones.warnings': 'Model warnings',
  'zones.inputs': 'Inputs', 'zones.legend': 'Legend', 'zones.notReached': 'not reached', 'zones.distance': '{d} m',
  'zones.wind': 'wind from {from}° at {speed} m/s, stability {s}', 'zones.source': 'weather: {src}',
  'zones.rate': 'release {q} kg/s', 'zones.mass': 'instantaneous {m} kg', 'zones.model': 'model: {m}',
  'zones.dense': 'dense gas', 'zones.passive': 'passive', 'zones.assumptions': 'Assumptions',
  'zones.outcome.toxic': 'Toxic dispersion', 'zones.outcome.poolfire': 'Pool fire', 'zones.outcome.fireball': 'BLEVE fireball',
  'zones.outcome.vce': 'Vapour cloud explosion (TNT equivalence)',
  'zones.outcome.vce-tno': 'Vapour cloud explosion (TNO multi-energy)',
  'zones.kind.confirmed': 'Zones of a confirmed release', 'zones.kind.what-if': 'What-if scenario (nothing has leaked)',
  'zones.span': '{from}–{to} m: {m}', 'zones.spanOpen': 'beyond {from} m: {m}',
  'whatif.title': 'What if (manual inputs)', 'whatif.place': 'Release place', 'whatif.pick': 'Pick on the map',
  'whatif.picking': 'Click the release place on the map…', 'whatif.feature': 'or feature id (e.g. E01-V101)',
  'whatif.chemical': 'Chemical (CAS or name)', 'whatif.rate': 'Release rate kg/s (empty = typical tank leak)',
  'whatif.mass': 'or instantaneous mass kg', 'whatif.windFrom': 'Wind from °', 'whatif.windSpeed': 'Wind speed m/s',
  'whatif.stability': 'Stability (empty = derived)', 'whatif.outcome': 'Outcome (empty = from the hazards)',
  'whatif.run': 'Compute', 'whatif.live': 'Live weather', 'whatif.failed': 'Computation failed: {msg}', 'whatif.auto': 'auto',
  'whatif.lon': 'Longitude', 'whatif.lat': 'Latitude',
  'whatif.outcome.toxic': 'Toxic dispersion', 'whatif.outcome.poolfire': 'Pool fire', 'whatif.outcome.fireball': 'BLEVE fireball',
  'whatif.outcome.vce': 'Vapour cloud explosion (TNT equivalence)',
  'whatif.outcome.vce-tno': 'Vapour cloud explosion (TNO multi-energy)',
  'zones.model.britter-mcquaid-puff': 'Britter–McQuaid dense puff', 'zones.model.tno-multi-energy': 'TNO multi-energy',
  'zones.model.gaussian-plume': 'Gaussian plume', 'zones.model.gaussian-puff': 'Gaussian puff',
  'zones.model.britter-mcquaid': 'Britter–McQuaid dense gas', 'zones.model.pool-fire': 'Pool fire radiation',
  'zones.model.bleve-fireball': 'BLEVE fireball', 'zones.model.tnt-equivalence': 'TNT equivalence',
  'zones.src.manual': 'manual input', 'zones.src.live': 'live weather station {station} ({time})',
  'zones.src.mixed': 'manual wind, the rest from live weather station {station} ({time})',
};

export const tr = translator(zh, en);

/** A model id of the server ("britter-mcquaid") in words; an unknown one as it came. */
export function modelName(id) {
  const key = `zones.model.${id}`;
  const text = tr(key);
  return text === key ? id : text;
}

/**
 * The server's weather source ("manual", "live PARK-WS1 at 2026-12-06T09:50:02Z", "manual + live …") in words, the
 * time through Intl in the UI's locale, 24-hour.
 */
export function weatherSourceText(src, formatTime) {
  const live = /live (\S+) at (\S+)/.exec(src || '');
  if (!live) return src === 'manual' ? tr('zones.src.manual') : (src || '—');
  const params = { station: live[1], time: formatTime(Date.parse(live[2])) };
  return tr(src.startsWith('manual') ? 'zones.src.mixed' : 'zones.src.live', params);
}
