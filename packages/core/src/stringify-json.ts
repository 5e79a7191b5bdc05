// Host pages change built-ins that JSON and our checks rely on: Prototype.js gives arrays a
// `toJSON` (so `JSON.stringify([1])` is `"\"[1]\""`), and some libraries add enumerable
// methods to `Object.prototype`. Two helpers (two files, so a bundle takes only the one it
// uses) make serialization and config checks behave as on a clean page.

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
