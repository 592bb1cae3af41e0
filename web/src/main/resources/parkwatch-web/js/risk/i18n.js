/**
 * Strings of the risk (QRA) view in zh-CN (default) and English, kept beside the risk code like the alarm views';
 * `tr` follows the page language of ../i18n/index.js;
 * fallbacks: zh-CN, then the shared dictionaries (`translator`).
 */
import { translator } from '../i18n/index.js';

const zh = {
  'risk.button': '园区风险', 'risk.title': '园区定量风险评价（QRA）', 'risk.close': '关闭',
  'risk.recompute': '重新计算', 'risk.recomputing': '计算中…', 'risk.busy': '已有计算在进行（{msg}）',
  'risk.failed': '操作失败：{msg}', 'risk.none': '尚无计算结果', 'risk.pending': '库存变化待重算：{reason}',
  'risk.run': '第 {id} 次计算：{time}，耗时 {s} s，触发：{trigger}',
  'risk.trigger.start': '启动', 'risk.trigger.on-demand': '手动', 'risk.trigger.inventory': '库存/分级变化',
  'risk.inputs': '输入：{inst} 个装置，{out} 个事故后果，风玫瑰：{rose}，网格 {nx}×{ny}（{cell} m）',
  'risk.rose.demo': '演示风玫瑰', 'risk.rose.configured': '配置风玫瑰', 'risk.rose.history': '历史风向统计',
  'risk.contours': '个人风险等值线（/年）', 'risk.fn': '社会风险 F–N 曲线',
  'risk.fn.region': '社会风险区域：{region}，PLL = {pll} /年',
  'risk.region.ACCEPTABLE': '可接受区', 'risk.region.ALARP': '尽可能降低区（ALARP）', 'risk.region.UNACCEPTABLE': '不可接受区',
  'risk.fn.curve': 'F–N 曲线', 'risk.fn.upper': '不可接受线', 'risk.fn.lower': '可接受线', 'risk.fn.n': '死亡人数 N',
  'risk.fn.f': '累积频率 F（/年）', 'risk.fn.note': '判据线为待核实的默认值（GB 36894 图 1）',
  'risk.targets': 'GB 36894 防护目标校核', 'risk.violations': '超标 {n} 处',
  'risk.col.target': '防护目标', 'risk.col.class': '类别', 'risk.col.ir': '个人风险', 'risk.col.limit': '限值',
  'risk.col.excess': '超标倍数', 'risk.col.result': '结论', 'risk.pass': '达标', 'risk.fail': '超标',
  'risk.col.status': '适用限值', 'risk.status.new': '新建', 'risk.status.inService': '在役',
  'risk.limitKind.config': '（配置指定）',
  'risk.limitKind.note': '各防护目标按其属性适用新建或在役装置的个人风险限值（GB 36894）',
  'risk.relocation': '搬迁筛查', 'risk.reloc.none': '无需搬迁的企业（无超标目标）',
  'risk.col.enterprise': '企业', 'risk.col.targets': '超标目标', 'risk.col.attributed': '归因超标风险（/年）',
  'risk.col.sole': '单独致超标', 'risk.perYear': '/年',
  'risk.coverage': '参与计算的化学品与事故情景', 'risk.coverage.in': '已计入', 'risk.coverage.out': '未计入及原因',
  'risk.coverage.allIn': '所有装置均已计入', 'risk.coverage.scenarios': '事故后果：{list}',
  'risk.col.chemical': '化学品', 'risk.col.effects': '后果类型', 'risk.col.installations': '装置数', 'risk.col.reason': '原因',
  'risk.effect.toxic': '毒性扩散', 'risk.effect.pool-fire': '池火', 'risk.effect.fireball': '火球',
  'risk.effect.jet-fire': '喷射火', 'risk.effect.flash-fire': '闪火', 'risk.effect.vce': '蒸气云爆炸',
  'risk.release.instantaneous': '瞬时全部泄漏（烟团）', 'risk.release.ten_minutes': '10 分钟内全部泄漏',
  'risk.release.hole_10mm': '10 mm 孔泄漏',
};

