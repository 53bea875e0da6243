import type { Day } from '../core/day.js';
import { isoDate } from '../core/iso-date.js';
import type { ApplicationBasis, ApplicationTimeline, ApplicationWarning } from '../core/visa-application.js';
import { applyEn } from '../messages/en/apply.js';
import type { Static } from 'typebox';
import type { ApplySchema } from './answer-schemas.js';
import { SCHEMA_VERSION, verdictToJson } from './answers.js';
import type { Verdict } from './verdict.js';

/** `schengen apply --json` (its one definition: answer-schemas.ts). */
export type ApplyDto = Static<typeof ApplySchema>;
export type ApplyWarningDto = ApplyDto['warnings'][number];


/** Citations in JSON: the same in every language, one per figure (schema/apply.schema.json lists them). */
export const APPLICATION_LEGAL_BASIS: Readonly<Record<ApplicationBasis, string>> = {
  'visaCodeArt9(1)': 'Regulation (EC) No 810/2009 (Visa Code) Art. 9(1)',
  'visaCodeArt23(1)': 'Regulation (EC) No 810/2009 (Visa Code) Art. 23(1)',
  'visaCodeArt23(2)': 'Regulation (EC) No 810/2009 (Visa Code) Art. 23(2)',
  facilitationAgreement: 'EU visa facilitation agreement',
  facilitationAgreementExtended: 'EU visa facilitation agreement (extension)',
};

export function applicationWarningsToJson(warnings: readonly ApplicationWarning[]): ApplyWarningDto[] {
  const iso = (day: Day) => isoDate(day);
  return warnings.map((warning) => ({
    code: warning.code,
    message: (applyEn.warnings[warning.code] as (w: ApplicationWarning, day: (d: Day) => string) => string)(warning, iso),
  }));
}

export function applicationToJson(timeline: ApplicationTimeline, verdict: Verdict, on: Day): ApplyDto {
  const { request, lodging, decision } = timeline;
  return {
    schemaVersion: SCHEMA_VERSION,
    command: 'apply',
    verdict: verdictToJson(verdict),
    on: isoDate(on),
    travel: isoDate(request.travel),
    seafarer: request.seafarer,
    facilitated: request.facilitated,
    lodging: {
      earliest: isoDate(lodging.earliest),
      monthsBefore: lodging.monthsBefore,
      latest: isoDate(lodging.latest),
      daysBefore: lodging.daysBefore,
      legalBasis: APPLICATION_LEGAL_BASIS[lodging.basis],
      phaseOn: timeline.phaseOn,
    },
    lodgeBy: { regularDecision: isoDate(timeline.lodgeBy.regularDecision), extendedDecision: isoDate(timeline.lodgeBy.extendedDecision) },
    lodged: request.lodged === null ? null : isoDate(request.lodged),
    decision:
      decision === null
        ? null
        : {
            due: isoDate(decision.due),
            extended: decision.extended,
            regular: { days: decision.regularDays, due: isoDate(decision.regularDue), legalBasis: APPLICATION_LEGAL_BASIS[decision.regularBasis] },
            ifExtended: { days: decision.extendedDays, due: isoDate(decision.extendedDue), legalBasis: APPLICATION_LEGAL_BASIS[decision.extendedBasis] },
          },
    warnings: applicationWarningsToJson(timeline.warnings),
  };
}
