import type { z } from 'zod/v4';

/**
 * One kind of persisted job: its stored name and the shape of its payload. The same definition schedules the job
 * (the payload type is checked at compile time) and handles it (the stored payload is parsed again when it runs).
 */
export interface JobDefinition<Payload> {
  readonly kind: string;
  readonly schema: z.ZodType<Payload>;
}

export function defineJob<Schema extends z.ZodType>(kind: string, schema: Schema): JobDefinition<z.output<Schema>> {
  return { kind, schema: schema as z.ZodType<z.output<Schema>> };
}
