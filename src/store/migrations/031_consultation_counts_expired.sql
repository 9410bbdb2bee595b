-- A request that was never claimed or never closed is purged after a while too (issue 12); its count line says
-- 'verlopen'. SQLite cannot change a CHECK in place, so the table is rebuilt with its rows.
CREATE TABLE consultation_counts_new (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  school_id TEXT NOT NULL,
  theme TEXT NOT NULL,
  month TEXT NOT NULL,              -- YYYY-MM (Europe/Amsterdam) of the request
  outcome TEXT NOT NULL CHECK (outcome IN ('afgerond', 'ingetrokken', 'verlopen')),
  minutes_to_claim INTEGER,         -- NULL when nobody claimed it
  escalated INTEGER NOT NULL CHECK (escalated IN (0, 1))
);
INSERT INTO consultation_counts_new (id, school_id, theme, month, outcome, minutes_to_claim, escalated)
  SELECT id, school_id, theme, month, outcome, minutes_to_claim, escalated FROM consultation_counts;
DROP TABLE consultation_counts;
ALTER TABLE consultation_counts_new RENAME TO consultation_counts;
