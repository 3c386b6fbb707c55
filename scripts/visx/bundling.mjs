/**
 * Two fixes for visx 4.0 in an esbuild bundle, shared by our build (tsup),
 * the size checks (size-limit, scripts/check-bundle.mjs) and the embed pages.
 *
 * 1. visx 4.0 writes `{"type":"module"}` into each package's `esm/package.json`.
 *    esbuild reads the nearest package.json, which hides the package's own
 *    `"sideEffects": false`, so unused modules stay in the bundle. The plugin
 *    marks every module under `@visx/` side-effect-free again.
 * 2. `@visx/text` (and so `@visx/axis`) folds `calc()` with `reduce-css-calc`,
 *    which brings a general expression evaluator; an alias swaps in our
 *    same-unit reducer (cssCalc.ts).
 * 3. visx joins class names with `classnames`, a CommonJS module: bundled into
 *    our ESM build it drags esbuild's CommonJS wrappers and tsup's Node shims
 *    (`import 'path'`) into the browser chunk. `clsx` is its ESM drop-in.
 *
 * And one for d3-scale, which we bundle too (a dev dependency): its `scaleUtc`
 * imports d3-time-format's parser and locale (about 3 kB gzipped) only for a
 * `tickFormat()` our charts never call (they format with Intl). The alias
 * gives the same scale built from d3's own `calendar` with a small en-US
 * formatter (scripts/d3/scale.ts); tests/d3-shims.test.ts holds it to d3's.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const VISX = `${path.sep}node_modules${path.sep}@visx${path.sep}`;
const AGAIN = Symbol('visx-side-effects-free');

/** d3-scale's own modules (its package exports only its index). */
export const d3ScaleSource = path.dirname(createRequire(import.meta.url).resolve('d3-scale'));

/** Bundler aliases (esbuild `alias`, Vite `resolve.alias`). */
export const visxAliases = {
  'reduce-css-calc': path.join(here, 'cssCalc.ts'),
  classnames: 'clsx',
  'd3-scale': path.join(here, '..', 'd3', 'scale.ts'),
  'd3-scale-src': d3ScaleSource,
};

const D3_SCALE = `${path.sep}node_modules${path.sep}d3-scale${path.sep}src${path.sep}`;

/**
 * For our bundled d3-scale: its continuous scales (linear, time) interpolate
 * with scripts/d3/interpolate.ts (numbers and dates), not with d3's
 * interpolate, which brings d3-color for ranges our scales never have; and
 * its linear scales format ticks with scripts/d3/tickFormat.ts (d3's
 * default, without d3-format's parser and locale). Where an import of
 * d3-scale's goes instead, or undefined.
 */
function d3ScaleShim(specifier, importer) {
  if (specifier === './tickFormat.js' && importer.endsWith(`${D3_SCALE}linear.js`))
    return path.join(here, '..', 'd3', 'tickFormat.ts');
  if (specifier === 'd3-interpolate' && importer.endsWith(`${D3_SCALE}continuous.js`))
    return path.join(here, '..', 'd3', 'interpolate.ts');
  return undefined;
}

/** The d3-scale shims for esbuild (tsup, size-limit). */
export const d3ScaleShims = {
  name: 'd3-scale-shims',
  setup(build) {
    build.onResolve({ filter: /^(\.\/tickFormat\.js|d3-interpolate)$/ }, (args) => {
      const shim = d3ScaleShim(args.path, args.importer);
      if (shim) return { path: shim };
      // tsup leaves d3-interpolate to us (`noExternal`): it stays an external dependency everywhere else.
      return args.path === 'd3-interpolate' ? { path: args.path, external: true } : undefined;
    });
  },
};

/** The d3-scale shims for Vite (the embed pages), which bundles d3-interpolate itself. */
export const d3ScaleShimsForVite = {
  name: 'd3-scale-shims',
  enforce: 'pre',
  resolveId: (specifier, importer) => (importer ? d3ScaleShim(specifier, importer) : undefined),
};

/** The esbuild plugin of fix 1. */
export const visxSideEffectsFree = {
  name: 'visx-side-effects-free',
  setup(build) {
    build.onResolve({ filter: /.*/ }, async (args) => {
      if (args.pluginData === AGAIN) return undefined;
      if (!args.path.startsWith('@visx/') && !args.importer.includes(VISX)) return undefined;
      const result = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: AGAIN,
      });
      if (result.errors.length || result.external || !result.path.includes(VISX)) return result;
      return { ...result, sideEffects: false };
    });
  },
};
