import { readFile, writeFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import pkg from './package.json' with { type: 'json' };
import { d3ScaleShims, visxAliases, visxSideEffectsFree } from './scripts/visx/bundling.mjs';

// The charts hold state and effects: in React Server Components (Next.js app
// router) they are client components. The directive goes on the entry only,
// after bundling (esbuild drops module directives); `damascus-moscow/data`
// and `damascus-moscow/static` stay usable on the server.
const CLIENT_ENTRIES = ['dist/index.js', 'dist/index.cjs', 'dist/marks.js', 'dist/marks.cjs'];

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    marks: 'src/marks.ts',
    'data/index': 'src/data/index.ts',
    'static/index': 'src/static/index.ts',
    'static/react-server': 'src/static/reactServer.ts',
    cli: 'src/cli/main.ts',
  },
  format: ['esm', 'cjs'],
  dts: {
    entry: {
      index: 'src/index.ts',
      marks: 'src/marks.ts',
      'data/index': 'src/data/index.ts',
      'static/index': 'src/static/index.ts',
    },
  },
  sourcemap: true,
  clean: true,
  target: 'es2020',
  // Chunks shared by the entries keep the dataset and the charts in one place.
  splitting: true,
  treeshake: true,
  // `import.meta.url` in the CommonJS build too (the command line finds its embed pages by it).
  shims: true,
  // The react-server build loads the Node build by the package's own name, at run time.
  external: ['@resvg/resvg-js', 'damascus-moscow/static'],
  define: { __VERSION__: JSON.stringify(pkg.version) },
  // @visx/axis and @visx/text are dev dependencies, so they are bundled, with
  // reduce-css-calc swapped for our reducer (see scripts/visx/bundling.mjs).
  esbuildPlugins: [visxSideEffectsFree, d3ScaleShims],
  // d3-interpolate stays external, but the plugin above decides (tsup's own rule would come first).
  noExternal: ['d3-interpolate'],
  esbuildOptions(options) {
    options.alias = { ...options.alias, ...visxAliases };
  },
  async onSuccess() {
    for (const file of CLIENT_ENTRIES) {
      const code = await readFile(file, 'utf8');
      if (!code.startsWith('"use client"')) await writeFile(file, `"use client";${code}`);
    }
  },
});
