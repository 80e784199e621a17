import { createHash } from 'node:crypto';
import { createClient } from 'redis';
import { dedupeWindowMs, onlineWindowMs, type Calendar } from './rules.ts';
import type { BatchResult, CounterStore, ItemOutcome } from './store.ts';

/**
 * The distributed store, for several API servers behind a load balancer. Each batch is one Lua
 * script, which Redis runs atomically: no two servers can interleave a dedupe check and its count.
 * Times come from the caller's clock (passed in, never Redis's), so the rules behave the same with
 * an injected clock. Standalone Redis (scripts build their own key names, which Redis Cluster does
 * not allow).
 *
 * Per-visitor records live as long as their rule and no longer: repeat marks are trimmed after 30
 * minutes and "online" entries after 5 (by every batch and every purge, with the callers' clock),
 * the day's visitor set is deleted after its day. No salt is stored (counter.ts derives it from a secret), so a dump cannot test a guess.
 *
 * The store is usable before Redis is: the client connects, and reconnects, in the background,
 * and until it is ready every call fails at once (no offline queue), which the API answers with 503.
 *
 * Keys, under a prefix (default "bantin:"):
 *   views                    hash   path -> live views
 *   seen                     zset   "<visitor>\n<path>" -> time of the last counted view (30 minutes)
 *   visitors:<day>           set    that day's visitor ids (expires at the end of the day)
 *   visitor-days             set    days that have a visitors set, for purging
 *   online                   zset   visitor id -> last seen
 *   count:day:<d>, count:week:<monday>, count:month:<m>, count:total   distinct daily visitors
 *   legacy-total             the carried-over site total
 */

const recordBatchScript = `
local p = ARGV[1]
local now = tonumber(ARGV[2])
local dedupe = tonumber(ARGV[3])
local day, week, month = ARGV[5], ARGV[6], ARGV[7]
local viewsKey = p .. 'views'
local visitorsKey = p .. 'visitors:' .. day
local onlineKey = p .. 'online'
local seenKey = p .. 'seen'
local out = {}
local newVisitors = 0
for i = 9, #ARGV, 2 do
  local path, visitor = ARGV[i], ARGV[i + 1]
  local counted = 0
  local views = false
  if visitor ~= '' then
    local mark = visitor .. '\\n' .. path
    local last = redis.call('ZSCORE', seenKey, mark)
    if (not last) or now - tonumber(last) >= dedupe then
      redis.call('ZADD', seenKey, ARGV[2], mark)
      counted = 1
      views = redis.call('HINCRBY', viewsKey, path, 1)
    end
    newVisitors = newVisitors + redis.call('SADD', visitorsKey, visitor)
    redis.call('ZADD', onlineKey, ARGV[2], visitor)
  end
  if not views then views = tonumber(redis.call('HGET', viewsKey, path) or '0') end
  out[#out + 1] = counted
  out[#out + 1] = views
end
if newVisitors > 0 then
  redis.call('PEXPIRE', visitorsKey, ARGV[8])
  redis.call('SADD', p .. 'visitor-days', day)
  redis.call('INCRBY', p .. 'count:day:' .. day, newVisitors)
  redis.call('INCRBY', p .. 'count:week:' .. week, newVisitors)
  redis.call('INCRBY', p .. 'count:month:' .. month, newVisitors)
  redis.call('INCRBY', p .. 'count:total', newVisitors)
end
redis.call('ZREMRANGEBYSCORE', onlineKey, '-inf', ARGV[4])
redis.call('ZREMRANGEBYSCORE', seenKey, '-inf', string.format('%d', now - dedupe))
local c = redis.call('MGET', p .. 'count:day:' .. day, p .. 'count:week:' .. week, p .. 'count:month:' .. month, p .. 'count:total', p .. 'legacy-total')
return { out, redis.call('ZCARD', onlineKey), tonumber(c[1] or '0'), tonumber(c[2] or '0'), tonumber(c[3] or '0'), tonumber(c[4] or '0'), tonumber(c[5] or '0') }
`;

/**
 * Earlier days' visitor sets, expired "online" entries and repeat marks. Stored daily salts
 * (salt:<day>, indexed in salt-days), which a store kept from an older version of the counter may
 * hold, are deleted too: the salt is derived from COUNTER_SECRET and never stored.
 */
