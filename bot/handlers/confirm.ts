import { z } from 'zod/v4';

/** Set by the yes button of a confirmation card (bot/cards/confirm.ts); a destructive verb acts only with it. */
export const confirmedField = { confirmed: z.literal(true).optional() };

export const isConfirmed = (data: unknown): boolean => z.object({ confirmed: z.literal(true) }).safeParse(data).success;