const en = {
  'risk.button': 'Park risk', 'risk.title': 'Park quantitative risk assessment (QRA)', 'risk.close': 'Close',
  'risk.recompute': 'Recompute', 'risk.recomputing': 'Computing…', 'risk.busy': 'A run is in progress ({msg})',
  'risk.failed': 'Failed: {msg}', 'risk.none': 'No results yet', 'risk.pending': 'Inventory change, re-run pending: {reason}',
  'risk.run': 'Run {id}: {time}, took {s} s, trigger: {trigger}',
  'risk.trigger.start': 'start', 'risk.trigger.on-demand': 'on demand', 'risk.trigger.inventory': 'inventory/grade change',
  'risk.inputs': 'Inputs: {inst} installations, {out} outcomes, wind rose: {rose}, grid {nx}×{ny} ({cell} m)',
  'risk.rose.demo': 'demo rose', 'risk.rose.configured': 'configured rose', 'risk.rose.history': 'from wind history',
  'risk.contours': 'Individual risk contours (/yr)', 'risk.fn': 'Societal risk F–N curve',
  'risk.fn.region': 'Societal risk region: {region}, PLL = {pll} /yr',
  'risk.region.ACCEPTABLE': 'acceptable', 'risk.region.ALARP': 'ALARP', 'risk.region.UNACCEPTABLE': 'unacceptable',
  'risk.fn.curve': 'F–N curve', 'risk.fn.upper': 'unacceptable line', 'risk.fn.lower': 'acceptable line',
  'risk.fn.n': 'fatalities N', 'risk.fn.f': 'cumulative frequency F (/yr)',
  'risk.fn.note': 'Criterion lines are unverified defaults (GB 36894 Figure 1)',
  'risk.targets': 'GB 36894 protection targets', 'risk.violations': '{n} violations',
  'risk.col.target': 'Target', 'risk.col.class': 'Class', 'risk.col.ir': 'IR', 'risk.col.limit': 'Limit',
  'risk.col.excess': 'Excess ×', 'risk.col.result': 'Result', 'risk.pass': 'pass', 'risk.fail': 'fail',
  'risk.col.status': 'Limits for', 'risk.status.new': 'new', 'risk.status.inService': 'in service',
  'risk.limitKind.config': ' (set by configuration)',
  'risk.limitKind.note': 'Each protection target is checked against the GB 36894 individual-risk limits for new or in-service facilities, as its attributes say',
  'risk.relocation': 'Relocation screening', 'risk.reloc.none': 'No enterprise to relocate (no target over its limit)',
  'risk.col.enterprise': 'Enterprise', 'risk.col.targets': 'Violated targets', 'risk.col.attributed': 'Attributed excess (/yr)',
  'risk.col.sole': 'Sole cause',
  'risk.perYear': '/yr',
  'risk.coverage': 'Chemicals and scenarios in the assessment', 'risk.coverage.in': 'Included',
  'risk.coverage.out': 'Left out, and why', 'risk.coverage.allIn': 'Every installation is included',
  'risk.coverage.scenarios': 'Outcomes: {list}',
  'risk.col.chemical': 'Chemical', 'risk.col.effects': 'Outcomes', 'risk.col.installations': 'Installations', 'risk.col.reason': 'Reason',
  'risk.effect.toxic': 'toxic dispersion', 'risk.effect.pool-fire': 'pool fire', 'risk.effect.fireball': 'fireball',
  'risk.effect.jet-fire': 'jet fire', 'risk.effect.flash-fire': 'flash fire', 'risk.effect.vce': 'vapour cloud explosion',
  'risk.release.instantaneous': 'instantaneous (puff)', 'risk.release.ten_minutes': 'whole inventory in 10 min',
  'risk.release.hole_10mm': '10 mm hole',
};

export const tr = translator(zh, en);
