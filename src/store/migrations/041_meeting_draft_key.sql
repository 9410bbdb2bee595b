-- A meeting planned in chat is saved only when the procesbegeleider sends it; the key of its preview card
-- makes a second click on the same "Versturen" find the meeting instead of planning it twice.
ALTER TABLE meeting ADD COLUMN draft_key TEXT;
CREATE UNIQUE INDEX meeting_draft_key ON meeting(draft_key) WHERE draft_key IS NOT NULL;
