import type { Day } from '../core/day.js';
import type { ApplicationTimeline } from '../core/visa-application.js';
import { formatDay } from './format-date.js';
import { renderRows, type Row, type TableStyle } from './table.js';

/** The answer of `schengen apply` as a table: each date with the provision it comes from. */
export function renderApplicationTable(timeline: ApplicationTimeline, today: Day, style: TableStyle): string {
  const m = style.messages.apply;
  const day = (d: Day) => formatDay(d, style.language);
  const { request, lodging, lodgeBy, decision, phaseOn } = timeline;
  const cited = (value: string, basis: keyof typeof m.bases) => `${value}\n${m.bases[basis]}`;
  const phaseDays = phaseOn === 'notYetOpen' ? lodging.earliest - today : phaseOn === 'open' ? lodging.latest - today : 0;
  const rows: Row[] = [
    { label: m.travel, value: day(request.travel) },
    { label: m.applicant, value: m.applicantKind(request.seafarer, request.facilitated) },
    { label: m.earliest, value: cited(m.earliestValue(day(lodging.earliest), lodging.monthsBefore), lodging.basis) },
    { label: m.latest, value: cited(m.latestValue(day(lodging.latest), lodging.daysBefore), lodging.basis) },
    { label: m.phaseLabel(day(today)), value: m.phases[phaseOn](phaseDays), tone: phaseOn === 'open' ? 'good' : phaseOn === 'pastLastDay' ? 'bad' : 'plain' },
  ];
  if (decision === null) {
    rows.push(
      { label: m.lodgeByRegular(lodgeBy.regularDays), value: cited(day(lodgeBy.regularDecision), lodgeBy.regularBasis) },
      { label: m.lodgeByExtended(lodgeBy.extendedDays), value: cited(day(lodgeBy.extendedDecision), lodgeBy.extendedBasis) },
    );
  } else {
    const late = decision.due >= request.travel;
    rows.push(
      { label: m.lodged, value: day(decision.lodged) },
      {
        label: decision.extended ? m.decisionDueExtended : m.decisionDue,
        value: cited(m.decisionValue(day(decision.due), decision.extended ? decision.extendedDays : decision.regularDays), decision.extended ? decision.extendedBasis : decision.regularBasis),
        tone: late ? 'bad' : 'good',
      },
    );
    if (!decision.extended) {
      rows.push({
        label: m.decisionIfExtended,
        value: cited(m.decisionValue(day(decision.extendedDue), decision.extendedDays), decision.extendedBasis),
        tone: decision.extendedDue >= request.travel ? 'warn' : 'plain',
      });
    }
  }
  return renderRows(style, m.title(day(request.travel)), rows);
}
