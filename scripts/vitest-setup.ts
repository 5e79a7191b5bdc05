// Fails any test that writes to the console without saying so.
// A test that expects output silences it explicitly, e.g.
//   const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
//   ...
//   expect(warn).toHaveBeenCalledWith(expect.stringContaining('campaigns[1]'));
// `restoreMocks` puts the recorder back after each test.
import { afterEach, beforeEach } from 'vitest';

const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
type Method = (typeof methods)[number];

const originals = new Map<Method, (...args: unknown[]) => void>();
const unexpected: string[] = [];

for (const method of methods) {
  originals.set(method, console[method].bind(console));
}

beforeEach(() => {
  unexpected.length = 0;
  for (const method of methods) {
    console[method] = (...args: unknown[]) => {
      unexpected.push(`console.${method}: ${args.map((arg) => formatArg(arg)).join(' ')}`);
    };
  }
});

afterEach(() => {
  for (const method of methods) {
    const original = originals.get(method);
    if (original) console[method] = original;
  }
  if (unexpected.length > 0) {
    const lines = unexpected.splice(0).join('\n  ');
    throw new Error(
      `Unexpected console output (silence it with vi.spyOn(console, …) if it is expected):\n  ${lines}`,
    );
  }
});

function formatArg(arg: unknown): string {
  if (typeof arg === 'string') return arg;
  if (arg instanceof Error) return `${arg.name}: ${arg.message}`;
  try {
    return JSON.stringify(arg);
  } catch {
    return String(arg);
  }
}
