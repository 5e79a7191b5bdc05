// The poison batch of issue #14, end to end: a visitor's batch holds a lone UTF-16 surrogate
// (valid JSON, not valid Unicode). It used to answer 500, stay half stored and be retried for
// 7 days while every later event of that visitor waited behind it. Now: a 400 naming the
// field, nothing of the batch stored, and the widget's outbox (the real one, over HTTP)
// isolates the one bad event and delivers the rest, the visitor's later events included.
import { createOutbox, httpBackend, memoryStorage } from '@grapevine/adapter';
import type { GrapevineEvent } from '@grapevine/core';
import { describe, expect, it } from 'vitest';
import { FAULT_SITE_KEY, faultDatabases, startServer, storedEventIds } from './support/index.js';

const at = Date.now();
const prompt = { campaignId: 'nps-after-purchase', variantId: 'default', visitorId: 'visitor-1' };
const impression = (id: string): GrapevineEvent => ({ id, type: 'impression', at, ...prompt });
const answer = (id: string, comment: string): GrapevineEvent => ({
  id,
  type: 'nps-answer',
  at,
  ...prompt,
  score: 9,
  segment: 'promoter',
  kind: 'transactional',
  comment,
});
const purchase: GrapevineEvent = {
  id: 'purchase-1',
  type: 'purchase',
  at,
  visitorId: 'visitor-1',
  orderId: 'order-1',
  total: 4999,
  currency: 'EUR',
};

describe.each(faultDatabases())('a poison batch on $kind', ({ make, skip }) => {
  it.skipIf(skip)('gets a 400 naming the field; the visitor’s later events arrive', async () => {
    const database = await make();
    const server = await startServer({ database: database.env });

    // The reproduction, as raw HTTP: the comment ends inside a cut surrogate pair.
    const body = JSON.stringify({
      events: [impression('imp-1'), answer('answer-1', 'Great 👍CUT')],
    }).replace('CUT', '\\ud83d');
    const raw = await fetch(`${server.url}/v1/events`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'x-grapevine-site-key': FAULT_SITE_KEY },
      body,
    });
    expect(raw.status).toBe(400);
    expect((await raw.json()).error).toMatchObject({
      code: 'invalid-request',
      message: expect.stringContaining('events[1].comment: contains a lone UTF-16 surrogate'),
    });

    // The widget's outbox over real HTTP: the same batch, then the visitor's later events.
    const errors: unknown[] = [];
    const outbox = createOutbox({
      backend: httpBackend({ endpoint: server.url, siteKey: FAULT_SITE_KEY, retry: 0 }),
      storage: memoryStorage(),
      batchDelay: 10,
      retryDelay: 50,
      onError: (error) => errors.push(error),
    });
    outbox.enqueue(impression('imp-1'), answer('answer-1', `Great 👍${'\ud83d'}`));
    outbox.enqueue(answer('answer-2', 'Fast delivery'), purchase, impression('imp-2'));
    await outbox.flush();
    expect(outbox.status()).toMatchObject({ queued: 0 });
    outbox.destroy();
    // The one refused event was reported (a 400 naming it), never a 500.
    expect(errors).not.toHaveLength(0);
    for (const error of errors) expect(error).toMatchObject({ status: 400 });
    expect(server.logs.filter((entry) => entry.level === 'error')).toEqual([]);

    await server.kill('SIGTERM');
    const stored = await storedEventIds(database);
    expect([...stored].sort()).toEqual(['answer-2', 'imp-1', 'imp-2', 'purchase-1']);
  });
});
