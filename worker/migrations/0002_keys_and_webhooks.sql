-- API keys' usage per UTC day (worker/keys/), and webhook deliveries that failed every retry
-- (worker/webhooks/dead-letters.ts). Ids, dates and counts only: no answers, no payloads, no addresses.
CREATE TABLE api_key_daily_usage (
  key_id TEXT NOT NULL CHECK (length(key_id) BETWEEN 1 AND 32 AND key_id NOT GLOB '*[^a-z0-9]*'),
  -- The clinic the key was made for (its id), so its dashboard can list its keys' usage.
  clinic TEXT NOT NULL CHECK (length(clinic) BETWEEN 1 AND 64 AND clinic NOT GLOB '*[^a-z0-9-]*'),
  day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  requests INTEGER NOT NULL CHECK (requests >= 0),
  PRIMARY KEY (key_id, day)
) WITHOUT ROWID;
CREATE INDEX api_key_daily_usage_by_clinic ON api_key_daily_usage (clinic, day);

CREATE TABLE webhook_dead_letters (
  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 5 AND 40 AND id GLOB 'msg_*'),
  -- The clinic's counts key (worker/clinics/profile.ts), like clinic_daily_counts.
  clinic TEXT NOT NULL CHECK (length(clinic) BETWEEN 1 AND 64 AND clinic NOT GLOB '*[^a-z0-9-]*'),
  type TEXT NOT NULL CHECK (type IN ('report.shared', 'booking.submitted')),
  created_at TEXT NOT NULL,
  dead_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX webhook_dead_letters_by_clinic ON webhook_dead_letters (clinic, dead_at);
