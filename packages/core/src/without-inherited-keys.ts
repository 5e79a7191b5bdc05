// Host pages change built-ins that JSON and our checks rely on: Prototype.js gives arrays a
// `toJSON` (so `JSON.stringify([1])` is `"\"[1]\""`), and some libraries add enumerable
// methods to `Object.prototype`. Two helpers (two files, so a bundle takes only the one it
// uses) make serialization and config checks behave as on a clean page.

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
