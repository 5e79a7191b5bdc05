// Host pages change built-ins that JSON and our checks rely on: Prototype.js gives arrays a
// `toJSON` (so `JSON.stringify([1])` is `"\"[1]\""`), and some libraries add enumerable
// methods to `Object.prototype` (every `for…in` then visits them, zod's included). These two
// helpers make serialization and config checks behave as on a clean page.

/**
 * `JSON.stringify` that ignores every `toJSON` method: what is written is the value's own
 * data. The replacer gets the holder as `this`, so it hands back the original object in place
 * of whatever a `toJSON` (an array's, from Prototype.js) made of it. Only for plain data: a
 * `Date` is written as `{}`.
 * @example stringifyJson([1]) // '[1]', even with Array.prototype.toJSON defined
 */
export function stringifyJson(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, converted) {
    const own = this[key];
    return typeof own === 'object' && own !== null ? own : converted;
  });
}

/**
 * Runs `check` with `Object.prototype`'s enumerable properties (a host page's additions)
 * made non-enumerable, and puts them back as they were before returning. Nothing else runs
 * meanwhile (`check` is synchronous), so the host never sees the difference; zod's `for…in`
 * over its own shapes and the input then visits only real keys. A property that cannot be
 * redefined (non-configurable) is left as it is.
 * @example withoutInheritedKeys(() => schema.safeParse(json))
 */
export function withoutInheritedKeys<T>(check: () => T): T {
  const proto = Object.prototype;
  const hidden: [string, PropertyDescriptor][] = [];
  for (const key in {}) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, key);
    if (descriptor?.configurable) {
      Object.defineProperty(proto, key, { enumerable: false });
      hidden.push([key, descriptor]);
    }
  }
  try {
    return check();
  } finally {
    for (const [key, descriptor] of hidden) Object.defineProperty(proto, key, descriptor);
  }
}
