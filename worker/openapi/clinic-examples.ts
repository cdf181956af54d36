/**
 * @module Worked examples of the clinic features, computed like the others (examples.ts): the demo
 * clinic through the same profile code the CLI uses, the report page through its renderer, the stats
 * through the same assembly as the route. Codes and tokens are fixed so the document is stable.
 */
import { QUESTIONNAIRE_VERSION, triage } from '../../shared/index.ts';
import { demoClinic } from '../clinics/demo.ts';
import { buildProfile } from '../clinics/input.ts';
import {
  clickFromOtherPage,
  clinicsUnavailable,
  logoUnavailable,
  noLogo,
  statsUnavailable,
  unknownClinic,
  wrongStatsToken,
} from '../clinics/problems.ts';
import { bookingLink, publicProfile } from '../clinics/profile.ts';
import { missingToken } from '../http/bearer.ts';
import { CLICK_LIMIT, LOOKUP_LIMIT, REPORT_LIMIT } from '../http/limits.ts';
import { rateLimited } from '../problems.ts';
import { renderMissingPage, renderReportPage, renderUnavailablePage } from '../reports/page.ts';
import { lookupsPaused, notShared, sharingUnavailable, wrongDeleteToken } from '../reports/problems.ts';
import type { StoredReport } from '../reports/report.ts';
import type { ReportCreated } from '../schemas.ts';
import { statsFromRows, statsRange } from '../usage/stats.ts';
import { SITTING_BONE_ACHE } from './examples.ts';

const SITE = 'https://www.riverside-physio.example';
/** This service, as the examples show it. */
const SERVICE = 'https://hamstring-check.example';
const CODE = '7K3Q-DM9X-WE4F';
const CREATED = '2026-11-22T09:41:00.000Z';
const EXPIRES = '2026-12-22T09:41:00.000Z';

export function clinicExamples() {
  // A booking page of its own, with the share code on the link, so the examples show `bookingUrl` carrying
  // it; and a logo, served from this service.
  const clinic = buildProfile(
    { ...demoClinic(SITE), bookingUrl: `${SITE}/book`, shareParam: 'hc', logoUrl: `${SITE}/logo.svg` },
    '0'.repeat(64),
    { createdAt: CREATED, updatedAt: CREATED },
  );
  const reportRequest = {
    questionnaireVersion: QUESTIONNAIRE_VERSION,
    lang: 'en' as const,
    answers: SITTING_BONE_ACHE,
    clinic: clinic.id,
  };
  const report: StoredReport = {
    questionnaireVersion: QUESTIONNAIRE_VERSION,
    lang: 'en',
    answers: SITTING_BONE_ACHE,
    result: triage({ lang: 'en', answers: SITTING_BONE_ACHE }),
    clinic: { id: clinic.id, name: clinic.name },
    createdAt: CREATED,
    expiresAt: EXPIRES,
    deleteTokenHash: '0'.repeat(64),
  };
  const days = statsRange('2026-11-20', '2026-11-22');
  const rows = [
    { day: '2026-11-20', metric: 'completions', count: 2 },
    { day: '2026-11-20', metric: 'urgency:routine', count: 2 },
    { day: '2026-11-20', metric: 'condition:proximal-tendinopathy', count: 1 },
    { day: '2026-11-20', metric: 'condition:muscle-strain', count: 1 },
    { day: '2026-11-20', metric: 'booking-clicks', count: 1 },
    { day: '2026-11-22', metric: 'completions', count: 1 },
    { day: '2026-11-22', metric: 'urgency:same-day', count: 1 },
    { day: '2026-11-22', metric: 'condition:proximal-avulsion', count: 1 },
    { day: '2026-11-22', metric: 'shares', count: 1 },
  ];
  return {
    profile: publicProfile(clinic, SERVICE),
    logo: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><circle cx="20" cy="20" r="18" fill="#0f6e6a"/></svg>',
    reportRequest,
    reportCreated: {
      code: CODE,
      url: `/r/${CODE}`,
      href: `${SERVICE}/r/${CODE}`,
      deleteToken: 'hcd_4v8k2m6q0x3c7b1n5r9t2w6y0z',
      expiresAt: EXPIRES,
      clinic: clinic.id,
      bookingUrl: bookingLink(clinic, CODE),
    } satisfies ReportCreated,
    clinicianPage: renderReportPage(report, CODE),
    missingPage: renderMissingPage('en'),
    unavailablePage: renderUnavailablePage('en'),
    stats: statsFromRows(clinic.id, days, rows),
    problems: {
      unknownClinic: unknownClinic('riverside-physo').problem,
      clinicsUnavailable: clinicsUnavailable().problem,
      clickFromOtherPage: clickFromOtherPage(clinic.id).problem,
      noLogo: noLogo('riverside-physio').problem,
      logoUnavailable: logoUnavailable('its host answered 404').problem,
      missingStatsToken: missingToken('clinic stats', "the clinic's stats token").problem,
      wrongStatsToken: wrongStatsToken().problem,
      statsUnavailable: statsUnavailable().problem,
      missingDeleteToken: missingToken('shared report', "the report's delete token (deleteToken)").problem,
      wrongDeleteToken: wrongDeleteToken().problem,
      notShared: notShared(CODE).problem,
      sharingUnavailable: sharingUnavailable().problem,
      clicksLimited: rateLimited(CLICK_LIMIT).problem,
      reportsLimited: rateLimited(REPORT_LIMIT).problem,
      lookupsLimited: rateLimited(LOOKUP_LIMIT).problem,
      lookupsPaused: lookupsPaused().problem,
    },
  };
}
