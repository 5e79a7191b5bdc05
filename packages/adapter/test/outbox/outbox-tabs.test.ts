import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOutbox, memoryStorage } from '../../src/index.js';
import { fakeBackend, fakePage } from '../helpers/fake-backend.js';
import { impression } from '../helpers/fixtures.js';

beforeEach(() => {
  vi.useFakeTimers({ now: 1_800_000_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

/** Two tabs: two outboxes sharing one storage and one server. */
function twoTabs() {
  const fake = fakeBackend();
  const storage = memoryStorage();
  const options = { backend: fake.backend, storage, claimTtl: 30_000 };
  const a = createOutbox({ ...options, tabId: 'tab-a' });
  const b = createOutbox({ ...options, tabId: 'tab-b' });
  return { ...fake, a, b };
}

describe('two tabs sharing storage', () => {
  it('do not send the same event twice while one tab is sending', async () => {
    const { a, b, control, release, deliveries, stored } = twoTabs();
    control.hold = true;
    a.enqueue(impression('e1'), impression('e2'));
    void a.flush();
    await vi.advanceTimersByTimeAsync(0);
    await b.flush();
    expect(deliveries.map((delivery) => delivery.ids)).toEqual([['e1', 'e2']]);
    release();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(deliveries).toHaveLength(1);
    expect(stored()).toEqual(['e1', 'e2']);
  });

  it('each send their own events, once each', async () => {
    const { a, b, deliveries, stored } = twoTabs();
    a.enqueue(impression('a1'));
    b.enqueue(impression('b1'));
    a.enqueue(impression('a2'));
    await vi.advanceTimersByTimeAsync(5_000);
    const sent = deliveries.flatMap((delivery) => delivery.ids).sort();
    expect(sent).toEqual(['a1', 'a2', 'b1']);
    expect(stored().sort()).toEqual(['a1', 'a2', 'b1']);
  });

  it('a tab takes over after the claim of a tab that died mid-send expires', async () => {
    const { a, b, control, deliveries, stored } = twoTabs();
    control.hold = true;
    a.enqueue(impression('e1'));
    void a.flush();
    await vi.advanceTimersByTimeAsync(0);
    a.destroy(); // the tab closed; its request never finished
    control.hold = false;
    await b.flush();
    expect(deliveries).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(29_000);
    expect(deliveries).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(deliveries.map((delivery) => delivery.ids)).toEqual([['e1'], ['e1']]);
    expect(stored()).toEqual(['e1']);
  });

  it('when both do send, the server keeps one', async () => {
    const { server } = fakeBackend();
    await server.send([impression('e1')]);
    expect(await server.send([impression('e1')])).toEqual({ accepted: [], duplicates: ['e1'] });
    expect(server.inspect().events).toHaveLength(1);
  });

  it('the next page does not wait out the claims of a page that unloaded mid-send', async () => {
    const fake = fakeBackend();
    const storage = memoryStorage();
    const page = fakePage();
    const first = createOutbox({ backend: fake.backend, storage, tabId: 'page-1', batchSize: 1 });
    first.attach(page.win, page.doc);
    fake.control.hold = true; // requests leave but are never answered: the page dies first
    first.enqueue(impression('in-flight'), impression('unsent'));
    await vi.advanceTimersByTimeAsync(0);
    page.fire('pagehide');
    expect(fake.deliveries.map((delivery) => [delivery.ids, delivery.keepalive])).toEqual([
      [['in-flight'], false],
      [['unsent'], true],
    ]);
    first.destroy();

    fake.control.hold = false;
    const second = createOutbox({ backend: fake.backend, storage, tabId: 'page-2' });
    await second.flush();
    await vi.advanceTimersByTimeAsync(2_100); // exitClaimTtl, not claimTtl
    expect(fake.stored().sort()).toEqual(['in-flight', 'unsent']);
    expect(second.status().queued).toBe(0);
  });

  it('sends what an earlier page left behind as soon as it is created', async () => {
    const fake = fakeBackend();
    const storage = memoryStorage();
    fake.control.offline = true;
    const first = createOutbox({ backend: fake.backend, storage });
    first.enqueue(impression('left-behind'));
    await vi.advanceTimersByTimeAsync(1_000);
    first.destroy();
    fake.control.offline = false;
    createOutbox({ backend: fake.backend, storage });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(fake.stored()).toEqual(['left-behind']);
  });
});
