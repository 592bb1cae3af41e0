/**
 * Strings of the enterprise portal in zh-CN (default) and English, next to the portal code like the alarm views'
 * strings; `tr` follows the page language and falls back to zh-CN, then to the shared dictionaries (`translator`).
 */
import { translator } from '../i18n/index.js';

const zh = {
  'portal.title': '企业门户', 'portal.mapping': '点位映射', 'portal.close': '关闭', 'portal.site': '本企业厂区',
  'portal.mapping.title': '{name} · OPC UA 点位映射', 'portal.namespace': '命名空间',
  'portal.bridges': '采集网关', 'portal.bridge.none': '尚无采集网关连接', 'portal.bridge.state': '状态',
  'portal.bridge.lastBatch': '最近批次', 'portal.bridge.lag': '延迟', 'portal.bridge.rate': '采样/秒',
  'portal.col.tag': '位号', 'portal.col.name': '名称', 'portal.col.node': 'OPC UA 节点', 'portal.col.sampling': '采样周期 ms',
  'portal.col.deadband': '死区', 'portal.col.range': '量程', 'portal.col.limits': '报警限 LL / L / H / HH',
  'portal.col.unit': '单位', 'portal.count': '共 {n} 个位号', 'portal.loadFailed': '点位映射加载失败：{msg}',
};

const en = {
  'portal.title': 'Enterprise portal', 'portal.mapping': 'Tag mapping', 'portal.close': 'Close', 'portal.site': 'Our site',
  'portal.mapping.title': '{name} · OPC UA tag mapping', 'portal.namespace': 'Namespace',
  'portal.bridges': 'Bridges', 'portal.bridge.none': 'No bridge connected yet', 'portal.bridge.state': 'State',
  'portal.bridge.lastBatch': 'Last batch', 'portal.bridge.lag': 'Lag', 'portal.bridge.rate': 'Samples/s',
  'portal.col.tag': 'Tag', 'portal.col.name': 'Name', 'portal.col.node': 'OPC UA node', 'portal.col.sampling': 'Sampling ms',
  'portal.col.deadband': 'Deadband', 'portal.col.range': 'Range', 'portal.col.limits': 'Limits LL / L / H / HH',
  'portal.col.unit': 'Unit', 'portal.count': '{n} tags', 'portal.loadFailed': 'Tag mapping failed to load: {msg}',
};

export const tr = translator(zh, en);