const purgeScript = `
local p, day = ARGV[1], ARGV[2]
local daysKey = p .. 'visitor-days'
for _, d in ipairs(redis.call('SMEMBERS', daysKey)) do
  if d < day then
    redis.call('DEL', p .. 'visitors:' .. d)
    redis.call('SREM', daysKey, d)
  end
end
for _, d in ipairs(redis.call('SMEMBERS', p .. 'salt-days')) do
  redis.call('DEL', p .. 'salt:' .. d)
end
redis.call('DEL', p .. 'salt-days')
redis.call('ZREMRANGEBYSCORE', p .. 'online', '-inf', ARGV[3])
redis.call('ZREMRANGEBYSCORE', p .. 'seen', '-inf', ARGV[4])
return 0
`;

/** How long opening the store waits for a first connection before the server starts without it. */
const startupWaitMs = 1000;

type Script = { source: string; sha: string };

/** A script and the SHA-1 Redis knows it by, computed here so nothing needs Redis to start. */
const luaScript = (source: string): Script => ({ source, sha: createHash('sha1').update(source).digest('hex') });

export async function openRedisStore(url: string, options: { prefix?: string } = {}): Promise<CounterStore> {
  const prefix = options.prefix ?? 'bantin:';
  const client = createClient({
    url,
    // Fail fast while Redis is unreachable: the API answers 503 and readers see the build-time
    // figures, instead of requests queueing up behind a reconnect.
    disableOfflineQueue: true,
    socket: { reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5000) },
  });
  let lastLogged = 0;
  client.on('error', (error: unknown) => {
    if (Date.now() - lastLogged < 10_000) return;
    lastLogged = Date.now();
    console.error(`counter: redis: ${error instanceof Error ? error.message : String(error)}`);
  });
  // Waited for a moment only: with Redis down the site is served all the same, the API answers
  // 503 and the client keeps trying in the background.
  const connecting = client.connect().catch((error: unknown) => console.error(`counter: redis: ${(error as Error).message}`));
  await Promise.race([connecting, new Promise((resolve) => setTimeout(resolve, startupWaitMs).unref())]);

  const scripts = {
    recordBatch: luaScript(recordBatchScript),
    purge: luaScript(purgeScript),
  };

  /** EVALSHA, loading the script first when Redis does not have it (a new or restarted Redis). */
  async function run<T>(script: Script, args: string[]): Promise<T> {
    try {
      return await client.sendCommand<T>(['EVALSHA', script.sha, '0', ...args]);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      await client.scriptLoad(script.source);
      return await client.sendCommand<T>(['EVALSHA', script.sha, '0', ...args]);
    }
  }

  const untilDayEnd = (now: number, calendar: Calendar) => String(Math.max(1, calendar.dayEnd - now));

  return {
    description: `redis ${prefix}`,

    async recordBatch(items, now, calendar): Promise<BatchResult> {
      const args = [
        prefix,
        String(now),
        String(dedupeWindowMs),
        String(now - onlineWindowMs),
        calendar.day,
        calendar.week,
        calendar.month,
        untilDayEnd(now, calendar),
      ];
      for (const item of items) args.push(item.path, item.visitor ?? '');
      const [flat, online, today, week, month, total, legacyTotal] = await run<[number[], ...number[]]>(scripts.recordBatch, args);
      const outcomes: ItemOutcome[] = [];
      for (let i = 0; i < flat.length; i += 2) outcomes.push({ counted: flat[i] === 1, views: Number(flat[i + 1]) });
      return {
        outcomes,
        site: {
          online: Number(online),
          today: Number(today),
          week: Number(week),
          month: Number(month),
          total: Number(total),
          legacyTotal: Number(legacyTotal),
        },
      };
    },

    async purge(now, calendar) {
      await run(scripts.purge, [prefix, calendar.day, String(now - onlineWindowMs), String(now - dedupeWindowMs)]);
    },

    // The reason is public (/api/health): Redis's address and error stay in the server's log.
    health: () => (client.isReady ? { ok: true } : { ok: false, reason: 'Redis is not reachable; retrying' }),

    async setLegacyTotal(total) {
      await client.set(`${prefix}legacy-total`, String(total));
    },

    async close() {
      if (client.isOpen) await client.close();
    },
  };
}
