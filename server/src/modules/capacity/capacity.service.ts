import { inTransaction, type Connectable } from '../../db/sql.js';
import { FieldErrors, NotFoundError } from '../common/errors.js';
import * as v from '../common/validate.js';
import type { ReportCapacityInput } from './capacity.input.js';
import { insertCapacityReports } from './capacity.insert.js';

const DEFAULT_SOURCE = { citation: 'Reported through the partner API', confidence: 'SECONDARY_SOURCE' as const };

/** Checks a capacity report; every problem is named by its field path. */
export function checkCapacityInput(input: ReportCapacityInput): void {
  const errors = new FieldErrors();
  const p = (f: string) => `input.${f}`;
  v.notFuture(errors, p('reportedOn'), input.reportedOn);
  for (const f of ['places', 'residents', 'communityClients', 'socialWorkers', 'trainedSocialWorkers'] as const) v.count(errors, p(f), input[f]);
  input.residentsByGroup?.forEach((r, i) => v.count(errors, p(`residentsByGroup.${i}.count`), r.count));
  input.staffByRole?.forEach((s, i) => v.count(errors, p(`staffByRole.${i}.count`), s.count));
  v.unique(errors, p('residentsByGroup'), input.residentsByGroup, (r) => `${r.group}/${r.careLevel ?? '-'}`);
  v.unique(errors, p('staffByRole'), input.staffByRole, (s) => s.role);
  if (input.places != null && input.residents != null && input.residents > input.places && !input.overCapacity) {
    errors.add(p('residents'), `${input.residents} residents exceed ${input.places} places: set overCapacity: true if that is the real situation`);
  }
  const grouped = input.residentsByGroup?.reduce((sum, r) => sum + r.count, 0) ?? 0;
  if (input.residents != null && grouped > input.residents) errors.add(p('residentsByGroup'), `add up to ${grouped}, more than the ${input.residents} residents`);
  if (input.socialWorkers != null && input.trainedSocialWorkers != null && input.trainedSocialWorkers > input.socialWorkers) {
    errors.add(p('trainedSocialWorkers'), 'cannot exceed socialWorkers');
  }
  if (input.source) input.source.citation = v.text(errors, p('source.citation'), input.source.citation, 1000) as string;
  errors.throwIfAny();
}

/** Files a dated capacity report (history is kept; the latest by date is current) and logs the edit. */
export async function reportCapacity(pool: Connectable, facilityId: number, input: ReportCapacityInput, editor: string): Promise<void> {
  checkCapacityInput(input);
  const source = input.source ?? DEFAULT_SOURCE;
  await inTransaction(pool, async (client) => {
    const found = await client.query('SELECT version FROM facility WHERE id = $1 FOR UPDATE', [facilityId]);
    if (!found.rowCount) throw new NotFoundError('Facility', String(facilityId));
    await insertCapacityReports(client, [{
      facilityId,
      reportedOn: input.reportedOn,
      places: input.places,
      residents: input.residents,
      communityClients: input.communityClients,
      residentsByGroup: input.residentsByGroup?.map((r) => ({ group: r.group, careLevel: r.careLevel ?? null, count: r.count })),
      staffByRole: input.staffByRole?.map((s) => ({ role: s.role, count: s.count })),
      socialWorkers: input.socialWorkers,
      trainedSocialWorkers: input.trainedSocialWorkers,
      overCapacity: input.overCapacity ?? false,
      sourceCitation: source.citation,
      sourceConfidence: source.confidence,
    }]);
    await client.query('UPDATE facility SET updated_at = now() WHERE id = $1', [facilityId]);
    await client.query(
      `INSERT INTO facility_edit (facility_id, action, version, changes, edited_by) VALUES ($1, 'REPORT_CAPACITY', $2, $3, $4)`,
      [facilityId, found.rows[0].version, JSON.stringify({ report: input }), editor],
    );
  });
}
