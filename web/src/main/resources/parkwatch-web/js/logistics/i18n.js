/** Strings of the hazmat-truck layer (issue 16) in zh-CN (default) and English. */
import { translator } from '../i18n/index.js';

const zh = {
  'trucks.layer': '危化品运输车辆', 'trucks.census': '在园危化车辆 {n} 辆',
  'trucks.plate': '车牌', 'trucks.carrier': '承运单位', 'trucks.speed': '速度', 'trucks.course': '航向',
  'trucks.fix': '定位时间', 'trucks.where': '位置', 'trucks.inPark': '园区内', 'trucks.outside': '园区外',
  'trucks.serves': '服务企业', 'trucks.kmh': '{v} 千米/时', 'trucks.deg': '{v}°', 'trucks.close': '关闭',
};
const en = {
  'trucks.layer': 'Hazmat trucks', 'trucks.census': 'Hazmat trucks in the park: {n}',
  'trucks.plate': 'Plate', 'trucks.carrier': 'Carrier', 'trucks.speed': 'Speed', 'trucks.course': 'Course',
  'trucks.fix': 'Position time', 'trucks.where': 'Where', 'trucks.inPark': 'inside the park', 'trucks.outside': 'outside the park',
  'trucks.serves': 'Serves', 'trucks.kmh': '{v} km/h', 'trucks.deg': '{v}°', 'trucks.close': 'Close',
};

export const tr = translator(zh, en);
