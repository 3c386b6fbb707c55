import type { Dataset } from '../data/types.js';

/** The id of the script element that carries a desk's own records in a page built by `embed --data`. */
export const OWN_DATA_ID = 'dm-data';

/**
 * A desk's own records, when the page carries them (`damascus-moscow embed --data`): JSON in
 * `<script type="application/json" id="dm-data">`. Anything else there is ignored with a warning.
 */
export function readOwnData(): Partial<Dataset> | undefined {
  const element = document.getElementById(OWN_DATA_ID);
  if (!element?.textContent) return undefined;
  try {
    const value = JSON.parse(element.textContent);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value;
  } catch {}
  console.warn('damascus-moscow embed: the page’s own data is not a JSON object; drawing the bundled data.');
  return undefined;
}

/** The records as page text: JSON that cannot close the script element or break a line in old parsers. */
export const ownDataScript = (data: Partial<Dataset>) =>
  `<script type="application/json" id="${OWN_DATA_ID}">${JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')}</script>`;
