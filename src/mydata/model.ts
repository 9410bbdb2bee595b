import type { RoleGrant } from '../people/roles';

/** One spreekuur appointment as its booker or host sees it in "mijn gegevens" (no topic: that is shown in the spreekuur). */
export interface AppointmentLine {
  startsAt: Date;
  /** The other side: the host for a booker, the booker for a host. */
  otherId: string;
  status: 'booked' | 'cancelled' | 'no-show';
}

/** Everything the bot stores about one person, gathered for "mijn gegevens" (AVG right of access). */
export interface PersonalData {
  name: string;
  email?: string;
  schoolId?: string;
  /** Where the person record came from: the chat itself, config/people.yaml, the demo or a beheerder. */
  source: 'chat' | 'config' | 'demo' | 'beheerder';
  createdAt: Date;
  roles: RoleGrant[];
  bookingsAsBooker: AppointmentLine[];
  bookingsAsHost: AppointmentLine[];
  activeSeries: number;
  consultations: { sent: number; open: number; claimed: number };
  memberships: Array<{ groupName: string; organisation: string; answers: number; presence: number }>;
  /** A stored Teams conversation reference: the bot can send this person messages on its own. */
  conversationReference: boolean;
}

/** What an erasure did, in counts; cancelled bookings are returned separately so the other side can be told. */
export interface ErasureSummary {
  bookingsAnonymised: number;
  consultationsWithdrawn: number;
  membershipsRemoved: number;
  /** The person is listed in config/people.yaml: a restart creates them again unless a beheerder removes them there. */
  configured: boolean;
}
