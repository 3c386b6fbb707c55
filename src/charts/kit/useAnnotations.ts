import { type Annotation, checkAnnotation } from './annotations.js';
import { useGuarded } from './useGuarded.js';
import { useStable } from './useStable.js';

/**
 * A chart's `annotations` prop as it can draw them: compared by content (an
 * inline list is new on every render), each checked, and those left out
 * reported as a chart's invalid records are, named by id (or position) and field.
 */
export function useAnnotations(
  chart: string,
  annotations: unknown,
  onInvalid: Parameters<typeof useGuarded>[4],
): readonly Annotation[] {
  return useGuarded<Annotation>(chart, useStable(annotations), checkAnnotation, 'annotations', onInvalid).valid;
}
