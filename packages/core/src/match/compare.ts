import type { Comparison, Scalar } from '../types/condition.js';

/**
 * Whether a value (a trait, a signal property; `undefined` when missing) satisfies a
 * comparison. Ordering operators need two numbers or two strings.
 */
export function compare(actual: Scalar | undefined, comparison: Comparison): boolean {
  switch (comparison.op) {
    case 'exists':
      return actual !== undefined && actual !== null;
    case 'missing':
      return actual === undefined || actual === null;
    case 'in':
      return actual !== undefined && comparison.value.includes(actual);
    case 'not-in':
      return actual === undefined || !comparison.value.includes(actual);
    case '=':
      return actual === comparison.value;
    case '!=':
      return actual !== comparison.value;
    default:
      return order(actual, comparison.value, comparison.op);
  }
}

function order(actual: Scalar | undefined, expected: Scalar, op: '>' | '>=' | '<' | '<='): boolean {
  const comparable =
    (typeof actual === 'number' && typeof expected === 'number') ||
    (typeof actual === 'string' && typeof expected === 'string');
  if (!comparable) return false;
  if (op === '>') return actual > expected;
  if (op === '>=') return actual >= expected;
  if (op === '<') return actual < expected;
  return actual <= expected;
}
