/**
 * @module The decision's `summary`: only the clinician summary reads it, and POST /v1/triage says that
 * only when asked, so it is worked out when first read. It stays an own, enumerable getter, so the
 * decision still spreads, serializes and clones in full. One getter shared by every decision, defined
 * after the other keys, rather than a getter in the object literal: a literal with an accessor puts
 * every decision in dictionary mode, and each read of its properties (localizing reads dozens) is
 * then a hash lookup rather than a known offset.
 */

import type { Answers } from '../schemas/values.ts';
import type { Scored } from './score.ts';
import { decideSummary, type SummaryDecision } from './summary.ts';

/** What the summary is decided from, and the summary once read: a non-enumerable symbol key. */
export const SUMMARY_FROM: unique symbol = Symbol('summary from');

export interface Lazy {
  [SUMMARY_FROM]?: {
    answers: Answers;
    asked: readonly string[];
    ranked: readonly Scored[];
    summary?: SummaryDecision;
  };
}

function summary(this: Lazy): SummaryDecision {
  const from = this[SUMMARY_FROM] as NonNullable<Lazy[typeof SUMMARY_FROM]>;
  from.summary ??= decideSummary(from.answers, from.asked, from.ranked);
  return from.summary;
}

/** Enumerable and configurable, as a getter in an object literal is; one object, so one shape. */
export const SUMMARY_PROPERTY: PropertyDescriptor = { get: summary, enumerable: true, configurable: true };
