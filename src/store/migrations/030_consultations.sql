-- Anonymous consultation requests (issue 5). The question text lives only in `consultations.question`; a purge deletes
-- the whole row some days after it ends and keeps one anonymous line in `consultation_counts`.
CREATE TABLE consultations (
  id TEXT PRIMARY KEY,
  school_id TEXT NOT NULL REFERENCES schools(id),
  mentor_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  theme TEXT NOT NULL,
  band TEXT CHECK (band IN ('onderbouw', 'bovenbouw')),
  question TEXT NOT NULL,
  reach TEXT NOT NULL CHECK (reach IN ('chat', 'bellen', 'spreekuur')),
  urgency TEXT NOT NULL CHECK (urgency IN ('deze-week', 'kan-wachten')),
  status TEXT NOT NULL DEFAULT 'nieuw' CHECK (status IN ('nieuw', 'opgepakt', 'afgerond', 'ingetrokken')),
  created_at TEXT NOT NULL,
  claimed_by TEXT REFERENCES people(id) ON DELETE SET NULL,
  claimed_at TEXT,
  ended_at TEXT,
  escalated_at TEXT
);
CREATE INDEX consultations_ended ON consultations (status, ended_at);
CREATE INDEX consultations_mentor ON consultations (mentor_id, created_at);

-- The card each JOS team member got, so it can be updated for everyone ("opgepakt door ...").
CREATE TABLE consultation_cards (
  consultation_id TEXT NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
  person_id TEXT NOT NULL,
  activity_id TEXT NOT NULL,
  PRIMARY KEY (consultation_id, person_id)
);

-- What remains of a purged request: no text, no people.
CREATE TABLE consultation_counts (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  school_id TEXT NOT NULL,
  theme TEXT NOT NULL,
  month TEXT NOT NULL,              -- YYYY-MM (Europe/Amsterdam) of the request
  outcome TEXT NOT NULL CHECK (outcome IN ('afgerond', 'ingetrokken')),
  minutes_to_claim INTEGER,         -- NULL when nobody claimed it
  escalated INTEGER NOT NULL CHECK (escalated IN (0, 1))
);
