import type { Db } from '../store/db';
import { amsterdamMonth } from '../calendar/time';
import { ConsultationRepository } from './repository';
import { minutesToClaim } from './service';

/** One line of the monitoring export: no text, no people. */
export interface ConsultationCount {
  schoolId: string;
  theme: string;
  month: string;
  requests: number;
  claimed: number;
  withdrawn: number;
  escalated: number;
  /** Median minutes from request to claim, over the claimed ones. */
  medianMinutesToClaim?: number;
}

interface CountLine {
  schoolId: string;
  theme: string;
  month: string;
  withdrawn: boolean;
  minutes: number | undefined;
  escalated: boolean;
}

/** Counts per school, theme and month (YYYY-MM): purged requests plus those still kept, read without their text. */
export function consultationCounts(db: Db, range: { from?: string; to?: string } = {}): ConsultationCount[] {
  const repository = new ConsultationRepository(db);
  const live = repository.all().map(
    (consultation): CountLine => ({
      schoolId: consultation.schoolId,
      theme: consultation.theme,
      month: amsterdamMonth(consultation.createdAt),
      withdrawn: consultation.status === 'ingetrokken',
      minutes: minutesToClaim(consultation),
      escalated: consultation.escalatedAt !== undefined,
    }),
  );
  const kept = repository.keptCounts().map(
    (row): CountLine => ({
      schoolId: row.schoolId,
      theme: row.theme,
      month: row.month,
      withdrawn: row.outcome === 'ingetrokken',
      minutes: row.minutesToClaim,
      escalated: row.escalated,
    }),
  );
  const groups = new Map<string, CountLine[]>();
  for (const line of [...kept, ...live]) {
    if ((range.from && line.month < range.from) || (range.to && line.month > range.to)) continue;
    const key = `${line.month}|${line.schoolId}|${line.theme}`;
    groups.set(key, [...(groups.get(key) ?? []), line]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, lines]) => {
      const minutes = lines.flatMap((line) => (line.minutes === undefined ? [] : [line.minutes])).sort((a, b) => a - b);
      return {
        schoolId: lines[0]!.schoolId,
        theme: lines[0]!.theme,
        month: lines[0]!.month,
        requests: lines.length,
        claimed: minutes.length,
        withdrawn: lines.filter((line) => line.withdrawn).length,
        escalated: lines.filter((line) => line.escalated).length,
        ...(minutes.length > 0 ? { medianMinutesToClaim: median(minutes) } : {}),
      };
    });
}

function median(sorted: number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

export function consultationCountsCsv(counts: ConsultationCount[]): string {
  const header = 'maand,school,thema,aanvragen,opgepakt,ingetrokken,geescaleerd,mediaan_minuten_tot_oppakken';
  const lines = counts.map((count) =>
    [count.month, count.schoolId, count.theme, count.requests, count.claimed, count.withdrawn, count.escalated, count.medianMinutesToClaim ?? ''].join(','),
  );
  return [header, ...lines].join('\n') + '\n';
}
