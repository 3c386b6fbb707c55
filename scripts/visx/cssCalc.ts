/**
 * Stands in for `reduce-css-calc` in our build (a bundler alias; see
 * bundling.mjs). `@visx/text` only asks it to fold the `calc()` of its own
 * line offsets, all in one unit: `calc(0.71em)`, `calc(0 * -1em + (0.71em / 2))`.
 * The package it replaces pulls in a general expression evaluator, about
 * 5 kB gzipped, for that. Anything this does not fold is returned as it came.
 */
interface Quantity {
  value: number;
  unit: string;
}

const TOKEN = /\s*(?:(\d*\.?\d+(?:e[+-]?\d+)?)([a-z%]*)|([-+*/()]))/giy;

function parse(text: string): Quantity | null {
  const tokens: (Quantity | string)[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (!match || match.index !== at) {
      if (/^\s*$/.test(text.slice(at))) break;
      return null;
    }
    tokens.push(match[3] ?? { value: Number(match[1]), unit: match[2].toLowerCase() });
  }
  let i = 0;
  const sum = (): Quantity | null => {
    let left = product();
    while (left && (tokens[i] === '+' || tokens[i] === '-')) {
      const sign = tokens[i++] === '+' ? 1 : -1;
      const right = product();
      if (!right) return null;
      // 0 takes any unit; otherwise the units must agree.
      const unit = left.value === 0 ? right.unit : right.value === 0 || right.unit === left.unit ? left.unit : null;
      if (unit === null) return null;
      left = { value: left.value + sign * right.value, unit };
    }
    return left;
  };
  const product = (): Quantity | null => {
    let left = factor();
    while (left && (tokens[i] === '*' || tokens[i] === '/')) {
      const times = tokens[i++] === '*';
      const right = factor();
      if (!right || (right.unit && (!times || left.unit)) || (!times && right.value === 0)) return null;
      left = { value: times ? left.value * right.value : left.value / right.value, unit: left.unit || right.unit };
    }
    return left;
  };
  const factor = (): Quantity | null => {
    const token = tokens[i++];
    if (token === '-' || token === '+') {
      const inner = factor();
      return inner && { value: token === '-' ? -inner.value : inner.value, unit: inner.unit };
    }
    if (token === '(') {
      const inner = sum();
      return tokens[i++] === ')' ? inner : null;
    }
    return typeof token === 'object' ? token : null;
  };
  const result = sum();
  return result && i === tokens.length ? result : null;
}

/** `calc(0 * -1em + (0.71em / 2))` → `0.355em`; what it cannot fold, unchanged. */
export default function reduceCssCalc(value: string): string {
  const match = /^\s*calc\((.*)\)\s*$/s.exec(value);
  const result = match ? parse(match[1]) : null;
  if (!result) return value;
  return `${Math.round(result.value * 1e6) / 1e6}${result.unit}`;
}
