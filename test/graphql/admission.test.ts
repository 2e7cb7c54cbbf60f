import { describe, expect, it } from '@jest/globals';
import { AdmissionGate } from '../../server/src/graphql/limits/admission.js';

const live = () => new AbortController();

describe('admission by cost', () => {
  it('lets cheap operations through at once, whatever runs', async () => {
    const gate = new AdmissionGate(100, 10);
    const heavy = await gate.enter(100, live().signal);
    const cheap = await gate.enter(9, live().signal);
    expect(gate.running).toBe(100);
    cheap();
    heavy();
    expect(gate.running).toBe(0);
  });

  it('holds heavy operations past the capacity and admits them first come, first served', async () => {
    const gate = new AdmissionGate(100, 10);
    const order: string[] = [];
    const first = await gate.enter(60, live().signal);
    const second = gate.enter(60, live().signal).then((release) => { order.push('second'); return release; });
    const third = gate.enter(30, live().signal).then((release) => { order.push('third'); return release; });
    await new Promise((r) => setTimeout(r, 10));
    expect(order).toEqual([]); // the third would fit, but does not overtake the second
    expect(gate.waiting).toBe(2);
    first();
    const releases = await Promise.all([second, third]);
    expect(order).toEqual(['second', 'third']);
    expect(gate.running).toBe(90);
    releases.forEach((release) => release());
    releases[0](); // releasing twice gives nothing back twice
    expect(gate.running).toBe(0);
  });

  it('always admits one operation alone, however costly', async () => {
    const gate = new AdmissionGate(100, 10);
    const release = await gate.enter(5000, live().signal);
    expect(gate.running).toBe(100);
    release();
  });

  it('drops a waiting operation whose request stops, with REQUEST_TIMEOUT, and admits the next', async () => {
    const gate = new AdmissionGate(100, 10);
    const first = await gate.enter(100, live().signal);
    const stopping = live();
    const waiting = gate.enter(50, stopping.signal);
    const next = gate.enter(50, live().signal);
    stopping.abort('client disconnected');
    await expect(waiting).rejects.toMatchObject({ extensions: { code: 'REQUEST_TIMEOUT' } });
    expect(gate.waiting).toBe(1);
    first();
    (await next)();
    expect(gate.running).toBe(0);
  });
});
