-- Meeting answers from any calendar: where each answer came from, the calendar replies read from the
-- organizer mailbox (or data/inbox), and who actually came.

-- One answer per member per meeting (the later one wins), now with where it came from.
ALTER TABLE meeting_rsvp ADD COLUMN source TEXT NOT NULL DEFAULT 'teams' CHECK (source IN ('teams', 'agenda', 'ingevoerd'));

-- Each mail or dropped file is read once. key: 'imap:<mailbox>:<UIDVALIDITY>:<UID>' or 'inbox:<sha256>'.
-- marked: flagged in the mailbox or moved to processed/ (done after the answers are saved; redone after a crash).
CREATE TABLE meeting_reply_message (
  key TEXT PRIMARY KEY,
  message_id TEXT,
  outcome TEXT NOT NULL CHECK (outcome IN ('replies', 'not-reply', 'malformed', 'duplicate')),
  marked INTEGER NOT NULL DEFAULT 0,
  processed_at TEXT NOT NULL
);
CREATE INDEX meeting_reply_message_id ON meeting_reply_message(message_id) WHERE message_id IS NOT NULL;

-- Every answer read from a reply and what was done with it: only 'applied' changed an answer. The attendee
-- address is kept only when it is no member of a known meeting, so the procesbegeleider can recognise it.
CREATE TABLE meeting_reply (
  id INTEGER PRIMARY KEY,
  message_key TEXT NOT NULL REFERENCES meeting_reply_message(key),
  meeting_id INTEGER REFERENCES meeting(id),
  member_id INTEGER REFERENCES meeting_member(id),
  method TEXT NOT NULL CHECK (method IN ('REPLY', 'COUNTER')),
  answer TEXT CHECK (answer IN ('yes', 'no', 'maybe')),
  sequence INTEGER NOT NULL,
  stamp TEXT,
  proposed_start TEXT,
  proposed_end TEXT,
  attendee TEXT,
  outcome TEXT NOT NULL CHECK (outcome IN ('applied', 'older', 'old-sequence', 'counter', 'not-member', 'unknown-uid', 'no-answer')),
  received_at TEXT NOT NULL
);
CREATE INDEX meeting_reply_by_meeting ON meeting_reply(meeting_id);

-- How far the IMAP poller read a mailbox; a new UIDVALIDITY starts again at 0 (Message-IDs prevent doubles).
CREATE TABLE meeting_mailbox_state (
  mailbox TEXT PRIMARY KEY,
  uid_validity TEXT NOT NULL,
  last_uid INTEGER NOT NULL
);

-- After the meeting: who actually came (monitoring counts), set by the procesbegeleider.
CREATE TABLE meeting_presence (
  meeting_id INTEGER NOT NULL REFERENCES meeting(id),
  member_id INTEGER NOT NULL REFERENCES meeting_member(id),
  present INTEGER NOT NULL CHECK (present IN (0, 1)),
  marked_by TEXT NOT NULL,
  marked_at TEXT NOT NULL,
  PRIMARY KEY (meeting_id, member_id)
);
