import { createExecutionGate } from '../../src/http/execution-gate';

/** Lets pending promise callbacks run. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('the execution gate', () => {
  it('runs up to its concurrency at once, queues the next in arrival order, and refuses past its queue', async () => {
    const gate = createExecutionGate(2, 2);
    const first = await gate.enter();
    const second = await gate.enter();
    expect(first).toBeDefined();
    expect(second).toBeDefined();
    const order: string[] = [];
    const third = gate.enter().then((leave) => (order.push('third'), leave));
    const fourth = gate.enter().then((leave) => (order.push('fourth'), leave));
    await settle();
    expect(gate.stats()).toEqual({ concurrency: 2, running: 2, waiting: 2, queue: 2 });
    expect(await gate.enter()).toBeUndefined();
    expect(order).toEqual([]);

    second?.();
    await settle();
    expect(order).toEqual(['third']);
    expect(gate.stats()).toMatchObject({ running: 2, waiting: 1 });
    // A turn given back twice is given back once.
    second?.();
    first?.();
    await settle();
    expect(order).toEqual(['third', 'fourth']);
    (await third)?.();
    (await fourth)?.();
    expect(gate.stats()).toMatchObject({ running: 0, waiting: 0 });
  });

  it('with no queue, refuses whatever finds every turn taken', async () => {
    const gate = createExecutionGate(1, 0);
    const leave = await gate.enter();
    expect(await gate.enter()).toBeUndefined();
    leave?.();
    expect(await gate.enter()).toBeDefined();
  });
});
