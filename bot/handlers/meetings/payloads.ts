import { z } from 'zod/v4';
import { confirmedField } from '../confirm';

/** What the meetings cards send back, as zod schemas (each route parses its payload with one of these). */

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const optionalText = (max: number) =>
  z
    .string()
    .max(max)
    .nullish()
    .transform((value) => (value?.trim() ? value.trim() : null));
const onlineUrl = z
  .string()
  .trim()
  .nullish()
  .refine((value) => !value || /^https:\/\/\S+$/.test(value), 'link')
  .transform((value) => value || null);

export const anyPayload = z.unknown();
/**
 * A record id as a card sends it: a number, or the text of a choice's value. Only the digits of a whole id count:
 * "1e3", " 7", "7abc" or an object is no id (`z.coerce` would read "1e3" as 1000 and " 7" as 7).
 */
export const recordId = z.union([z.number(), z.string().regex(/^[1-9]\d{0,14}$/).transform(Number)]).pipe(z.number().int().positive());
export const meetingIdSchema = z.object({ meetingId: z.number().int().positive() });
export const planSchema = z
  .object({
    groupId: z.string().min(1),
    title: z.string().trim().min(1).max(120),
    number: z
      .string()
      .trim()
      .optional()
      .refine((value) => !value || /^\d{1,2}$/.test(value))
      .transform((value) => (value ? Number(value) : null)),
    date: z.iso.date(),
    startTime: time,
    endTime: time,
    location: optionalText(200),
    onlineUrl,
    agenda: optionalText(2000),
    reserve: z.union([z.boolean(), z.enum(['true', 'false'])]).optional().transform((value) => value === true || value === 'true'),
  })
  .refine((input) => input.endTime > input.startTime, { message: 'eindtijd', path: ['endTime'] });
export const draftKeySchema = z.object({ draftKey: z.uuid() });
/** Versturen under a preview: the form's values with the preview's key, or a saved draft's id. */
export const sendSchema = z.union([z.intersection(planSchema, draftKeySchema), meetingIdSchema]);
export const editSchema = meetingIdSchema
  .extend({ date: z.iso.date(), startTime: time, endTime: time, location: optionalText(200), onlineUrl })
  .refine((input) => input.endTime > input.startTime, { message: 'eindtijd', path: ['endTime'] });
export const importSchema = z.object({ text: z.string().min(1).max(20000) });
export const meetingIdsSchema = z.object({ meetingIds: z.array(z.number().int().positive()).min(1).max(50) });
export const importIdSchema = z.object({ importId: z.number().int().positive() });
export const groupIdSchema = z.object({ groupId: z.string().min(1) });
export const memberAddSchema = groupIdSchema.extend({
  name: z.string().default(''),
  organisation: z.string().default(''),
  email: z.string().default(''),
  role: z.string().min(1),
});
export const memberIdSchema = z.object({ memberId: z.number().int().positive() });
export const memberRemoveSchema = memberIdSchema.extend(confirmedField);
export const meetingCancelSchema = meetingIdSchema.extend(confirmedField);
export const feedRenewSchema = groupIdSchema.extend(confirmedField);
export const membersImportSchema = groupIdSchema.extend({ csv: z.string().min(1).max(20000) });
export const rsvpSchema = meetingIdSchema.extend({ answer: z.enum(['yes', 'no', 'maybe']) });

/** The first field of a form that did not validate (to name it in the form's error line). */
export const firstInvalidField = (schema: z.ZodType, data: unknown): PropertyKey | undefined => schema.safeParse(data).error?.issues[0]?.path[0];
