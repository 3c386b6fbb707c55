import { useRef } from 'react';

const keyOf = (value: unknown): string =>
  JSON.stringify(value, (_, v) =>
    v && typeof v === 'object' && 'id' in v && 'start' in v ? `#${(v as { id: string }).id}` : v,
  );

/**
 * The previous value while the new one is equal in content, so props written
 * inline (`domain={['1955', '1991']}`) do not redo a chart's layout on every render.
 * Records are compared by id.
 */
export function useStable<T>(value: T): T {
  const ref = useRef<{ key: string; value: T } | null>(null);
  const key = keyOf(value);
  if (!ref.current || ref.current.key !== key) ref.current = { key, value };
  return ref.current.value;
}
