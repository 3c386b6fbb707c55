import type { Plugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vite';

export const visxAliases: Record<string, string>;
export const visxSideEffectsFree: Plugin;
export const d3ScaleSource: string;
export const d3ScaleShims: Plugin;
export const d3ScaleShimsForVite: VitePlugin;
