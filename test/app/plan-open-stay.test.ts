import { describe, expect, it } from 'vitest';
import { askQuestion, RECORD_KEYS } from '../../src/app/record.js';
import type { PlanDto } from '../../src/app/answers.js';
import { planQuery } from '../../src/app/queries.js';
import { dayFromCivil } from '../../src/core/day.js';
import { english } from '../../src/messages/en/index.js';
import { assembleHistory } from '../../src/parse/assemble-history.js';
import { travelInputFromJson } from '../../src/parse/json-input.js';
import { renderPlanTable } from '../../src/render/table.js';

/** Issue 22: plan --enter for someone still inside said nowhere that they were taken to leave on the reference day. */
const today = dayFromCivil(2026, 12, 20);
const record = { stays: [{ entry: '2026-12-01', exit: null }], enter: '2027-01-10', days: 10 };

describe('plan for someone inside with no exit recorded', () => {
  it('the answer says the stay under way is taken to end on the reference day', () => {
    const json = askQuestion('plan', { input: travelInputFromJson(record, {}, RECORD_KEYS), fields: record, today, calendar: null }).json() as PlanDto;
    expect(json.openStayEnds).toBe('2026-12-20');
  });

  it('the table says it, first', () => {
    const history = assembleHistory(travelInputFromJson(record, {}, RECORD_KEYS), today);
    const result = planQuery(history, today, { entry: dayFromCivil(2027, 1, 10), exit: dayFromCivil(2027, 1, 19) });
    const table = renderPlanTable(result.report, [], { language: 'en', messages: english.table, colorLevel: 0 });
    expect(table.split('\n')[2]).toContain('Stay under way');
    expect(table.replace(/[│\s]+/g, ' ')).toContain('no exit recorded: taken to end on Sun 20 Dec 2026, the reference day');
  });

  it('nothing is said when no stay is under way', () => {
    const closed = { ...record, stays: [{ entry: '2026-12-01', exit: '2026-12-10' }] };
    const json = askQuestion('plan', { input: travelInputFromJson(closed, {}, RECORD_KEYS), fields: closed, today, calendar: null }).json() as PlanDto;
    expect(json.openStayEnds).toBeNull();
  });
});
