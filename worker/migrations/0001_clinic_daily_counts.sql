-- Usage counts per clinic per UTC day. A row holds only a clinic id, a date and one counter named by
-- vocabulary ids (`completions`, `urgency:<level>`, `condition:<id>`, `shares`, `booking-clicks`):
-- no answers, no IP addresses, no free text. The CHECKs refuse anything that is not shaped like that,
-- whatever the code above them does.
CREATE TABLE clinic_daily_counts (
  clinic TEXT NOT NULL CHECK (length(clinic) BETWEEN 1 AND 64 AND clinic NOT GLOB '*[^a-z0-9-]*'),
  day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  metric TEXT NOT NULL CHECK (length(metric) BETWEEN 1 AND 48 AND metric NOT GLOB '*[^a-z0-9:-]*'),
  count INTEGER NOT NULL CHECK (count >= 0),
  -- Also the index of the stats query: one clinic, a range of days.
  PRIMARY KEY (clinic, day, metric)
) WITHOUT ROWID;
