// What host pages do to built-ins: Prototype.js's `Array#toJSON` and an enumerable method on
// `Object.prototype` (`pollute()`), a global `Promise` replaced by a polyfill
// (`replacePromise()`). Each returns the function that undoes it; the changes are global, so
// tests undo them in `afterEach`.

// The same pollution as core's `test/pollute.ts` (each package's tsconfig keeps its tests
// inside the package, so the few lines are repeated rather than imported).
export function pollute(): () => void {
  const arrays = Array.prototype as unknown as { toJSON?: () => string };
  const objects = Object.prototype as unknown as { each?: () => void };
  // Prototype.js 1.6: an array's JSON is a string, so JSON.stringify quotes it.
  arrays.toJSON = function (this: unknown[]) {
    return `[${this.map((item) => JSON.stringify(item)).join(', ')}]`;
  };
  objects.each = () => {};
  return () => {
    delete arrays.toJSON;
    delete objects.each;
  };
}

type Settle = (value: unknown) => void;

/**
 * A small Promises/A+ polyfill of the kind old pages load (then, catch, finally and the
 * statics; callbacks on macrotasks, not microtasks), installed as the global `Promise`.
 */
export function replacePromise(): () => void {
  const native = globalThis.Promise;
  class PolyfillPromise<T> {
    #state: 'pending' | 'fulfilled' | 'rejected' = 'pending';
    #value: unknown;
    #waiting: (() => void)[] = [];
    constructor(executor: (resolve: Settle, reject: Settle) => void) {
      const settle = (state: 'fulfilled' | 'rejected', value: unknown): void => {
        if (this.#state !== 'pending') return;
        this.#state = state;
        this.#value = value;
        for (const run of this.#waiting.splice(0)) setTimeout(run, 0);
      };
      let done = false;
      const resolve: Settle = (value) => {
        if (done) return;
        done = true;
        const then = (value as { then?: unknown } | null)?.then;
        if (typeof then === 'function') {
          then.call(
            value,
            (inner: unknown) => settle('fulfilled', inner),
            (error: unknown) => settle('rejected', error),
          );
        } else settle('fulfilled', value);
      };
      const reject: Settle = (error) => {
        if (done) return;
        done = true;
        settle('rejected', error);
      };
      try {
        executor(resolve, reject);
      } catch (error) {
        reject(error);
      }
    }
    // biome-ignore lint/suspicious/noThenProperty: a Promise polyfill is a thenable by definition
    then(onFulfilled?: (value: T) => unknown, onRejected?: (error: unknown) => unknown) {
      return new PolyfillPromise((resolve, reject) => {
        const run = (): void => {
          const handler = this.#state === 'fulfilled' ? onFulfilled : onRejected;
          if (typeof handler !== 'function') {
            (this.#state === 'fulfilled' ? resolve : reject)(this.#value);
            return;
          }
          try {
            resolve(handler(this.#value as T));
          } catch (error) {
            reject(error);
          }
        };
        if (this.#state === 'pending') this.#waiting.push(run);
        else setTimeout(run, 0);
      });
    }
    catch(onRejected: (error: unknown) => unknown) {
      return this.then(undefined, onRejected);
    }
    finally(onFinally: () => void) {
      return this.then(
        (value) => {
          onFinally();
          return value;
        },
        (error) => {
          onFinally();
          throw error;
        },
      );
    }
    static resolve(value?: unknown) {
      return value instanceof PolyfillPromise
        ? value
        : new PolyfillPromise((resolve) => resolve(value));
    }
    static reject(error: unknown) {
      return new PolyfillPromise((_resolve, reject) => reject(error));
    }
    static all(values: Iterable<unknown>) {
      return new PolyfillPromise((resolve, reject) => {
        const list = [...values];
        const results: unknown[] = [];
        let left = list.length;
        if (left === 0) resolve(results);
        list.forEach((value, index) => {
          PolyfillPromise.resolve(value).then((result) => {
            results[index] = result;
            left -= 1;
            if (left === 0) resolve(results);
          }, reject);
        });
      });
    }
    static race(values: Iterable<unknown>) {
      return new PolyfillPromise((resolve, reject) => {
        for (const value of values) PolyfillPromise.resolve(value).then(resolve, reject);
      });
    }
  }
  globalThis.Promise = PolyfillPromise as unknown as PromiseConstructor;
  return () => {
    globalThis.Promise = native;
  };
}
