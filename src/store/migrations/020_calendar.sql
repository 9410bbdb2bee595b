-- Calendar layer shared by spreekuur and meetings: a school's own holiday dates and unguessable calendar links.

-- When a school has rows for a school year, they replace the regio Noord advice for that year.
CREATE TABLE school_holiday_periods (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  school_id TEXT NOT NULL REFERENCES schools(id),
  school_year TEXT NOT NULL,              -- '2026-2027'
  name TEXT NOT NULL,
  from_date TEXT NOT NULL,                -- yyyy-MM-dd, Europe/Amsterdam calendar date, inclusive
  to_date TEXT NOT NULL,                  -- inclusive
  set_by TEXT NOT NULL,                   -- person id of the beheerder or ondersteuningscoördinator
  set_at TEXT NOT NULL,
  CHECK (from_date <= to_date)
);
CREATE INDEX school_holiday_periods_school_year ON school_holiday_periods (school_id, school_year);

-- token → what the link shows; the token is the only secret, so it is long and random.
CREATE TABLE calendar_links (
  token TEXT PRIMARY KEY,
  kind TEXT NOT NULL,                     -- renderer registered by a feature: 'spreekuur-booking', 'meeting', ...
  ref_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (kind, ref_id)
);
