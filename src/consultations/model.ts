import { z } from 'zod/v4';

/** The themes a mentor picks from; the ids are stored and counted, the labels shown. */
export const THEMES = [
  { id: 'gedrag', label: 'Gedrag in de klas' },
  { id: 'verzuim', label: 'Verzuim / thuiszitten' },
  { id: 'thuissituatie', label: 'Thuissituatie' },
  { id: 'angst-somberheid', label: 'Angst / somberheid' },
  { id: 'pesten', label: 'Pesten / sociale veiligheid' },
  { id: 'middelen', label: 'Middelengebruik' },
  { id: 'seksualiteit', label: 'Seksualiteit / grenzen' },
  { id: 'overig', label: 'Overig' },
] as const;
export type ThemeId = (typeof THEMES)[number]['id'];

export const BANDS = [
  { id: 'onderbouw', label: 'Onderbouw' },
  { id: 'bovenbouw', label: 'Bovenbouw' },
] as const;
export type Band = (typeof BANDS)[number]['id'];

export const REACH = [
  { id: 'chat', label: 'Via een chat in Teams' },
  { id: 'bellen', label: 'Bellen' },
  { id: 'spreekuur', label: 'In het spreekuur' },
] as const;
export type Reach = (typeof REACH)[number]['id'];

export const URGENCY = [
  { id: 'deze-week', label: 'Graag deze week' },
  { id: 'kan-wachten', label: 'Kan wachten' },
] as const;
export type Urgency = (typeof URGENCY)[number]['id'];

export type ConsultationStatus = 'nieuw' | 'opgepakt' | 'afgerond' | 'ingetrokken';

export const QUESTION_MAX_LENGTH = 1000;

const ids = <T extends readonly { id: string }[]>(list: T) => list.map((item) => item.id) as [T[number]['id'], ...T[number]['id'][]];

/** A request as the mentor fills it in (the card's inputs). */
export const requestSchema = z.object({
  schoolId: z.string().trim().min(1),
  theme: z.enum(ids(THEMES)),
  band: z.preprocess((value) => (value === '' ? undefined : value), z.enum(ids(BANDS)).optional()),
  question: z.string().trim().min(1).max(QUESTION_MAX_LENGTH),
  reach: z.enum(ids(REACH)),
  urgency: z.enum(ids(URGENCY)),
  /** Flagged words the mentor confirmed are not names (a town, a method); a card sends them comma-separated. */
  allow: z.preprocess(
    (value) => (typeof value === 'string' ? value.split(',').map((word) => word.trim()).filter(Boolean) : (value ?? [])),
    z.array(z.string().min(1).max(60)).max(20),
  ),
});
export type ConsultationRequest = z.infer<typeof requestSchema>;

export interface Consultation {
  id: string;
  schoolId: string;
  mentorId: string;
  theme: ThemeId;
  band?: Band;
  question: string;
  reach: Reach;
  urgency: Urgency;
  status: ConsultationStatus;
  createdAt: Date;
  claimedBy?: string;
  claimedAt?: Date;
  endedAt?: Date;
  escalatedAt?: Date;
}

export function labelOf<T extends readonly { id: string; label: string }[]>(list: T, id: string | undefined): string | undefined {
  return list.find((item) => item.id === id)?.label;
}
