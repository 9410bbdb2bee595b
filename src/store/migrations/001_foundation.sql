-- Schools, people and their roles, stored conversation references, persisted jobs and the bot's small turn state.
CREATE TABLE schools (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  town TEXT,
  region TEXT NOT NULL CHECK (region IN ('noord-kennemerland', 'midden-kennemerland')),
  school_type TEXT NOT NULL,
  has_preventief_ambulant INTEGER NOT NULL CHECK (has_preventief_ambulant IN (0, 1))
);

CREATE TABLE roles (
  id TEXT PRIMARY KEY,
  label TEXT NOT NULL,
  description TEXT NOT NULL
);

CREATE TABLE meeting_groups (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  description TEXT NOT NULL,
  meetings_per_year INTEGER NOT NULL
);

CREATE TABLE people (
  id TEXT PRIMARY KEY,            -- aadObjectId (locally the channel user id)
  name TEXT NOT NULL,
  email TEXT,
  school_id TEXT REFERENCES schools(id),
  source TEXT NOT NULL DEFAULT 'chat' CHECK (source IN ('chat', 'config', 'demo', 'beheerder')),
  created_at TEXT NOT NULL
);

CREATE TABLE person_roles (
  person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  role TEXT NOT NULL REFERENCES roles(id),
  jos_function TEXT CHECK (jos_function IN ('jgc', 'paj', 'gedragswetenschapper')),
  school_id TEXT NOT NULL DEFAULT '' ,   -- '' = not tied to one school
  PRIMARY KEY (person_id, role, school_id)
);

CREATE TABLE conversation_refs (
  person_id TEXT PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
  reference_json TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE jobs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL,
  job_key TEXT NOT NULL UNIQUE,
  due_at TEXT NOT NULL,
  payload_json TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'running', 'done', 'cancelled', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  updated_at TEXT NOT NULL
);
CREATE INDEX jobs_due ON jobs (status, due_at);

CREATE TABLE bot_state (
  key TEXT PRIMARY KEY,
  value_json TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
