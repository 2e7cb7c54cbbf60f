import { OptimisticLockError, UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { AdminUnit } from '../admin-unit/admin-unit.entity.js';
import { BadUserInputError, FieldErrors, NotFoundError, VersionConflictError } from '../common/errors.js';
import { todayInVietnam } from '../common/scalars.js';
import { Organization } from '../organization/organization.entity.js';
import { meetsMinimum } from './accessibility.js';
import { FacilityEdit, type EditAction } from './facility-edit.entity.js';
import { FacilityStatusChange } from './facility-status-change.entity.js';
import { Facility } from './facility.entity.js';
import type { CreateFacilityInput, UpdateFacilityInput } from './facility.input.js';
import { resolvePlace } from './facility.places.js';
import { transactionQueryable } from '../../db/transaction-queryable.js';
import { checkFacilityInput } from './facility.validation.js';

type Input = CreateFacilityInput | UpdateFacilityInput;

/** Snapshot of the fields an edit can change, for the edit log. */
function snapshot(f: Facility): Record<string, unknown> {
  const { id: _id, version: _v, createdAt: _c, updatedAt: _u, operator, province, legacyProvince, commune, ...rest } = f as any;
  return { ...rest, operatorId: operator?.id ?? null, provinceId: province?.id ?? null, legacyProvinceId: legacyProvince?.id ?? null, communeId: commune?.id ?? null };
}

function diff(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, { from: unknown; to: unknown }> {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) out[key] = { from: before[key] ?? null, to: after[key] ?? null };
  }
  return out;
}

/**
 * Writes of the registry (create, patch, close). Every write validates first and throws
 * BadUserInputError with every bad field before anything is written; updates check the caller's
 * `expectedVersion` and the ORM's optimistic lock guards the UPDATE itself.
 */
export class FacilityWriter {
  constructor(private readonly em: EntityManager, private readonly editor: string) {}

