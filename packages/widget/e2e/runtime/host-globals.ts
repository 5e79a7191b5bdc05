// What real host pages do to built-ins, as page script (issue 13): Prototype.js's
// `Array#toJSON` (JSON.stringify([1]) === '"[1]"'), enumerable methods on `Object.prototype`,
// an analytics wrapper around `fetch` that answers a bare thenable and re-wraps the Response,
// and a global `Promise` replaced by a polyfill (callbacks on macrotasks). Each application
// wraps again what the previous one left, so running it before and after the script loads
// stacks the pollution as pages do. `window.__polluted` counts the applications.
export const POLLUTE = `(() => {
  Array.prototype.toJSON = function () {
    return '[' + this.map(function (item) { return JSON.stringify(item); }).join(', ') + ']';
  };
  Object.prototype.each = function () {};
  Object.prototype.toString2 = 'polluted';
  const wrappedFetch = window.fetch;
  window.fetch = function (input, init) {
    window.__fetches = (window.__fetches || 0) + 1;
    // Whatever the fetch it wraps answers (a thenable from an earlier wrapper) is adopted.
    const answer = new Promise(function (ok, fail) {
      wrappedFetch.call(window, input, init).then(ok, fail);
    }).then(function (response) {
      // Re-wrapped, as some analytics wrappers do, after reading the body.
      return response.text().then(function (text) {
        return new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
      });
    });
    // A bare thenable: no catch, no finally, then() returns nothing.
    return { then: function (ok, fail) { answer.then(ok, fail); } };
  };
  function PolyfillPromise(executor) {
    const self = this;
    self.state = 'pending';
    self.waiting = [];
    function settle(state, value) {
      if (self.state !== 'pending') return;
      self.state = state;
      self.value = value;
      self.waiting.splice(0).forEach(function (run) { setTimeout(run, 0); });
    }
    let done = false;
    function resolve(value) {
      if (done) return;
      done = true;
      const then = value !== null && (typeof value === 'object' || typeof value === 'function') ? value.then : undefined;
      if (typeof then === 'function') {
        then.call(value, function (inner) { settle('fulfilled', inner); }, function (error) { settle('rejected', error); });
      } else settle('fulfilled', value);
    }
    function reject(error) {
      if (done) return;
      done = true;
      settle('rejected', error);
    }
    try { executor(resolve, reject); } catch (error) { reject(error); }
  }
  PolyfillPromise.prototype.then = function (onFulfilled, onRejected) {
    const self = this;
    return new PolyfillPromise(function (resolve, reject) {
      function run() {
        const handler = self.state === 'fulfilled' ? onFulfilled : onRejected;
        if (typeof handler !== 'function') return (self.state === 'fulfilled' ? resolve : reject)(self.value);
        try { resolve(handler(self.value)); } catch (error) { reject(error); }
      }
      if (self.state === 'pending') self.waiting.push(run); else setTimeout(run, 0);
    });
  };
  PolyfillPromise.prototype.catch = function (onRejected) { return this.then(undefined, onRejected); };
  PolyfillPromise.prototype.finally = function (onFinally) {
    return this.then(function (value) { onFinally(); return value; }, function (error) { onFinally(); throw error; });
  };
  PolyfillPromise.resolve = function (value) {
    return value instanceof PolyfillPromise ? value : new PolyfillPromise(function (resolve) { resolve(value); });
  };
  PolyfillPromise.reject = function (error) { return new PolyfillPromise(function (_, reject) { reject(error); }); };
  PolyfillPromise.all = function (values) {
    return new PolyfillPromise(function (resolve, reject) {
      const list = Array.from(values);
      const results = [];
      let left = list.length;
      if (left === 0) resolve(results);
      list.forEach(function (value, index) {
        PolyfillPromise.resolve(value).then(function (result) {
          results[index] = result;
          left -= 1;
          if (left === 0) resolve(results);
        }, reject);
      });
    });
  };
  PolyfillPromise.race = function (values) {
    return new PolyfillPromise(function (resolve, reject) {
      Array.from(values).forEach(function (value) { PolyfillPromise.resolve(value).then(resolve, reject); });
    });
  };
  window.Promise = PolyfillPromise;
  window.__polluted = (window.__polluted || 0) + 1;
})();`;
