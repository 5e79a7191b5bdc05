// Build-time cuts to Preact and @preact/signals-core for the script tag's UI bundles
// (vite.script.config.ts): what a UI bundle never runs, measured in bytes. Each cut is a
// transform of the library's own dist file that fails the pass when that file changes shape,
// and each fails the pass when our code starts to use what it removed. The npm build and the
// tests use the libraries whole.
import type { Plugin } from 'vite';

/**
 * Preact for a UI bundle, which only calls `render()` with function components (no classes,
 * no hooks: the re-render is the signals effect's): `Component.prototype.setState` and
 * `forceUpdate` go, and with them the render queue only they feed (enqueueRender, its
 * debounce and depth sort, renderComponent): measured -0.29 to -0.34 kB brotli per UI bundle;
 * and diff()'s test for a class component is `false`, so its class-only branches (lifecycle
 * methods, getDerivedStateFromProps, snapshots) go: -0.12 to -0.18 kB more.
 * Fails the pass when Preact's file no longer has these, or when the bundle's own code names
 * a class component, setState, forceUpdate or Preact's hooks.
 */
export function renderOnlyPreact(): Plugin {
  return {
    name: 'grapevine-render-only-preact',
    transform(code, id) {
      if (/\/preact\/dist\/preact\.mjs$/.test(id)) {
        const trimmed = code.replace(
          /(\w+)\.prototype\.setState=function.*?\1\.prototype\.forceUpdate=function.*?(?=\1\.prototype\.render=)/s,
          '',
        );
        // Every component is a function: the class-only branches of diff() go too.
        const functionsOnly = trimmed.replace(
          /(\w+)=\((\w+)=(\w+)\.prototype\)&&\2\.render,/,
          '$1=!1,',
        );
        // Nor error boundaries (a class's getDerivedStateFromError or componentDidCatch: an
        // error in render is rethrown at once), context (createContext and getChildContext, unused)
        // or componentWillUnmount (a class's).
        const noBoundaries = functionsOnly.replace(
          /__e:function\((\w),\w,\w,\w\)\{for\(.*?getDerivedStateFromError.*?\}throw (\w=0,)?\1\}/s,
          '__e:function($1){throw $1}',
        );
        const noContext = noBoundaries
          .replace(
            /(\w)=\((\w)=(\w)\.contextType\)&&(\w)\[\2\.__c\],(\w)=\2\?\1\?\1\.props\.value:\2\.__:\4/,
            '$1=!1,$5=$4',
          )
          .replace(/(\w)\.getChildContext&&\(\w=\w\(\{\},\w,\1\.getChildContext\(\)\)\),/, '')
          .replace(
            /if\((\w)\.componentWillUnmount\)try\{\1\.componentWillUnmount\(\)\}catch\(\w\)\{\w\.__e\(\w,\w\)\}/,
            '',
          );
        if (
          trimmed === code ||
          functionsOnly === trimmed ||
          noBoundaries === functionsOnly ||
          noContext.length > noBoundaries.length - 150
        ) {
          throw new Error(
            'preact.mjs: setState/forceUpdate, the class test, the error boundary or context not found',
          );
        }
        return { code: noContext, map: null };
      }
      if (
        !id.includes('/node_modules/') &&
        /\b(setState|forceUpdate)\b|preact\/(hooks|compat)|extends\s+[\w.]*Component\b/.test(code)
      ) {
        throw new Error(
          `${id} uses what a UI bundle's Preact leaves out (classes, setState, forceUpdate, hooks)`,
        );
      }
      return null;
    },
  };
}

/**
 * @preact/signals-core for a UI bundle, whose signals never leave it (the host never sees
 * them) and are only read through `.value` inside the render effect and the models: the
 * Signal methods for other callers go (`subscribe`, `peek`, and the coercions `valueOf`,
 * `toString`, `toJSON`): measured -0.04 to -0.11 kB brotli per UI bundle. Fails the pass when
 * signals-core's file no longer has them, or when the bundle's own code calls `subscribe` or
 * `peek`.
 */
export function valueOnlySignals(): Plugin {
  return {
    name: 'grapevine-value-only-signals',
    transform(code, id) {
      if (/\/signals-core\/dist\/signals-core\.module\.js$/.test(id)) {
        const trimmed = code.replace(
          /(\w+)\.prototype\.subscribe=function.*?\1\.prototype\.peek=function.*?(?=Object\.defineProperty\(\1\.prototype,"value")/s,
          '',
        );
        // No `computed()` either: the Computed class and both its exports go (so an import
        // of it fails the pass).
        const computedClass = /function (\w+)\(\w,\w\)\{\w+\.call\(this,void 0,\w\)/.exec(
          trimmed,
        )?.[1];
        const factory = new RegExp(
          `function (\\w+)\\(\\w,\\w\\)\\{return new ${computedClass}\\(`,
        ).exec(trimmed)?.[1];
        const noComputed = trimmed
          .replace(
            new RegExp(
              `function ${computedClass}\\(\\w,\\w\\)\\{.*?function ${factory}\\(\\w,\\w\\)\\{return new ${computedClass}\\(\\w,\\w\\)\\}`,
              's',
            ),
            '',
          )
          .replace(
            new RegExp(`\\b(${computedClass} as Computed|${factory} as computed),`, 'g'),
            '',
          );
        if (trimmed === code || !factory || noComputed.length > trimmed.length - 500) {
          throw new Error('signals-core: the Signal methods or the Computed class were not found');
        }
        // Nor what only other callers use: the disposer's `Symbol.dispose` (`using`), the
        // effect's `dispose()` method (the UI calls the disposer effect() returns), the brand,
        // and the options (`watched`, `unwatched`, `name`) the UI never passes.
        const lean = noComputed
          .replace(/(\w+)\[Symbol\.dispose\]=\1;/, '')
          .replace(/\w+\.prototype\.dispose=function\(\)\{this\.\w+\(\)\};/, '')
          .replace(/\w+\.prototype\.brand=\w+;/, '')
          // The options no UI signal or effect is given: `watched`, `unwatched`, `name`.
          .replace(
            /;this\.(\w)=null==(\w)\?void 0:\2\.watched;this\.(\w)=null==\2\?void 0:\2\.unwatched;this\.name=null==\2\?void 0:\2\.name\}/,
            '}',
          )
          .replace(/else \w\(function\(\)\{var (\w);null==\(\1=(\w)\.W\)\|\|\1\.call\(\2\)\}\)/, '')
          .replace(
            /if\(void 0===\w\)\w\(function\(\)\{var (\w);null==\(\1=(\w)\.Z\)\|\|\1\.call\(\2\)\}\)/,
            '',
          )
          .replace(/this\.name=null==(\w)\?void 0:\1\.name;/, '');
        if (lean.length > noComputed.length - 300) {
          throw new Error('signals-core: the dispose helpers or the brand were not found');
        }
        return { code: lean, map: null };
      }
      if (
        !id.includes('/node_modules/') &&
        /\.(subscribe|peek)\(|\b(watched|unwatched)\b/.test(code)
      ) {
        throw new Error(
          `${id} uses subscribe(), peek() or the watched options, which a UI bundle's signals leave out`,
        );
      }
      return null;
    },
  };
}
