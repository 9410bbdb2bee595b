/**
 * What the load generator sends: Bot Framework activities as Teams would post them with `deliveryMode: expectReplies`,
 * each from the next user of a pool (own user id and personal conversation), and how a good reply is recognised.
 */

export const CONSENT_QUESTION = 'Mag de jeugd- en gezinscoach aanschuiven bij de leerlingbespreking?';
export const SLOTS_TEXT = 'spreekuur';
const TENANT = '00000000-0000-0000-0000-000000000001';
/** A neutral topic: it passes the identifying-details screen, so a free slot really gets booked. */
const BOOKING_TOPIC = 'Overleg over de aanpak in de klas';
/** The bot's answer when a turn throws (bot/app.ts); any reply containing it counts as a failed request. */
const TURN_FAILED = 'Er ging iets mis';
const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

export const WORKLOAD_NAMES = ['consent', 'card', 'slots', 'book', 'mix'] as const;
export type WorkloadName = (typeof WORKLOAD_NAMES)[number];

export interface Slot {
  seriesId: number;
  startsAt: string;
}

/** One kind of request; `body(user, sequence)` is the JSON text of the activity. */
type RequestKind = (user: number, sequence: number) => string;

export interface Workload {
  name: WorkloadName | 'echo';
  label: string;
  /** Picks and builds the next request body. */
  next: (user: number, sequence: number) => string;
  /** True for a reply the user would be content with (a card, no "something went wrong"). */
  verify: (body: string) => boolean;
}

/** Activity JSON with `__USER__` and `__SEQ__` placeholders, so each request costs the load generator two replaces. */
function template(partial: Record<string, unknown>, serviceUrl: string): RequestKind {
  const text = JSON.stringify({
    channelId: 'msteams',
    serviceUrl,
    id: 'bench-__SEQ__',
    from: { id: '29:bench-user-__USER__', name: 'Bench gebruiker __USER__', aadObjectId: 'bench-user-__USER__' },
    recipient: { id: '28:jos-bot', name: 'JOS-assistent' },
    conversation: { id: 'personal-bench-user-__USER__', conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
    locale: 'nl-NL',
    deliveryMode: 'expectReplies',
    ...partial,
  });
  return (user, sequence) => text.replaceAll('__USER__', String(user)).replace('__SEQ__', String(sequence));
}

const message = (text: string, serviceUrl: string): RequestKind => template({ type: 'message', text }, serviceUrl);
const execute = (verb: string, data: unknown, serviceUrl: string): RequestKind =>
  template(
    { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' } },
    serviceUrl,
  );

const repliedWithCard = (body: string): boolean => body.includes(ADAPTIVE_CARD) && !body.includes(TURN_FAILED);

/** The answer buttons of the first consent question carry these (bot/cards/consent.ts). */
const ANSWER_CLICK = { question: 'Q-MET-WIE', option: 'MW2', facts: { answers: {}, ask: [] } };

export function botWorkloads(serviceUrl: string, slots: Slot[], random: () => number): Record<WorkloadName, Workload> {
  const consent = message(CONSENT_QUESTION, serviceUrl);
  const listSlots = message(SLOTS_TEXT, serviceUrl);
  const click = execute('consent.answer', ANSWER_CLICK, serviceUrl);
  const bookings = slots.map((slot) => execute('spreekuur.book', { ...slot, topic: BOOKING_TOPIC }, serviceUrl));
  return {
    consent: { name: 'consent', label: 'consent question → verdict', next: consent, verify: repliedWithCard },
    card: { name: 'card', label: 'consent card click', next: click, verify: repliedWithCard },
    slots: { name: 'slots', label: 'spreekuur slot list', next: listSlots, verify: repliedWithCard },
    book: {
      name: 'book',
      label: 'booking attempt on a random slot',
      next: (user, sequence) => bookings[Math.floor(random() * bookings.length)]!(user, sequence),
      verify: repliedWithCard,
    },
    mix: {
      name: 'mix',
      label: 'mix 80/15/5 consent/slots/book',
      next: (user, sequence) => {
        const draw = random();
        if (draw < 0.8) return consent(user, sequence);
        if (draw < 0.95) return listSlots(user, sequence);
        return bookings[Math.floor(random() * bookings.length)]!(user, sequence);
      },
      verify: repliedWithCard,
    },
  };
}

/** The baseline echoes the consent question back as text. */
export function echoWorkload(serviceUrl: string): Workload {
  const echo = message(CONSENT_QUESTION, serviceUrl);
  return {
    name: 'echo',
    label: 'baseline: teams-ai echo',
    next: echo,
    verify: (body) => body.includes('"activities"') && body.includes(CONSENT_QUESTION),
  };
}

/** The `data` of every Action.Execute button with this verb on the cards of a reply. */
export function actionData(replyBody: string, verb: string): unknown[] {
  const found: unknown[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.verb === verb) found.push(record.data);
      Object.values(record).forEach(visit);
    }
  };
  visit(JSON.parse(replyBody));
  return found;
}

/**
 * The open slots the bot offers, found as a mentor finds them: the slot list shows days (`spreekuur.day`), a day
 * shows its times (`spreekuur.pick`). Asked by one user outside the pool, so the load's users start fresh.
 */
export async function discoverSlots(url: string, serviceUrl: string, user: number): Promise<Slot[]> {
  const listing = await post(url, message(SLOTS_TEXT, serviceUrl)(user, 0));
  if (listing.status !== 200) return [];
  const slots: Slot[] = [];
  for (const [index, day] of actionData(listing.text, 'spreekuur.day').entries()) {
    const dayReply = await post(url, execute('spreekuur.day', day, serviceUrl)(user, index + 1));
    if (dayReply.status === 200) slots.push(...(actionData(dayReply.text, 'spreekuur.pick') as Slot[]));
  }
  return slots;
}

/** One request outside the load (finding the open slots). */
async function post(url: string, body: string): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: response.status, text: await response.text() };
}
