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

const CONTINUOUS = `${path.sep}node_modules${path.sep}d3-scale${path.sep}src${path.sep}continuous.js`;

/**
 * For our bundled d3-scale: its continuous scales (linear, time) interpolate
 * with scripts/d3/interpolate.ts (numbers and dates), not with d3's
 * interpolate, which brings d3-color for ranges our scales never have.
 */
export const d3NumberInterpolation = {
  name: 'd3-number-interpolation',
  setup(build) {
    // tsup leaves d3-interpolate to us (`noExternal`): it stays an external dependency everywhere else.
    build.onResolve({ filter: /^d3-interpolate$/ }, (args) =>
      args.importer.endsWith(CONTINUOUS)
        ? { path: path.join(here, '..', 'd3', 'interpolate.ts') }
        : { path: args.path, external: true },
    );
  },
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
