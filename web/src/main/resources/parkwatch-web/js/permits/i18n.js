/** Strings of the special work permits (特殊作业, issue 15): panel, filing form, map layer, statistics; zh-CN and English. */
import { translator } from '../i18n/index.js';

const zh = {
  'wp.button': '特殊作业', 'wp.title': '特殊作业许可（GB 30871-2022）', 'wp.close': '关闭',
  'wp.tab.list': '作业票', 'wp.tab.file': '申报作业票', 'wp.tab.stats': '统计',
  'wp.layer': '作业中的特殊作业',
  'wp.kind.HOT_WORK': '动火作业', 'wp.kind.CONFINED_SPACE': '受限空间作业', 'wp.kind.BLIND_PLATE': '盲板抽堵作业',
  'wp.kind.WORK_AT_HEIGHT': '高处作业', 'wp.kind.LIFTING': '吊装作业', 'wp.kind.TEMP_POWER': '临时用电作业',
  'wp.kind.EXCAVATION': '动土作业', 'wp.kind.ROAD_CLOSURE': '断路作业',
  'wp.level.special': '特级', 'wp.level.1': '一级', 'wp.level.2': '二级', 'wp.level.3': '三级',
  'wp.level.I': 'Ⅰ级', 'wp.level.II': 'Ⅱ级', 'wp.level.III': 'Ⅲ级', 'wp.level.IV': 'Ⅳ级', 'wp.level.none': '不分级',
  'wp.state.APPLIED': '申请', 'wp.state.APPROVED': '批准', 'wp.state.IN_PROGRESS': '作业中',
  'wp.state.SUSPENDED': '暂停', 'wp.state.CLOSED': '关闭',
  'wp.to.APPROVED': '批准', 'wp.to.IN_PROGRESS': '开始作业', 'wp.to.SUSPENDED': '暂停', 'wp.to.CLOSED': '关闭',
  'wp.role.leader': '作业负责人', 'wp.role.guardian': '监护人', 'wp.role.approver': '审批人', 'wp.role.worker': '作业人',
  'wp.role.analyst': '分析人', 'wp.role.issuer': '交底人',
  'wp.col.kind': '作业类别', 'wp.col.level': '级别', 'wp.col.enterprise': '企业', 'wp.col.place': '作业地点',
  'wp.col.window': '作业时间', 'wp.col.state': '状态', 'wp.col.actions': '操作', 'wp.col.no': '作业票号',
  'wp.none': '暂无作业票', 'wp.window': '{from} 至 {to}',
  'wp.filter.all': '全部状态', 'wp.moved': '作业票 {no} 已改为“{state}”',
  'wp.f.kind': '作业类别', 'wp.f.level': '级别', 'wp.f.place': '作业地点（文字）', 'wp.f.note': '作业内容',
  'wp.f.start': '开始时间', 'wp.f.end': '结束时间', 'wp.f.geometry': '地图位置',
  'wp.f.drawPoint': '在地图上点选', 'wp.f.drawPolygon': '在地图上画范围', 'wp.f.clearGeometry': '清除',
  'wp.f.noGeometry': '尚未在地图上标出位置', 'wp.f.point': '已标点：{lon}, {lat}', 'wp.f.polygon': '已画范围（{n} 个顶点）',
  'wp.f.drawing': '在地图上单击标点；画范围时双击结束',
  'wp.f.people': '作业人员', 'wp.f.addPerson': '添加人员', 'wp.f.name': '姓名', 'wp.f.phone': '电话',
  'wp.f.gas': '气体分析', 'wp.f.addGas': '添加分析结果', 'wp.f.gasName': '检测气体', 'wp.f.value': '结果',
  'wp.f.unit': '单位', 'wp.f.lel': '爆炸下限（%vol）', 'wp.f.at': '分析时间', 'wp.f.analyst': '分析人',
  'wp.f.remove': '删除', 'wp.f.submit': '提交申报', 'wp.f.filed': '作业票 {no} 已申报',
  'wp.csv.title': 'CSV 批量导入', 'wp.csv.file': 'CSV 文件（UTF-8）', 'wp.csv.import': '导入',
  'wp.csv.template': '下载模板', 'wp.csv.hint': '首行为列名；时间格式 yyyy-mm-dd hh:mm（园区时间）；位置为经纬度（WGS84）。整批导入，任何一行有误则不导入。',
  'wp.csv.pick': '请先选择 CSV 文件', 'wp.csv.done': '已导入 {n} 张作业票（新增 {created}，更新 {updated}）',
  'wp.csv.badRow': '导入被拒绝：第 {line} 行（含列名行）有误 — {detail}。未导入任何作业票。',
  'wp.csv.refused': '导入被拒绝：{detail}。未导入任何作业票。',
  'wp.f.refused': '申报被拒绝：{msg}', 'wp.f.badTime': '{field}“{value}”不是时间，请按 2026-12-06 08:30 的格式填写', 'wp.f.refusedBy': '申报被拒绝，未保存。不符合以下规定：', 'wp.f.clause': '（{c}）',
  'wp.p.title': '{level}{kind}', 'wp.p.no': '作业票号', 'wp.p.enterprise': '企业', 'wp.p.place': '作业地点',
  'wp.p.window': '作业时间', 'wp.p.state': '状态', 'wp.p.people': '作业人员', 'wp.p.gas': '最近气体分析', 'wp.p.person': '{role}：{name}', 'wp.p.sep': '；',
  'wp.p.gasValue': '{gas} {value} {unit}（{at}，{analyst}）', 'wp.p.noGas': '无气体分析记录',
  'wp.p.camera': '监控', 'wp.p.openCamera': '查看 {name}', 'wp.p.noCamera': '没有能看到作业点的摄像头',
  'wp.p.spotCheck': '视频抽查', 'wp.p.spotChecked': '已记录视频抽查（{who}，{at}）',
  'wp.p.lastCheck': '上次抽查：{who}，{at}', 'wp.p.noCheck': '尚未抽查',
  'wp.s.from': '自', 'wp.s.to': '至', 'wp.s.show': '统计', 'wp.s.byDay': '每日作业票数（按类别）',
  'wp.s.byKind': '按作业类别', 'wp.s.byEnterprise': '按企业', 'wp.s.count': '张数', 'wp.s.total': '共 {n} 张',
  'wp.dash': '—',
  'wp.c.title': '报警附近的特殊作业', 'wp.c.none': '报警附近已无作业中的动火或受限空间作业',
  'wp.c.detector': '报警探测器：{name}，距作业点 {d} 米', 'wp.c.cameraAt': '（距作业点 {d} 米）',
  'wp.c.parties': '已通知：{park}；{enterprise}', 'wp.c.place': '作业地点：{v}', 'wp.c.nearby': '附近正在进行的特殊作业', 'wp.c.enterprise': '作业单位：{v}', 'wp.c.workers': '作业人：{n} 人', 'wp.c.alarms': '作业票报警：', 'wp.c.stop': '处置：通知停止作业，撤离作业人员', 'wp.c.distance': '距报警位置 {d} 米；监控：{camera}', 'wp.c.people': '作业人员：{v}', 'wp.c.park': '园区管理中心',
  'wp.glyph.HOT_WORK': '火', 'wp.glyph.CONFINED_SPACE': '限', 'wp.glyph.BLIND_PLATE': '盲', 'wp.glyph.WORK_AT_HEIGHT': '高',
  'wp.glyph.LIFTING': '吊', 'wp.glyph.TEMP_POWER': '电', 'wp.glyph.EXCAVATION': '土', 'wp.glyph.ROAD_CLOSURE': '路',
};
const en = {
  'wp.button': 'Permits', 'wp.title': 'Special work permits (GB 30871-2022)', 'wp.close': 'Close',
  'wp.tab.list': 'Permits', 'wp.tab.file': 'File a permit', 'wp.tab.stats': 'Statistics',
  'wp.layer': 'Special work in progress',
  'wp.kind.HOT_WORK': 'Hot work', 'wp.kind.CONFINED_SPACE': 'Confined-space entry', 'wp.kind.BLIND_PLATE': 'Blind plate work',
  'wp.kind.WORK_AT_HEIGHT': 'Work at height', 'wp.kind.LIFTING': 'Lifting', 'wp.kind.TEMP_POWER': 'Temporary power',
  'wp.kind.EXCAVATION': 'Excavation', 'wp.kind.ROAD_CLOSURE': 'Road closure',
  'wp.level.special': 'special grade', 'wp.level.1': 'grade 1', 'wp.level.2': 'grade 2', 'wp.level.3': 'grade 3',
  'wp.level.I': 'class I', 'wp.level.II': 'class II', 'wp.level.III': 'class III', 'wp.level.IV': 'class IV',
  'wp.level.none': 'not graded',
  'wp.state.APPLIED': 'applied', 'wp.state.APPROVED': 'approved', 'wp.state.IN_PROGRESS': 'in progress',
  'wp.state.SUSPENDED': 'suspended', 'wp.state.CLOSED': 'closed',
  'wp.to.APPROVED': 'Approve', 'wp.to.IN_PROGRESS': 'Start work', 'wp.to.SUSPENDED': 'Suspend', 'wp.to.CLOSED': 'Close',
  'wp.role.leader': 'Work leader', 'wp.role.guardian': 'Guardian', 'wp.role.approver': 'Approver', 'wp.role.worker': 'Worker',
  'wp.role.analyst': 'Analyst', 'wp.role.issuer': 'Briefer',
  'wp.col.kind': 'Kind', 'wp.col.level': 'Level', 'wp.col.enterprise': 'Enterprise', 'wp.col.place': 'Place',
  'wp.col.window': 'Time window', 'wp.col.state': 'State', 'wp.col.actions': 'Actions', 'wp.col.no': 'Permit No.',
  'wp.none': 'No permits', 'wp.window': '{from} to {to}',
  'wp.filter.all': 'All states', 'wp.moved': 'Permit {no} is now “{state}”',
  'wp.f.kind': 'Kind of work', 'wp.f.level': 'Level', 'wp.f.place': 'Place (as written)', 'wp.f.note': 'Work content',
  'wp.f.start': 'Start', 'wp.f.end': 'End', 'wp.f.geometry': 'On the map',
  'wp.f.drawPoint': 'Pick a point on the map', 'wp.f.drawPolygon': 'Draw an area on the map', 'wp.f.clearGeometry': 'Clear',
  'wp.f.noGeometry': 'No place marked on the map yet', 'wp.f.point': 'Point: {lon}, {lat}', 'wp.f.polygon': 'Area ({n} vertices)',
  'wp.f.drawing': 'Click the map for a point; double-click to finish an area',
  'wp.f.people': 'People', 'wp.f.addPerson': 'Add a person', 'wp.f.name': 'Name', 'wp.f.phone': 'Phone',
  'wp.f.gas': 'Gas analyses', 'wp.f.addGas': 'Add a result', 'wp.f.gasName': 'Gas', 'wp.f.value': 'Result',
  'wp.f.unit': 'Unit', 'wp.f.lel': 'LEL (%vol)', 'wp.f.at': 'Sampled at', 'wp.f.analyst': 'Analyst',
  'wp.f.remove': 'Remove', 'wp.f.submit': 'File the permit', 'wp.f.filed': 'Permit {no} filed',
  'wp.csv.title': 'CSV import', 'wp.csv.file': 'CSV file (UTF-8)', 'wp.csv.import': 'Import',
  'wp.csv.template': 'Download template', 'wp.csv.hint': 'First row: column names; times as yyyy-mm-dd hh:mm (park time); place as longitude/latitude (WGS84). All rows or none: one bad row imports nothing.',
  'wp.csv.pick': 'Choose a CSV file first', 'wp.csv.done': '{n} permits imported ({created} new, {updated} updated)',
  'wp.csv.badRow': 'Import refused: row {line} (counting the header row) is wrong — {detail}. Nothing was imported.',
  'wp.csv.refused': 'Import refused: {detail}. Nothing was imported.',
  'wp.f.refused': 'Refused: {msg}', 'wp.f.badTime': '{field} “{value}” is not a time; write it as 2026-12-06 08:30', 'wp.f.refusedBy': 'Refused, nothing was filed. The permit breaks:', 'wp.f.clause': ' ({c})',
  'wp.p.title': '{kind}, {level}', 'wp.p.no': 'Permit No.', 'wp.p.enterprise': 'Enterprise', 'wp.p.place': 'Place',
  'wp.p.window': 'Time window', 'wp.p.state': 'State', 'wp.p.people': 'People', 'wp.p.gas': 'Latest gas analyses', 'wp.p.person': '{role}: {name}', 'wp.p.sep': '; ',
  'wp.p.gasValue': '{gas} {value} {unit} ({at}, {analyst})', 'wp.p.noGas': 'No gas analysis recorded',
  'wp.p.camera': 'Camera', 'wp.p.openCamera': 'Watch {name}', 'wp.p.noCamera': 'No camera sees the place',
  'wp.p.spotCheck': 'Video spot check', 'wp.p.spotChecked': 'Video spot check recorded ({who}, {at})',
  'wp.p.lastCheck': 'Last spot check: {who}, {at}', 'wp.p.noCheck': 'Not spot-checked yet',
  'wp.s.from': 'From', 'wp.s.to': 'to', 'wp.s.show': 'Show', 'wp.s.byDay': 'Permits per day (by kind)',
  'wp.s.byKind': 'By kind', 'wp.s.byEnterprise': 'By enterprise', 'wp.s.count': 'Permits', 'wp.s.total': '{n} in all',
  'wp.dash': '—',
  'wp.c.title': 'Special work near the alarm', 'wp.c.none': 'No hot or confined-space work in progress near the alarm any more',
  'wp.c.detector': 'Alarming detector: {name}, {d} m from the work', 'wp.c.cameraAt': '({d} m from the work)',
  'wp.c.parties': 'Told: {park}; {enterprise}', 'wp.c.place': 'Place: {v}', 'wp.c.nearby': 'Special work going on nearby', 'wp.c.enterprise': 'Enterprise: {v}', 'wp.c.workers': 'Workers: {n}', 'wp.c.alarms': 'Permit alarms: ', 'wp.c.stop': 'Action: have the work stopped and the workers evacuated', 'wp.c.distance': '{d} m from the alarm; camera: {camera}', 'wp.c.people': 'People: {v}', 'wp.c.park': 'the park control centre',
  'wp.glyph.HOT_WORK': 'H', 'wp.glyph.CONFINED_SPACE': 'C', 'wp.glyph.BLIND_PLATE': 'B', 'wp.glyph.WORK_AT_HEIGHT': 'A',
  'wp.glyph.LIFTING': 'L', 'wp.glyph.TEMP_POWER': 'P', 'wp.glyph.EXCAVATION': 'E', 'wp.glyph.ROAD_CLOSURE': 'R',
};

export const tr = translator(zh, en);

/** `key` in language `l` ('zh-CN' or 'en') whatever the page language (a feature's nameZh and nameEn). */
export function trIn(l, key, params = {}) {
  const text = (l === 'en' ? en[key] : zh[key]) ?? zh[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m));
}

/** Kind ids in the standard's order (GB 30871-2022 chapters 5–12) and their levels, highest risk first. */
export const KINDS = {
  HOT_WORK: ['special', '1', '2'], CONFINED_SPACE: [], BLIND_PLATE: [], WORK_AT_HEIGHT: ['I', 'II', 'III', 'IV'],
  LIFTING: ['1', '2', '3'], TEMP_POWER: [], EXCAVATION: [], ROAD_CLOSURE: [],
};

/** The permit's title in language `l` (default: the page's): level and kind ("特级动火作业", "Hot work, special grade"). */
export function permitTitle(p, l) {
  const say = l ? (key, params) => trIn(l, key, params) : tr;
  const kind = say(`wp.kind.${p.kind}`);
  return p.level ? say('wp.p.title', { kind, level: say(`wp.level.${p.level}`) }) : kind;
}
