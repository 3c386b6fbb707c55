// The sources an embed page's records cite, written into the page's bundle when it is built (embed/vite.config.ts).
declare module 'virtual:damascus-moscow/sources/*' {
  import type { Source } from '../data/types.js';
  export const sources: Source[];
}
