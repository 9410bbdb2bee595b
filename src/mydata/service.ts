import type { Clock } from '../clock';
import type { Person } from '../people/roles';
import type { SpreekuurService } from '../spreekuur/service';
import type { Booking } from '../spreekuur/model';
import type { ErasureSummary, PersonalData } from './model';
import type { MyDataRepository } from './repository';

export interface Erasure extends ErasureSummary {
  /** Future appointments the person had booked: each host is told, as when a mentor cancels. */
  cancelledAsBooker: Booking[];
  /** Future appointments in the person's own spreekuur: each mentor is told, as when a series stops. */
  cancelledAsHost: Booking[];
  walCleared: boolean;
}

/** The AVG rights of the bot's own users: see what is stored about you ("mijn gegevens") and have it erased. */
export class MyDataService {
  constructor(private readonly deps: { repository: MyDataRepository; spreekuur: SpreekuurService; clock: Clock }) {}

  /** Only ever the acting person's own data. */
  overview(person: Person): PersonalData | undefined {
    return this.deps.repository.gather(person.id);
  }

  /**
   * Cancels the person's future appointments through the spreekuur's own paths (so the other side is told), then
   * erases or anonymises everything else.
   */
  erase(person: Person): { ok: true; erasure: Erasure } | { ok: false; reason: 'not-found' } {
    const { spreekuur, repository, clock } = this.deps;
    const cancelledAsBooker = spreekuur
      .myBookings(person.id)
      .map((booking) => spreekuur.cancelByBooker(person, booking.id))
      .flatMap((result) => (result.ok ? [result.booking] : []));
    const cancelledAsHost = spreekuur
      .activeSeriesOfHost(person.id)
      .map((series) => spreekuur.stopSeries(person, series.id))
      .flatMap((result) => (result.ok ? result.cancelled : []));
    const erased = repository.erase(person.id, clock.now());
    if (!erased) return { ok: false, reason: 'not-found' };
    return { ok: true, erasure: { ...erased, cancelledAsBooker, cancelledAsHost } };
  }
}
