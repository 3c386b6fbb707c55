/**
 * `--annotations <file.json>`: a list of annotations as the charts' `annotations` prop takes them,
 * each checked as the charts check them. A fault names the file, the annotation and the field.
 */
import { existsSync, readFileSync } from 'node:fs';
import { type Annotation, checkAnnotation } from '../charts/kit/annotations.js';
import { guardRecords } from '../charts/kit/guard.js';
import { DataError, UsageError } from './args.js';

/** The annotations in `file`; with `lenient`, the valid ones and a line for each left out, else a DataError. */
export function loadAnnotations(file: string, lenient: boolean): { annotations: Annotation[]; leftOut: string[] } {
  if (!existsSync(file)) throw new UsageError(`--annotations "${file}": no such file.`);
  let list: unknown;
  try {
    list = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`--annotations "${file}" is not JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(list))
    throw new UsageError(`--annotations "${file}" must hold a list: [{ "date": "1980-10-08", "text": "…" }, …].`);
  const { valid, dropped } = guardRecords<Annotation>(list, checkAnnotation, 'annotations');
  const leftOut = dropped.map((d) => `${file}: ${d.id}: ${d.field} ${d.message}`);
  if (leftOut.length && !lenient) throw new DataError(leftOut);
  return { annotations: valid, leftOut };
}
