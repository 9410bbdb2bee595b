import { z } from 'zod/v4';

export interface SpreekuurSeries {
  id: number;
  schoolId: string;
  hostId: string;
  /** ISO weekday: 1 = maandag … 7 = zondag. */
  weekday: number;
  startTime: string;
  endTime: string;
  slotMinutes: number;
  place: string;
  validFrom: string;
  validUntil?: string;
  active: boolean;
}

const time = z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'tijd als uu:mm');
const date = z.iso.date();

/** What the series form submits; checked again here, whatever the card allowed. */
export const seriesInputSchema = z.object({
  schoolId: z.string().min(1),
  weekday: z.coerce.number().int().min(1).max(7),
  startTime: time,
  endTime: time,
  slotMinutes: z.coerce.number().int().min(5).max(120),
  place: z.string().trim().min(2).max(200),
  validFrom: date,
  validUntil: z.union([date, z.literal('')]).optional().transform((value) => value || undefined),
});

export type SeriesInput = Omit<z.infer<typeof seriesInputSchema>, 'validUntil'> & { validUntil?: string };

export type SeriesProblem = 'end-before-start' | 'slots-do-not-fit' | 'overlaps-other-series' | 'until-before-from';

export type BookingStatus = 'booked' | 'cancelled' | 'no-show';
export type CancelReason = 'booker' | 'date-cancelled' | 'series-changed';

export interface Booking {
  id: number;
  seriesId: number;
  schoolId: string;
  hostId: string;
  bookerId: string;
  startsAt: Date;
  endsAt: Date;
  topic?: string;
  status: BookingStatus;
  cancelReason?: CancelReason;
  /** iCalendar SEQUENCE: 0 when booked, raised on cancellation. */
  icalSequence: number;
  place: string;
}

export type NewBooking = Pick<Booking, 'seriesId' | 'schoolId' | 'hostId' | 'bookerId' | 'startsAt' | 'endsAt' | 'topic'>;

/** One bookable place; identified by its series and start instant (slots are computed, not stored). */
export interface Slot {
  seriesId: number;
  schoolId: string;
  hostId: string;
  /** Calendar date in Amsterdam, yyyy-MM-dd. */
  day: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
}

/**
 * Decides whether a topic may be stored. When it holds identifying details: which kinds, and the topic with
 * those parts masked, so the mentor can fix it without typing it all again.
 */
export type TopicScreen = (topic: string) => { ok: true } | { ok: false; found: string[]; masked: string };

export const TOPIC_MAX_LENGTH = 200;
