import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_VERSION, mostUrgent, type URGENCY_LEVELS, urgencyRank } from '../../shared/index.ts';

describe('urgency order', () => {
  it('ranks emergency above same-day above within-week above routine above self-care', () => {
    const ranks = ['emergency', 'same-day', 'within-week', 'routine', 'self-care'].map((level) =>
      urgencyRank(level as (typeof URGENCY_LEVELS)[number]),
    );
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(new Set(ranks).size).toBe(5);
  });

  it('picks the most urgent level of several, whatever their order', () => {
    expect(mostUrgent(['routine', 'emergency', 'self-care'])).toBe('emergency');
    expect(mostUrgent(['within-week', 'routine'])).toBe('within-week');
  });

  it('falls back to self-care when no level is given', () => {
    expect(mostUrgent([])).toBe('self-care');
  });
});

describe('release version', () => {
  it('matches package.json so the API, the widget path and the package agree', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(APP_VERSION).toBe(pkg.version);
  });
});
