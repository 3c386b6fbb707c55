import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', 'data/index': 'src/data/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2020',
  // Chunks shared by both entries keep the dataset in one place.
  splitting: true,
  treeshake: true,
});
