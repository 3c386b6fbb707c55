import type { Plugin } from 'esbuild';

export const visxAliases: Record<string, string>;
export const visxSideEffectsFree: Plugin;
export const d3ScaleSource: string;
export const d3NumberInterpolation: Plugin;
