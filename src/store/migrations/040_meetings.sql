-- Netwerkgroep / leeromgeving: groups, members, meetings with their iCalendar identity,
-- a per-recipient outbox (idempotent sending) and RSVPs.
CREATE TABLE meeting_group (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  feed_token TEXT NOT NULL UNIQUE
);

CREATE TABLE meeting_member (
  id INTEGER PRIMARY KEY,
  group_id TEXT NOT NULL REFERENCES meeting_group(id),
  name TEXT NOT NULL,
  organisation TEXT NOT NULL,
  email TEXT NOT NULL,
  role TEXT NOT NULL,
  teams_person_id TEXT,
  added_at TEXT NOT NULL,
  removed_at TEXT
);
CREATE UNIQUE INDEX meeting_member_active_email ON meeting_member(group_id, email) WHERE removed_at IS NULL;

CREATE TABLE meeting (
  id INTEGER PRIMARY KEY,
  group_id TEXT NOT NULL REFERENCES meeting_group(id),
  number INTEGER,
  title TEXT NOT NULL,
  date TEXT NOT NULL,
  start_time TEXT NOT NULL,
  end_time TEXT NOT NULL,
  starts_at TEXT NOT NULL,
  ends_at TEXT NOT NULL,
  location TEXT,
  online_url TEXT,
  agenda TEXT,
  reserve INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL CHECK (status IN ('draft', 'scheduled', 'cancelled')),
  ical_uid TEXT NOT NULL UNIQUE,
  sequence INTEGER NOT NULL DEFAULT 0,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX meeting_by_date ON meeting(date);

-- One row per recipient per revision: the frozen message is what a retry sends again.
CREATE TABLE meeting_delivery (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meeting(id),
  member_id INTEGER NOT NULL REFERENCES meeting_member(id),
  kind TEXT NOT NULL CHECK (kind IN ('invite', 'update', 'cancel', 'reminder-week', 'reminder-day')),
  sequence INTEGER NOT NULL,
  channel TEXT NOT NULL CHECK (channel IN ('email', 'teams')),
  message TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  last_error TEXT,
  created_at TEXT NOT NULL,
  sent_at TEXT,
  UNIQUE (meeting_id, member_id, kind, sequence, channel)
);
CREATE INDEX meeting_delivery_due ON meeting_delivery(status, next_attempt_at);

CREATE TABLE meeting_rsvp (
  meeting_id INTEGER NOT NULL REFERENCES meeting(id),
  member_id INTEGER NOT NULL REFERENCES meeting_member(id),
  answer TEXT NOT NULL CHECK (answer IN ('yes', 'no', 'maybe')),
  answered_at TEXT NOT NULL,
  PRIMARY KEY (meeting_id, member_id)
);

-- A year plan pasted by the procesbegeleider, kept until it is saved so the warnings come first.
CREATE TABLE meeting_import (
  id INTEGER PRIMARY KEY,
  created_by TEXT NOT NULL,
  text TEXT NOT NULL,
  created_at TEXT NOT NULL,
  applied_at TEXT
);
