/** Strings of the pipeline view (issue 16) in zh-CN (default) and English. */
import { translator } from '../i18n/index.js';

const zh = {
  'pipes.button': '管道', 'pipes.title': '管道安全距离、占压与巡线', 'pipes.close': '关闭',
  'pipes.layers': '图层', 'pipes.layer.lines': '管道与管廊', 'pipes.layer.zones': '安全距离带',
  'pipes.layer.encroach': '占压与近距建筑', 'pipes.layer.tracks': '巡线轨迹',
  'pipes.classes': '各类管道安全距离', 'pipes.class': '管道类别', 'pipes.zone': '范围', 'pipes.rule': '要求',
  'pipes.source': '依据', 'pipes.m': '{v} 米', 'pipes.noValue': '无来源数值，不作检查',
  'pipes.status.V': '已核实', 'pipes.status.P': '部分核实', 'pipes.status.U': '未核实',
  'pipes.encroach': '安全距离内的建筑与设施', 'pipes.pipeline': '管道', 'pipes.feature': '建筑/设施',
  'pipes.distance': '距中心线', 'pipes.none': '未发现',
  'pipes.severity.violation': '禁止', 'pipes.severity.permit': '须批准',
  'pipes.coverage': '近 {d} 天巡线覆盖（轨迹 {m} 米内计为已巡）', 'pipes.covered': '覆盖率', 'pipes.length': '长度',
  'pipes.lowSegments': '未全覆盖管段', 'pipes.patrols': '巡线记录 {n} 次',
};
const en = {
  'pipes.button': 'Pipelines', 'pipes.title': 'Pipeline safety distances, encroachment and patrols', 'pipes.close': 'Close',
  'pipes.layers': 'Layers', 'pipes.layer.lines': 'Pipelines and pipe racks', 'pipes.layer.zones': 'Safety distance bands',
  'pipes.layer.encroach': 'Encroaching buildings', 'pipes.layer.tracks': 'Patrol tracks',
  'pipes.classes': 'Safety distances by pipeline class', 'pipes.class': 'Class', 'pipes.zone': 'Band', 'pipes.rule': 'Rule',
  'pipes.source': 'Source', 'pipes.m': '{v} m', 'pipes.noValue': 'no value from a source; not checked',
  'pipes.status.V': 'verified', 'pipes.status.P': 'partly verified', 'pipes.status.U': 'unverified',
  'pipes.encroach': 'Buildings and facilities within the safety distances', 'pipes.pipeline': 'Pipeline',
  'pipes.feature': 'Building / facility', 'pipes.distance': 'From centre line', 'pipes.none': 'None found',
  'pipes.severity.violation': 'forbidden', 'pipes.severity.permit': 'needs approval',
  'pipes.coverage': 'Patrol coverage, last {d} days (within {m} m of a track counts)', 'pipes.covered': 'Covered',
  'pipes.length': 'Length', 'pipes.lowSegments': 'Segments not fully covered', 'pipes.patrols': '{n} patrols',
};

export const tr = translator(zh, en);
