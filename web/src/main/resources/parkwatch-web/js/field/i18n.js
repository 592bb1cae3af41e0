/**
 * Strings of the field commander's page (/field) in zh-CN (default) and English; the emergency panel's strings
 * (levels, statuses, log actions) come from ../emergency/i18n.js.
 */
import { applyStatic, translator } from '../i18n/index.js';

const zh = {
  'field.title': '现场指挥', 'field.lang': 'English', 'field.incident': '选择事件', 'field.tasks': '任务', 'field.messages': '消息',
  'field.none': '当前没有进行中的应急事件', 'field.option': '{id} · {level}', 'field.noLevel': '未定级',
  'field.head': '{level} · {open}/{total} 项任务未完成', 'field.noTasks': '尚未确定响应级别，暂无任务',
  'field.owner': '责任：{owner}', 'field.since': '{status} · {t}', 'field.start': '开始', 'field.finish': '完成',
  'field.note': '现场情况、请求或指令', 'field.post': '发送', 'field.noMessages': '暂无消息',
  'field.failed': '操作失败：{msg}', 'field.loadFailed': '加载失败：{msg}', 'field.readOnly': '只读：无指挥权限',
  'field.position': '我的位置', 'field.closed': '已解除警报',
};

const en = {
  'field.title': 'Field command', 'field.lang': '中文', 'field.incident': 'Choose incident', 'field.tasks': 'Tasks',
  'field.messages': 'Messages', 'field.none': 'No emergency is open', 'field.option': '{id} · {level}',
  'field.noLevel': 'no level yet', 'field.head': '{level} · {open} of {total} tasks open',
  'field.noTasks': 'No response level decided yet, so no tasks', 'field.owner': 'Owner: {owner}',
  'field.since': '{status} · {t}', 'field.start': 'Start', 'field.finish': 'Done', 'field.note': 'Situation, request or order',
  'field.post': 'Send', 'field.noMessages': 'No messages yet', 'field.failed': 'Failed: {msg}',
  'field.loadFailed': 'Loading failed: {msg}', 'field.readOnly': 'Read only: no command permission',
  'field.position': 'My position', 'field.closed': 'All clear given',
};

export const tr = translator(zh, en);

export function applyFieldText() {
  applyStatic(document, { tr, titleKey: 'field.title' });
}
