import { z } from 'zod/v4';
import * as cards from '../../cards/privacy';
import { messageCard } from '../../cards/kit';
import { HOST_NOTICE_JOB, hostNoticeKey } from '../../../src/spreekuur/jobs';
import type { Person } from '../../../src/people/roles';
import type { BotApp, BotDeps } from '../../deps';
import { featureRoutes, type Guard } from '../route';
import { registerRetentionJobs } from './jobs';

const PRIVACY = /^\s*privacy(verklaring)?\s*[.?!]?\s*$/i;
const MY_DATA = /^\s*(toon\s+|laat\s+)?mijn\s+gegevens(\s+zien)?\s*[.?!]?\s*$/i;
const ERASE = /^\s*(verwijder|wis)\s+mijn\s+gegevens\s*[.?!]?\s*$/i;

/**
 * Privacy of the bot's own data: the statement (also behind the help card's button), the AVG rights ("mijn gegevens",
 * "verwijder mijn gegevens" after a confirmation card) and the retention purge.
 */
export function registerPrivacy(app: BotApp, deps: BotDeps): void {
  const invalid = () => messageCard('Dat lukte niet', 'Deze knop stuurde onvolledige gegevens. Typ "mijn gegevens" om opnieuw te beginnen.');
  const routes = featureRoutes(app, deps, { invalid });
  // What is stored about you is shown only to you, in the personal chat.
  const personal: Guard = {
    personalChatOnly: () => messageCard('Liever privé', 'Je gegevens laat ik alleen zien in je persoonlijke chat met mij. Typ daar "mijn gegevens".'),
  };
  const statement = () => cards.privacyStatementCard(deps.consultations.settings, deps.retention.settings);
  const nameOf = (personId: string) => deps.people.get(personId)?.name ?? 'verwijderde gebruiker';
  const schoolName = (schoolId: string) => deps.schools.get(schoolId)?.name ?? schoolId;
  const myData = (person: Person) => {
    const data = deps.myData.overview(person);
    return data ? cards.myDataCard(data, nameOf, schoolName) : cards.noDataCard();
  };

  routes.command('privacy.statement', PRIVACY, () => statement(), { summary: 'Privacy' });
  routes.verb(cards.PRIVACY_VERBS.statement, z.unknown(), () => statement());
  routes.command('privacy.myData', MY_DATA, ({ person }) => myData(person), { summary: 'Mijn gegevens', guard: personal });
  routes.verb(cards.PRIVACY_VERBS.myData, z.unknown(), ({ person }) => myData(person), { guard: personal });
  routes.command('privacy.eraseAsk', ERASE, () => cards.eraseConfirmCard(), { summary: 'Gegevens verwijderen?', guard: personal });
  routes.verb(cards.PRIVACY_VERBS.eraseAsk, z.unknown(), () => cards.eraseConfirmCard(), { guard: personal });
  routes.verb(
    cards.PRIVACY_VERBS.erase,
    z.unknown(),
    async ({ person }) => {
      const result = deps.myData.erase(person);
      if (!result.ok) return cards.noDataCard();
      const { erasure } = result;
      // The other side of each cancelled appointment is told the usual way, by persisted jobs: the host as when a
      // mentor cancels (the erased name is not kept for it), the mentors through the spreekuur's "dropped" messages.
      for (const booking of erasure.cancelledAsBooker) {
        deps.jobs.runSoon(HOST_NOTICE_JOB, hostNoticeKey(booking.id, 'cancelled'), { bookingId: booking.id, kind: 'cancelled' });
      }
      if (erasure.cancelledAsHost.length > 0) void deps.jobs.runDue();
      deps.logger.info({
        event: 'privacy.erased',
        cancelled: erasure.cancelledAsBooker.length + erasure.cancelledAsHost.length,
        consultations: erasure.consultationsWithdrawn,
        memberships: erasure.membershipsRemoved,
        walCleared: erasure.walCleared,
      });
      if (!erasure.walCleared) deps.logger.error({ event: 'privacy.erased.wal-not-cleared' });
      return cards.erasedCard(erasure);
    },
    { guard: personal },
  );
  registerRetentionJobs(deps);
}
