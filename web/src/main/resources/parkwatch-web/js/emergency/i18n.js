/** Strings of the emergency command panel in zh-CN (default) and English. */
import { translator } from '../i18n/index.js';

const zh = {
  'em.title': '应急指挥 · {id}', 'em.drill': '演练', 'em.drillOn': '演练进行中：{note}', 'em.drillOnPlain': '演练进行中', 'em.proposal': '系统建议',
  'em.plan': '预案：{plan}', 'em.proposedLevel': '建议级别：{level}', 'em.noProposal': '暂无适用预案',
  'em.check.met': '满足', 'em.check.notMet': '不满足', 'em.check.unknown': '未知（尚无威胁区域）',
  'em.check': '{level} · {fact}：{actual}（阈值 ≥ {atLeast}）', 'em.decided': '已确定：{level}（{plan}）',
  'em.reason': '理由（必填）', 'em.confirmLevel': '确认级别', 'em.changeLevel': '调整级别', 'em.confirmIncident': '接警确认',
  'em.confirmed': '已接警确认', 'em.tasks': '任务', 'em.todo': '待办', 'em.doing': '进行中', 'em.done': '完成',
  'em.start': '开始', 'em.finish': '完成', 'em.dispatch': '资源调派', 'em.send': '调派', 'em.choose': '选择资源',
  'em.eta': '预计 {min} 分钟到达（{basis}）', 'em.noEta': '无法估算到达时间', 'em.log': '指挥日志',
  'em.chainOk': '日志链完整', 'em.chainBroken': '日志链已损坏', 'em.report': '复盘报告', 'em.failed': '操作失败：{msg}',
  'em.foam': '泡沫液需求 {need} t，库存 {have} t', 'em.foamShort': '泡沫液不足！', 'em.government': '已提升至政府层面',
  'em.level.I': '一级', 'em.level.II': '二级', 'em.level.III': '三级', 'em.level.IV': '四级',
  'em.fieldPage': '现场指挥页', 'em.replay': '回放',
};

const en = {
  'em.title': 'Emergency command · {id}', 'em.drill': 'Drill', 'em.drillOn': 'Drill in progress: {note}', 'em.drillOnPlain': 'Drill in progress',
  'em.proposal': 'Proposal', 'em.plan': 'Plan: {plan}', 'em.proposedLevel': 'Proposed level: {level}',
  'em.noProposal': 'No plan answers this incident', 'em.check.met': 'met', 'em.check.notMet': 'not met',
  'em.check.unknown': 'unknown (no threat zones yet)', 'em.check': '{level} · {fact}: {actual} (threshold ≥ {atLeast})',
  'em.decided': 'Decided: {level} ({plan})', 'em.reason': 'Reason (required)', 'em.confirmLevel': 'Confirm level',
  'em.changeLevel': 'Change level', 'em.confirmIncident': 'Confirm incident', 'em.confirmed': 'Incident confirmed',
  'em.tasks': 'Tasks', 'em.todo': 'To do', 'em.doing': 'In progress', 'em.done': 'Done', 'em.start': 'Start',
  'em.finish': 'Done', 'em.dispatch': 'Dispatch', 'em.send': 'Send', 'em.choose': 'Choose a resource',
  'em.eta': 'ETA {min} min ({basis})', 'em.noEta': 'no ETA could be estimated', 'em.log': 'Command log',
  'em.chainOk': 'log chain intact', 'em.chainBroken': 'log chain BROKEN', 'em.report': 'After-action report',
  'em.failed': 'Failed: {msg}', 'em.foam': 'Foam needed {need} t, in store {have} t', 'em.foamShort': 'Foam short!',
  'em.government': 'Escalated to the government level',
  'em.level.I': 'Level I', 'em.level.II': 'Level II', 'em.level.III': 'Level III', 'em.level.IV': 'Level IV',
  'em.fieldPage': 'Field page', 'em.replay': 'Replay',
};

export const tr = translator(zh, en);

/** Log actions in words. */
const ACTIONS_ZH = {
  'incident.detected': '发现事件', 'level.proposed': '系统建议级别', 'incident.confirmed': '接警确认',
  'level.decided': '确定响应级别', 'level.changed': '调整响应级别', 'escalated.government': '提升至政府层面',
  'facts.reported': '报告现场情况', 'task.created': '生成任务', 'task.doing': '任务进行中', 'task.done': '任务完成',
  'resource.dispatched': '调派资源', 'resource.released': '资源归队', 'material.issued': '物资出库',
  'evacuation.started': '开始疏散', 'all-clear': '解除警报', 'note': '备注', 'incident.closed': '报警侧关闭事件', 'incident.updated': '涉及企业变化',
};
const ACTIONS_EN = {
  'incident.detected': 'detected', 'level.proposed': 'level proposed', 'incident.confirmed': 'confirmed',
  'level.decided': 'level decided', 'level.changed': 'level changed', 'escalated.government': 'escalated to government',
  'facts.reported': 'facts reported', 'task.created': 'task created', 'task.doing': 'task in progress',
  'task.done': 'task done', 'resource.dispatched': 'resource dispatched', 'resource.released': 'resource released',
  'material.issued': 'material issued', 'evacuation.started': 'evacuation started', 'all-clear': 'all clear',
  'note': 'note', 'incident.closed': 'incident closed by alarms', 'incident.updated': 'enterprises changed',
};

export function actionText(action, language) {
  return (language === 'en' ? ACTIONS_EN : ACTIONS_ZH)[action] || action;
}
