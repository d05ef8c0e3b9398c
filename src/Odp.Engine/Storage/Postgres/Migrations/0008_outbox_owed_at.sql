-- When each owed item was owed (its change's time), kept when a failed item is postponed, so operators can see how
-- long the oldest item has waited (odp_outbox_oldest_age_seconds). Items already owed take their due time.
ALTER TABLE outbox ADD COLUMN owed_at timestamptz;
UPDATE outbox SET owed_at = due_at;
ALTER TABLE outbox ALTER COLUMN owed_at SET NOT NULL;
