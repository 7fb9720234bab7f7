/**
 * Checks stored records against their schemas. Loaded on demand, with the schemas, only when
 * there is a record to check: valibot stays off the start page.
 */
import { safeParse, type GenericSchema } from 'valibot';

/**
 * The records that pass `schema`, as it outputs them. Each one that fails is handed to
 * `onDamaged` with its first problem, such as `startedAt: Invalid type: Expected string…`.
 */
export function keepValid<T>(schema: GenericSchema<unknown, T>, records: readonly unknown[], onDamaged: (record: unknown, problem: string) => void): T[] {
  return records.flatMap((record) => {
    const result = safeParse(schema, record);
    if (result.success) return [result.output];
    const issue = result.issues[0];
    const path = issue.path?.map((item) => String(item.key)).join('.');
    onDamaged(record, path ? `${path}: ${issue.message}` : issue.message);
    return [];
  });
}
