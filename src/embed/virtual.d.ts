// The sources an embed page's records cite, written into the page's bundle when it is built (embed/vite.config.ts).
declare module 'virtual:damascus-moscow/sources/*' {
  import type { Source } from '../data/types.js';
  export const sources: Source[];
}

// The people as the pages need them: names only (src/embed/chartData.ts namesOnly).
declare module 'virtual:damascus-moscow/people' {
  import type { Person } from '../data/types.js';
  export const people: Person[];
}
