import { afterEach, describe, expect, it } from 'vitest';
import { createCounter, type Counter } from '../../src/counter/counter.ts';
import { clientKey, daySalt, dedupeWindowMs, onlineWindowMs, visitorId } from '../../src/counter/rules.ts';
import type { CounterStore } from '../../src/counter/store.ts';
import { fixturePages, manualClock, userAgent } from './helpers.ts';

/**
 * The one contract both stores pass (docs/counter.md): counting and dedupe, distinct daily
 * visitors summed per week (Monday start), month and in total, "online", carried-over totals,
 * durability across a reopen, and privacy (no address, user agent or salt stored; per-visitor
 * records kept only as long as their rule; a copy of the store cannot confirm a guessed visitor),
 * all with an injected clock and against the real store.
 */

/** The secret every counter in these tests derives its salts from (COUNTER_SECRET). */
const secret = 'contract-test-secret-7f3c9e1b5d2a8f4e6c0b9a7d';

/** The id a counter with `secret` gives (client, user agent) on `day` (the counter takes the client as given). */
const idOf = (day: string, client: string, ua: string) => visitorId(daySalt(secret, day), client, ua);

/**
 * What someone holding a copy of the store can try: every string in it that could be a salt
 * (base64url runs of 20 characters or more, as salts and secrets are written), and no salt at all,
 * turned with the known (address, user agent) into the id the counter would store. Returns the
 * candidates that confirm the guess, which must be none.
 */
function confirmingSalts(copy: string, client: string, ua: string): string[] {
  const tokens = new Set(copy.match(/[A-Za-z0-9_-]{20,}/g) ?? []);
  const clients = [client, clientKey(client)];
  return ['', ...tokens].filter((salt) => clients.some((c) => tokens.has(visitorId(salt, c, ua))));
}

export interface StoreHarness {
  /** Opens the store under test; a second call opens the same data again (a restart). */
  open(): Promise<CounterStore>;
  /** Everything the store holds, as text: every table row or key and value (and a file's raw bytes). */
  dump(): Promise<string>;
  cleanup(): Promise<void>;
}

const pages = fixturePages(4);
const article = '/tin-tuc/2024/bai-0/'; // 1000 carried-over views
const other = '/tin-tuc/2024/bai-1/'; // none
const minute = 60_000;

