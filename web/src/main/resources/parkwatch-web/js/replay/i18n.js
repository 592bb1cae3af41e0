/** Strings of the incident replay (/replay) in zh-CN (default) and English. */
import { applyStatic, translator } from '../i18n/index.js';

const zh = {
  'replay.title': '事件回放', 'replay.lang': 'English', 'replay.incident': '选择事件', 'replay.slider': '拖动以回看任意时刻',
  'replay.now': '最新', 'replay.play': '播放', 'replay.pause': '暂停', 'replay.speed': '回放速度（倍速）', 'replay.none': '没有可回放的应急事件', 'replay.at': '{t}（发现后 {since}）', 'replay.before': '{t}（发现前 {since}）',
  'replay.level': '响应级别：{level}', 'replay.noLevel': '未定级', 'replay.confirmed': '已接警确认', 'replay.evacuating': '疏散中',
  'replay.allClear': '已解除警报', 'replay.government': '已提升至政府层面', 'replay.zones': '威胁区域：{n} 个（{t} 计算）',
  'replay.noZones': '尚无威胁区域', 'replay.routes': '疏散路线 {evac} 条，就地避险 {inPlace} 处',
  'replay.alarms': '活动报警（{n}）', 'replay.noAlarms': '无活动报警', 'replay.values': '有毒/可燃气体探测器',
  'replay.wind': '风向 {dir}°，风速 {speed} m/s', 'replay.tasks': '任务（{done}/{n} 完成）', 'replay.dispatches': '调派资源',
  'replay.noDispatches': '尚未调派', 'replay.log': '指挥日志（至此刻）', 'replay.loadFailed': '加载失败：{msg}',
  'move.en_route': '在途', 'move.on_scene': '到场', 'move.released': '归队',
  'priority.critical': '紧急', 'priority.high': '高', 'priority.medium': '中', 'priority.low': '低', 'noValue': '—',
};

const en = {
  'replay.title': 'Incident replay', 'replay.lang': '中文', 'replay.incident': 'Choose incident',
  'replay.slider': 'Drag to see any moment', 'replay.play': 'Play', 'replay.pause': 'Pause',
  'replay.speed': 'Playback speed (× real time)', 'replay.now': 'Latest', 'replay.none': 'No emergency to replay',
  'replay.at': '{t} ({since} after detection)', 'replay.before': '{t} ({since} before detection)',
  'replay.level': 'Response level: {level}', 'replay.noLevel': 'not decided', 'replay.confirmed': 'Incident confirmed',
  'replay.evacuating': 'Evacuating', 'replay.allClear': 'All clear', 'replay.government': 'Escalated to the government level',
  'replay.zones': 'Threat zones: {n} (computed {t})', 'replay.noZones': 'No threat zones yet',
  'replay.routes': '{evac} evacuation routes, {inPlace} shelter in place', 'replay.alarms': 'Active alarms ({n})',
  'replay.noAlarms': 'No active alarms', 'replay.values': 'Toxic / flammable gas detectors',
  'replay.wind': 'Wind from {dir}°, {speed} m/s', 'replay.tasks': 'Tasks ({done} of {n} done)', 'replay.dispatches': 'Dispatched',
  'replay.noDispatches': 'Nothing dispatched yet', 'replay.log': 'Command log (up to this moment)',
  'replay.loadFailed': 'Loading failed: {msg}', 'move.en_route': 'en route', 'move.on_scene': 'on scene',
  'move.released': 'released', 'priority.critical': 'Critical', 'priority.high': 'High', 'priority.medium': 'Medium',
  'priority.low': 'Low', 'noValue': '—',
};

export const tr = translator(zh, en);

export function applyReplayText() {
  applyStatic(document, { tr, titleKey: 'replay.title' });
}
