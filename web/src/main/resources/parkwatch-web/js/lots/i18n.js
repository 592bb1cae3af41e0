/** Strings of the toxic-chemical lot ledger panel (issue 16) in zh-CN (default) and English. */
import { translator } from '../i18n/index.js';

const zh = {
  'lots.button': '剧毒/易制爆台账', 'lots.title': '剧毒、易制爆化学品批次台账', 'lots.close': '关闭',
  'lots.chainOk': '台账哈希链完整（{n} 家企业，{r} 条记录）',
  'lots.chainBad': '{ent} 的台账自第 {seq} 条记录起被改动',
  'lots.chainTruncated': '{ent} 的台账末尾记录被删除（自第 {seq} 条）',
  'lots.balance': '企业收支平衡（库存 = 入库 − 出库 − 使用 − 处置）', 'lots.lots': '批次',
  'lots.enterprise': '企业', 'lots.chemical': '化学品', 'lots.in': '入库', 'lots.out': '出库', 'lots.used': '使用',
  'lots.disposed': '处置', 'lots.stock': '计算库存', 'lots.declared': '盘点申报', 'lots.state': '核对',
  'lots.ok': '一致', 'lots.kg': '{v} 千克', 'lots.label': '电子标签', 'lots.location': '位置', 'lots.last': '最近记录',
  'lots.flag.highlyToxic': '剧毒', 'lots.flag.explosivePrecursor': '易制爆',
  'lots.gap.DECLARED_COUNT_DIFFERS': '盘点差 {d} 千克', 'lots.gap.NEGATIVE_STOCK': '出大于入',
  'lots.gap.NO_RECEIPT': '无入库记录', 'lots.none': '暂无批次',
  'lots.file': '登记', 'lots.kind': '事项', 'lots.qty': '数量（千克）', 'lots.counterparty': '往来单位',
  'lots.kind.receipt': '入库', 'lots.kind.transfer': '转移', 'lots.kind.use': '使用', 'lots.kind.dispatch': '出库',
  'lots.kind.disposal': '处置', 'lots.kind.stocktake': '盘点', 'lots.filed': '已登记', 'lots.cas': 'CAS 号',
  'lots.inUnit': '剧毒/易制爆批次存量（台账）', 'lots.counted': '无液位计量，按台账计入实时分级',
  'lots.fromLedger': '（批次台账）',
  'lots.metered': '已由液位计量', 'lots.t': '{v} 吨',
};
const en = {
  'lots.button': 'Toxic lots', 'lots.title': 'Highly toxic and explosive-precursor chemical lots', 'lots.close': 'Close',
  'lots.chainOk': 'Ledger hash chains intact ({n} enterprises, {r} records)',
  'lots.chainBad': 'The ledger of {ent} was altered from record {seq} on',
  'lots.chainTruncated': 'The newest records of {ent} were deleted (from record {seq})',
  'lots.balance': 'Balance by enterprise (stock = in − out − used − disposed)', 'lots.lots': 'Lots',
  'lots.enterprise': 'Enterprise', 'lots.chemical': 'Chemical', 'lots.in': 'In', 'lots.out': 'Out', 'lots.used': 'Used',
  'lots.disposed': 'Disposed', 'lots.stock': 'Computed stock', 'lots.declared': 'Declared', 'lots.state': 'Check',
  'lots.ok': 'matches', 'lots.kg': '{v} kg', 'lots.label': 'Label', 'lots.location': 'Location', 'lots.last': 'Last record',
  'lots.flag.highlyToxic': 'highly toxic', 'lots.flag.explosivePrecursor': 'explosive precursor',
  'lots.gap.DECLARED_COUNT_DIFFERS': 'count differs by {d} kg', 'lots.gap.NEGATIVE_STOCK': 'more out than in',
  'lots.gap.NO_RECEIPT': 'no receipt', 'lots.none': 'No lots yet',
  'lots.file': 'File', 'lots.kind': 'Event', 'lots.qty': 'Quantity (kg)', 'lots.counterparty': 'Counterparty',
  'lots.kind.receipt': 'receipt', 'lots.kind.transfer': 'transfer', 'lots.kind.use': 'use', 'lots.kind.dispatch': 'dispatch',
  'lots.kind.disposal': 'disposal', 'lots.kind.stocktake': 'stocktake', 'lots.filed': 'Filed', 'lots.cas': 'CAS No.',
  'lots.inUnit': 'Toxic-chemical lots held here (ledger)',
  'lots.counted': 'no level measures it: counted in the live grading from the ledger', 'lots.fromLedger': ' (lot ledger)',
  'lots.metered': 'already measured by a tank level', 'lots.t': '{v} t',
};

export const tr = translator(zh, en);
