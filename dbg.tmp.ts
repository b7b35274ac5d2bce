import { targetPosition } from './extractors/engine/lists.ts';
import { scanNumbers } from './extractors/numbers/rules.ts';
const s = 'năm 2015, đà nẵng xếp vị trí đầu tiên về chỉ số cải cách hành chính, với chỉ số 93,31.';
console.log(targetPosition(s), scanNumbers(s, 0, s.length).map((m) => [m.value, m.excluded]));