export function describeStoreContract(name: string, makeHarness: () => Promise<StoreHarness>): void {
  describe(`${name} store contract`, () => {
    const open: { harness: StoreHarness; stores: CounterStore[] }[] = [];

    afterEach(async () => {
      for (const { harness, stores } of open.splice(0)) {
        for (const store of stores) await store.close();
        await harness.cleanup();
      }
    });

    async function setup(start = '2024-03-01T08:00:00+07:00', legacyTotal?: number) {
      const harness = await makeHarness();
      const store = await harness.open();
      const entry = { harness, stores: [store] };
      open.push(entry);
      const clock = manualClock(start);
      const makeCounter = (s: CounterStore): Counter => createCounter({ store: s, pages, clock: clock.now, legacyTotal, secret });
      let counter = makeCounter(store);
      return {
        harness,
        store,
        clock,
        hit: (path: string, visitor: number | string, client = '203.0.113.1') =>
          counter.count({ path, visitor: { client, userAgent: userAgent(visitor) } }),
        read: (path = '/') => counter.count({ path, visitor: null }),
        maintain: () => counter.maintain(),
        counter: () => counter,
        async reopen() {
          await store.close();
          entry.stores = [];
          const reopened = await harness.open();
          entry.stores.push(reopened);
          counter = makeCounter(reopened);
        },
      };
    }

    it('counts a view once per visitor and page within 30 minutes, adding carried-over views', async () => {
      const c = await setup();
      expect(await c.hit(article, 1)).toMatchObject({ path: article, views: 1001, counted: true });
      c.clock.advance(dedupeWindowMs - 1);
      expect(await c.hit(article, 1)).toMatchObject({ views: 1001, counted: false });
      c.clock.advance(1);
      expect(await c.hit(article, 1)).toMatchObject({ views: 1002, counted: true });
    });

    it('counts every visitor and every page', async () => {
      const c = await setup();
      expect((await c.hit(article, 1)).counted).toBe(true);
      expect((await c.hit(article, 2)).counted).toBe(true);
      expect((await c.hit(other, 1)).counted).toBe(true);
      expect((await c.hit(article, 1, '203.0.113.2')).counted).toBe(true);
      expect((await c.read(article)).views).toBe(1003);
      expect((await c.read(other)).views).toBe(1);
      expect((await c.read()).site).toEqual({ online: 3, today: 3, week: 3, month: 3, total: 3 });
    });

    it('answers reads without counting anything', async () => {
      const c = await setup();
      await c.hit(other, 1);
      const before = await c.read(other);
      for (let i = 0; i < 3; i++) expect(await c.read(other)).toEqual({ ...before, counted: false });
      expect(before).toMatchObject({ views: 1, counted: false, site: { online: 1, today: 1 } });
    });

    it('applies the hits of one batch in order', async () => {
      const c = await setup();
      const same = await Promise.all(Array.from({ length: 5 }, () => c.hit(other, 'same')));
      expect(same.filter((r) => r.counted)).toHaveLength(1);
      expect(same.map((r) => r.views)).toEqual([1, 1, 1, 1, 1]);
      const distinct = await Promise.all(Array.from({ length: 10 }, (_, i) => c.hit(article, `d${i}`)));
      expect(distinct.every((r) => r.counted)).toBe(true);
      expect(distinct.map((r) => r.views)).toEqual(Array.from({ length: 10 }, (_, i) => 1001 + i));
      expect(distinct.at(-1)!.site).toMatchObject({ today: 11, total: 11 });
    });

    it('counts distinct visitors per day in Vietnam, starting each day from zero', async () => {
      const c = await setup('2024-03-01T00:00:00+07:00');
      await c.hit(article, 1);
      await c.hit(other, 1);
      await c.hit(article, 2);
      expect((await c.read()).site).toMatchObject({ today: 2, week: 2, month: 2, total: 2 });
      c.clock.set('2024-03-01T23:59:59.999+07:00');
      await c.hit(article, 3);
      expect((await c.read()).site).toMatchObject({ today: 3, total: 3 });
      // Midnight in Vietnam is 17:00 UTC: a new day, a new salt, so visitor 1 is a new visitor.
      c.clock.set('2024-03-01T17:00:00Z');
      expect((await c.read()).site).toMatchObject({ today: 0, week: 3, month: 3, total: 3 });
      await c.hit(article, 1);
      expect((await c.read()).site).toMatchObject({ today: 1, week: 4, month: 4, total: 4 });
    });

    it('sums the week from Monday to Sunday in Vietnam', async () => {
      const c = await setup('2024-03-03T23:59:00+07:00'); // Sunday
      await c.hit(article, 1);
      await c.hit(article, 2);
      expect((await c.read()).site).toMatchObject({ today: 2, week: 2 });
      // Monday 00:00 in Vietnam, still Sunday in UTC.
      c.clock.set('2024-03-03T17:00:00Z');
      expect((await c.read()).site).toMatchObject({ today: 0, week: 0, month: 2, total: 2 });
      await c.hit(article, 3);
      c.clock.set('2024-03-05T10:00:00+07:00'); // Tuesday
      await c.hit(article, 4);
      c.clock.set('2024-03-10T23:59:59+07:00'); // Sunday
      await c.hit(article, 5);
      expect((await c.read()).site).toMatchObject({ today: 1, week: 3, month: 5, total: 5 });
      c.clock.set('2024-03-11T00:00:00+07:00');
      expect((await c.read()).site).toMatchObject({ today: 0, week: 0, total: 5 });
    });

    it('turns the month at midnight in Vietnam', async () => {
      const c = await setup('2024-02-29T23:59:00+07:00'); // Thursday of a leap February
      await c.hit(article, 1);
      expect((await c.read()).site).toMatchObject({ month: 1 });
      c.clock.set('2024-03-01T00:00:00+07:00'); // Friday, same week
      await c.hit(article, 2);
      expect((await c.read()).site).toMatchObject({ today: 1, week: 2, month: 1, total: 2 });
      c.clock.set('2024-03-31T23:59:59.999+07:00');
      await c.hit(article, 3);
      c.clock.set('2024-04-01T00:00:00+07:00');
      expect((await c.read()).site).toMatchObject({ today: 0, month: 0, total: 3 });
    });

    it('shows a visitor online for five minutes after their last hit', async () => {
      const c = await setup();
      const t0 = c.clock.now();
      await c.hit(article, 1);
      c.clock.set(new Date(t0 + 2 * minute).toISOString());
      await c.hit(other, 2);
      expect((await c.read()).site.online).toBe(2);
      c.clock.set(new Date(t0 + onlineWindowMs - 1).toISOString());
      expect((await c.read()).site.online).toBe(2);
      c.clock.set(new Date(t0 + onlineWindowMs).toISOString());
      expect((await c.read()).site.online).toBe(1);
      c.clock.set(new Date(t0 + 2 * minute + onlineWindowMs).toISOString());
      expect((await c.read()).site.online).toBe(0);
      // A visitor whose view is deduped is still online.
      await c.hit(other, 2);
      expect((await c.read()).site.online).toBe(1);
    });

    it('keeps "online" exact while expired marks are purged', async () => {
      const c = await setup();
      const t0 = c.clock.now();
      const at = (ms: number) => c.clock.set(new Date(t0 + ms).toISOString());
      await c.hit(article, 1);
      at(minute);
      await c.hit(article, 2);
      at(onlineWindowMs + 30_000);
      await c.maintain(); // visitor 1 expired and is deleted
      expect((await c.read()).site.online).toBe(1);
      await c.hit(other, 3);
      expect((await c.read()).site.online).toBe(2);
      at(minute + onlineWindowMs);
      await c.maintain();
      expect((await c.read()).site.online).toBe(1);
      at(onlineWindowMs + 30_000 + onlineWindowMs);
      expect((await c.read()).site.online).toBe(0);
      await c.hit(other, 1);
      expect((await c.read()).site.online).toBe(1);
    });

    it('adds the carried-over site total, stored once or configured', async () => {
      const c = await setup();
      await c.hit(article, 1);
      expect((await c.read()).site.total).toBe(1);
      await c.store.setLegacyTotal(2_268_387);
      expect((await c.read()).site.total).toBe(2_268_388);
      await c.store.setLegacyTotal(2_268_390);
      expect((await c.read()).site.total).toBe(2_268_391);

      const configured = await setup(undefined, 500);
      await configured.store.setLegacyTotal(2_268_387);
      await configured.hit(article, 1);
      expect((await configured.read()).site.total).toBe(501);
    });

    it('keeps counts and dedupe marks across a restart (the same secret, the same salt)', async () => {
      const c = await setup();
      await c.hit(article, 1);
      await c.hit(other, 2);
      await c.reopen();
      expect(await c.hit(article, 1)).toMatchObject({ views: 1001, counted: false, site: { today: 2, total: 2 } });
      expect((await c.read(other)).views).toBe(1);
    });

    it('cannot be used, copied mid-day, to confirm that a known reader visited', async () => {
      const c = await setup('2024-03-01T10:00:00+07:00');
      const readers = [
        ['198.51.100.23', userAgent('known reader 1')],
        ['2001:db8:85a3:1:8a2e:370:7334:1', userAgent('known reader 2')],
      ] as const;
      for (const [client, ua] of readers) {
        await c.counter().count({ path: article, visitor: { client, userAgent: ua } });
        await c.counter().count({ path: other, visitor: { client, userAgent: ua } });
      }
      const copy = await c.harness.dump();
      for (const [client, ua] of readers) {
        // The ids are there to be found: with the day's salt, the guess would be confirmed.
        expect(copy).toContain(idOf('2024-03-01', client, ua));
        expect(confirmingSalts(copy, client, ua)).toEqual([]);
      }
      expect(copy).not.toContain(daySalt(secret, '2024-03-01'));
      expect(copy).not.toContain(secret);
    });

    it('keeps a counted view no longer than the 30-minute repeat rule needs it', async () => {
      const c = await setup('2024-03-01T10:00:00+07:00');
      const viewedAt = c.clock.now();
      await c.hit(article, 1);
      c.clock.advance(dedupeWindowMs - minute);
      await c.maintain();
      expect(await c.harness.dump()).toContain(String(viewedAt));
      c.clock.advance(2 * minute);
      await c.hit(other, 2); // a later reader: the store is in use, not idle
      await c.maintain();
      const after = await c.harness.dump();
      expect(after).not.toContain(String(viewedAt)); // no record says when visitor 1 read the article
      expect((await c.read(article)).views).toBe(1001); // the count stays
    });

    it('stores no address or user agent, and forgets yesterday once the day is over', async () => {
      const c = await setup('2024-03-01T21:00:00+07:00');
      const clients = ['198.51.100.23', '2001:db8:85a3:1:8a2e:370:7334:1', '::ffff:192.0.2.44'];
      const probe = 'PrivacyProbe/7.3';
      for (const [i, client] of clients.entries()) {
        await c.hit(article, `${probe} ${i}`, client);
        await c.hit(other, `${probe} ${i}`, client);
      }
      const yesterdaysIds = clients.map((client, i) => idOf('2024-03-01', client, userAgent(`${probe} ${i}`)));
      const before = await c.harness.dump();
      for (const id of yesterdaysIds) expect(before).toContain(id); // the dump does see what is stored
      for (const text of ['198.51.100.23', '2001:db8', '192.0.2.44', probe]) expect(before).not.toContain(text);

      c.clock.set('2024-03-02T00:00:30+07:00');
      await c.hit(article, `${probe} 0`, clients[0]);
      await c.maintain();
      const after = await c.harness.dump();
      for (const id of yesterdaysIds) expect(after).not.toContain(id);
      for (const text of ['198.51.100.23', '2001:db8', '192.0.2.44', probe]) expect(after).not.toContain(text);
      expect((await c.read()).site).toMatchObject({ today: 1, total: 4 });
    });
  });
}