  async create(input: CreateFacilityInput): Promise<number> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.em.transactional(async (em) => {
          const f = new Facility();
          f.status = 'OPERATING';
          f.version = 1;
          await this.apply(em, f, input, 'create');
          f.code = input.code ?? (await this.nextCode(em, f));
          em.persist(f);
          await em.flush();
          em.persist(Object.assign(new FacilityStatusChange(), { facility: f, status: f.status, effectiveOn: f.openedOn ?? todayInVietnam(), reason: 'created' }));
          this.log(em, f, 'CREATE', snapshot(f));
          await em.flush();
          return f.id;
        });
      } catch (error) {
        if (!(error instanceof UniqueConstraintViolationException)) throw error;
        if (input.code) throw new BadUserInputError([{ path: 'input.code', message: `is already used by another facility` }]);
        if (attempt >= 4) throw error; // generated codes raced: try again with the next number
      }
    }
  }

  async update(id: number, expectedVersion: number, input: UpdateFacilityInput): Promise<number> {
    return this.guard(input.code, async (em) => {
      const f = await this.load(em, id, expectedVersion);
      const before = snapshot(f);
      const statusBefore = f.status;
      await this.apply(em, f, input, 'update');
      const changes = diff(before, snapshot(f));
      if (Object.keys(changes).length === 0) return f.id;
      if (f.status !== statusBefore) {
        if (statusBefore === 'CLOSED') f.closedOn = null;
        em.persist(Object.assign(new FacilityStatusChange(), { facility: f, status: f.status, effectiveOn: todayInVietnam(), reason: 'updated' }));
      }
      this.log(em, f, 'UPDATE', changes, expectedVersion + 1);
      return f.id;
    });
  }

  async close(id: number, expectedVersion: number, closedOn: string, reason: string | null | undefined): Promise<number> {
    const errors = new FieldErrors();
    if (closedOn > todayInVietnam()) errors.add('closedOn', 'must not be in the future');
    if (reason != null && (reason.length > 1000 || reason.includes('\u0000'))) errors.add('reason', 'must be at most 1,000 characters without NUL');
    errors.throwIfAny();
    return this.guard(undefined, async (em) => {
      const f = await this.load(em, id, expectedVersion);
      if (f.status === 'CLOSED') throw new BadUserInputError([{ path: 'id', message: `facility is already closed (on ${f.closedOn})` }]);
      if (f.openedOn && closedOn < f.openedOn) throw new BadUserInputError([{ path: 'closedOn', message: `must not be before the opening date ${f.openedOn}` }]);
      const before = snapshot(f);
      f.status = 'CLOSED';
      f.closedOn = closedOn;
      em.persist(Object.assign(new FacilityStatusChange(), { facility: f, status: 'CLOSED', effectiveOn: closedOn, reason: reason?.trim() || null }));
      this.log(em, f, 'CLOSE', { ...diff(before, snapshot(f)), reason: reason ?? null }, expectedVersion + 1);
      return f.id;
    });
  }

  /** Runs an update in a transaction, mapping lock and unique-code failures to typed errors. */
  private async guard(code: string | null | undefined, fn: (em: EntityManager) => Promise<number>): Promise<number> {
    try {
      return await this.em.transactional(fn);
    } catch (error) {
      if (error instanceof OptimisticLockError) {
        const current = await this.em.fork().findOne(Facility, (error.getEntity() as Facility)?.id ?? -1);
        throw new VersionConflictError(current?.version ?? -1);
      }
      if (error instanceof UniqueConstraintViolationException && code) throw new BadUserInputError([{ path: 'input.code', message: 'is already used by another facility' }]);
      throw error;
    }
  }

  private async load(em: EntityManager, id: number, expectedVersion: number): Promise<Facility> {
    const f = await em.findOne(Facility, id, { populate: ['operator', 'province', 'legacyProvince', 'commune'] as never });
    if (!f) throw new NotFoundError('Facility', String(id));
    if (f.version !== expectedVersion) throw new VersionConflictError(f.version);
    return f;
  }

  /** Validates `input` and copies it onto `f` (absent fields stay; null clears). */
  private async apply(em: EntityManager, f: Facility, input: Input, mode: 'create' | 'update'): Promise<void> {
    const errors = new FieldErrors();
    checkFacilityInput(errors, input, mode);
    const place = await resolvePlace(transactionQueryable(em), input, mode === 'update' ? {
      provinceId: f.province?.id ?? null, legacyProvinceId: f.legacyProvince?.id ?? null, communeId: f.commune?.id ?? null,
    } : null, errors);
    let operator: Organization | null | undefined;
    if (input.operatorId === null) operator = null;
    else if (input.operatorId != null && /^\d+$/.test(input.operatorId)) {
      operator = await em.findOne(Organization, Number(input.operatorId));
      if (!operator) errors.add('input.operatorId', `no organisation has id ${input.operatorId}`);
    }
    errors.throwIfAny();

    const set = <K extends keyof Facility>(key: K, value: Facility[K] | undefined) => {
      if (value !== undefined) f[key] = value;
    };
    set('code', input.code ?? undefined);
    set('name', input.name ?? undefined);
    set('nameEn', input.nameEn);
    set('kind', input.kind ?? undefined);
    set('ownership', input.ownership ?? undefined);
    set('status', input.status ?? undefined);
    set('openedOn', input.openedOn);
    set('address', input.address);
    set('services', input.services === null ? [] : input.services ? [...new Set(input.services)] : undefined);
    set('targetGroups', input.targetGroups === null ? [] : input.targetGroups ? [...new Set(input.targetGroups)] : undefined);
    set('providesSocialWorkServices', input.providesSocialWorkServices);
    set('locationPrivate', input.locationPrivate === null ? false : (input.locationPrivate ?? undefined));
    if (operator !== undefined) f.operator = operator;
    f.province = place.provinceId ? em.getReference(AdminUnit, place.provinceId) : null;
    f.legacyProvince = place.legacyProvinceId ? em.getReference(AdminUnit, place.legacyProvinceId) : null;
    f.commune = place.communeId ? em.getReference(AdminUnit, place.communeId) : null;
    if (input.location) Object.assign(f, { lat: input.location.lat, lng: input.location.lng, locationPrecision: input.location.precision });
    if (input.source) Object.assign(f, { sourceCitation: input.source.citation, sourceConfidence: input.source.confidence });
    if (input.accessibility !== undefined) {
      const items = input.accessibility?.items.map((i) => ({ item: i.item, status: i.status })) ?? null;
      Object.assign(f, { accessibility: items, accessibilityAssessedOn: input.accessibility?.assessedOn ?? null, accessible: meetsMinimum(items) });
    }
    if (input.licence !== undefined) {
      Object.assign(f, { licenceNumber: input.licence?.number ?? null, licenceIssuedBy: input.licence?.issuedBy ?? null, licenceIssuedOn: input.licence?.issuedOn ?? null });
    }
    if (input.contact !== undefined) {
      Object.assign(f, { phone: input.contact?.phone ?? null, email: input.contact?.email ?? null, website: input.contact?.website ?? null });
    }
  }

  private async nextCode(em: EntityManager, f: Facility): Promise<string> {
    const province = f.province ? await em.findOneOrFail(AdminUnit, f.province.id) : null;
    const prefix = `TGXH-${province?.code ?? '00'}-`;
    const db = transactionQueryable(em);
    // Creates in one province take the next number one after the other (the lock ends with the
    // transaction): concurrent creates never compute the same code.
    await db.query('SELECT pg_advisory_xact_lock(hashtext($1))', [prefix]);
    const res = await db.query<{ n: number }>(
      `SELECT coalesce(max(substring(code from length($1) + 1)::int), 0) + 1 AS n FROM facility WHERE code LIKE $2 AND substring(code from length($1) + 1) ~ '^[0-9]+$'`,
      [prefix, `${prefix}%`],
    );
    return `${prefix}${String(res.rows[0].n).padStart(3, '0')}`;
  }

  private log(em: EntityManager, f: Facility, action: EditAction, changes: Record<string, unknown>, version = f.version): void {
    em.persist(Object.assign(new FacilityEdit(), { facility: f, action, version, changes, editedBy: this.editor }));
  }
}
