/**
 * @module What a clinic's webhook receives (Standard Webhooks' `{ type, timestamp, data }`), and the
 * queue message that carries it to the consumer. The data is what the clinic needs to act: how urgent,
 * whether to stretch, the three first-ranked sources and the link to the clinician page with its expiry.
 * Never an answer: those stay behind the link, which the runner chose to share with this clinic.
 */
import type { TriageResult } from '../../shared/index.ts';
import { type ClinicProfile, countsKey } from '../clinics/profile.ts';
import { randomCode } from '../secrets.ts';

export const WEBHOOK_EVENT_TYPES = ['report.shared', 'booking.submitted'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export interface WebhookEvent {
  type: WebhookEventType;
  /** When it happened (ISO 8601); the signed `webhook-timestamp` is the delivery attempt's. */
  timestamp: string;
  data: {
    clinic: string;
    questionnaireVersion: string;
    lang: string;
    earlyExit: boolean;
    urgency: { level: string; title: string };
    stretch: { verdict: string; headline: string };
    conditions: { id: string; name: string; band: string }[];
    report: { url: string; expiresAt: string };
  };
}

/** A queue message: one delivery to one clinic, retried as a whole. */
export interface Delivery {
  /** `webhook-id`: the same on every attempt, so a receiver can drop a duplicate. */
  id: string;
  clinic: string;
  /** The profile it was queued for: a clinic removed and added again under the same id gets none of it. */
  countsKey: string;
  event: WebhookEvent;
}

/** How many ranked sources an event carries (none after an early exit). */
export const EVENT_CONDITIONS = 3;

export interface SharedReport {
  questionnaireVersion: string;
  lang: string;
  result: Pick<TriageResult, 'earlyExit' | 'urgency' | 'stretch' | 'conditions'>;
  /** The clinician page's absolute URL. */
  url: string;
  expiresAt: string;
}

export function newDelivery(
  type: WebhookEventType,
  clinic: ClinicProfile,
  report: SharedReport,
  now = new Date(),
): Delivery {
  const { result } = report;
  return {
    id: `msg_${randomCode()}`,
    clinic: clinic.id,
    countsKey: countsKey(clinic),
    event: {
      type,
      timestamp: now.toISOString(),
      data: {
        clinic: clinic.id,
        questionnaireVersion: report.questionnaireVersion,
        lang: report.lang,
        earlyExit: result.earlyExit,
        urgency: { level: result.urgency.level, title: result.urgency.title },
        stretch: { verdict: result.stretch.verdict, headline: result.stretch.headline },
        // An early exit ranks nothing worth acting on: the red flag is the message.
        conditions: result.earlyExit
          ? []
          : result.conditions.slice(0, EVENT_CONDITIONS).map(({ id, name, band }) => ({ id, name, band })),
        report: { url: report.url, expiresAt: report.expiresAt },
      },
    },
  };
}
