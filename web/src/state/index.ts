export * from './AppState.js';
export * from './enums.js';
export { parseState, formatState, DEFAULT_STATE } from './UrlState.js';
export * from './CoverageState.js';
