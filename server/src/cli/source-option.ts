import { Confidence } from '../modules/common/enums.js';
import { UsageError } from './run-import-command.js';

export const SOURCE_OPTIONS = { source: { type: 'string' }, confidence: { type: 'string' } } as const;

/** `--source "citation"` and `--confidence LEVEL`, or undefined when neither is given. */
export function sourceOption(values: Record<string, unknown>, fallback?: { citation: string; confidence: Confidence }): { citation: string; confidence: Confidence } | undefined {
  const confidence = values.confidence as string | undefined;
  if (confidence !== undefined && !(confidence in Confidence)) throw new UsageError(`--confidence must be one of ${Object.keys(Confidence).join(', ')}`);
  if (values.source === undefined && confidence === undefined) return fallback;
  return {
    citation: (values.source as string | undefined) ?? fallback?.citation ?? '',
    confidence: (confidence as Confidence | undefined) ?? fallback?.confidence ?? 'OFFICIAL_LIST',
  };
}
