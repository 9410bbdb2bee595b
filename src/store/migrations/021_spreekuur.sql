-- Inloopspreekuur: weekly series held by a JOS worker, cancelled dates, and bookings of 15-minute slots.
-- Slots are not stored: they follow from the series, so a changed series never leaves stale slot rows behind.
CREATE TABLE spreekuur_series (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  school_id TEXT NOT NULL REFERENCES schools(id),
  host_id TEXT NOT NULL REFERENCES people(id),
  weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),     -- 1 = maandag (ISO)
  start_time TEXT NOT NULL,                                      -- 'HH:mm', Europe/Amsterdam
  end_time TEXT NOT NULL,
  slot_minutes INTEGER NOT NULL DEFAULT 15 CHECK (slot_minutes > 0),
  place TEXT NOT NULL,
  valid_from TEXT NOT NULL,                                      -- yyyy-MM-dd
  valid_until TEXT,                                              -- inclusive; NULL = no end
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX spreekuur_series_school ON spreekuur_series (school_id, active);
CREATE INDEX spreekuur_series_host ON spreekuur_series (host_id, active);

CREATE TABLE spreekuur_cancelled_dates (
  series_id INTEGER NOT NULL REFERENCES spreekuur_series(id),
  date TEXT NOT NULL,                                            -- yyyy-MM-dd
  cancelled_by TEXT NOT NULL,
  cancelled_at TEXT NOT NULL,
  PRIMARY KEY (series_id, date)
);

CREATE TABLE spreekuur_bookings (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  series_id INTEGER NOT NULL REFERENCES spreekuur_series(id),
  school_id TEXT NOT NULL,
  host_id TEXT NOT NULL,
  booker_id TEXT NOT NULL REFERENCES people(id),
  starts_at TEXT NOT NULL,                                       -- ISO UTC
  ends_at TEXT NOT NULL,
  topic TEXT,
  status TEXT NOT NULL CHECK (status IN ('booked', 'cancelled', 'no-show')),
  cancel_reason TEXT CHECK (cancel_reason IN ('booker', 'date-cancelled', 'series-changed')),
  ical_sequence INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
-- Backstop behind the BEGIN IMMEDIATE check: one live booking per slot, whatever races past the check.
CREATE UNIQUE INDEX spreekuur_one_booking_per_slot ON spreekuur_bookings (series_id, starts_at) WHERE status <> 'cancelled';
CREATE INDEX spreekuur_bookings_booker ON spreekuur_bookings (booker_id, status, starts_at);
CREATE INDEX spreekuur_bookings_host ON spreekuur_bookings (host_id, starts_at);
CREATE INDEX spreekuur_bookings_school ON spreekuur_bookings (school_id, starts_at);

-- "Vakanties niet ingesteld" is said once per host, school and school year.
CREATE TABLE spreekuur_notices (
  host_id TEXT NOT NULL,
  school_id TEXT NOT NULL,
  school_year TEXT NOT NULL,
  told_at TEXT NOT NULL,
  PRIMARY KEY (host_id, school_id, school_year)
);
