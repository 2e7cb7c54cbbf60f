export { I18n, LANGS, type Lang } from './I18n.js';
export type { MessageKey } from './vi.js';
export type { EnumLabels } from './enums.vi.js';
