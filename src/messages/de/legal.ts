import type { LegalSources } from '../en/legal.js';

const GRENZKODEX = 'Schengener Grenzkodex (Verordnung (EU) 2016/399)';
const VISAKODEX = 'Visakodex (Verordnung (EG) Nr. 810/2009)';

export const legalDe: LegalSources = {
  limits: {
    noVisa: `${GRENZKODEX} Art. 6 Abs. 1 Buchst. b; Verordnung (EU) 2018/1806 Anhang I`,
    visaType: `${VISAKODEX} Art. 2 Nr. 5 und Art. 3`,
    visaTerritory: `${VISAKODEX} Art. 25 und Anhang VII Nr. 1`,
    visaEntries: `${VISAKODEX} Anhang VII Nr. 3`,
    visaUntil: `${VISAKODEX} Anhang VII Nr. 2`,
    visaDuration: `${VISAKODEX} Anhang VII Nr. 4, geändert durch Verordnung (EU) Nr. 610/2013`,
    rule90180: `${GRENZKODEX} Art. 6 Abs. 1 und 2; für andere Zonen das eigene Recht der Regelung (docs/regimes.md)`,
    rolling: 'die gleitende Regel der Regelung (docs/regimes.md)',
    calendarYear: 'Russland: Föderales Gesetz 115-FZ Art. 5 Abs. 1, geändert durch das Föderale Gesetz 260-FZ (ab 1. Januar 2025); Belarus: der Beschluss über die Visumfreiheit (docs/regimes.md)',
    perStay: 'Russland: Föderales Gesetz 115-FZ Art. 5 Abs. 1 (90 zusammenhängende Tage, ab 1. Januar 2025); Belarus: Visumfreiheit (30 Tage, 90 für PL, LT, LV) und Transitvisum B (2 Tage) (docs/regimes.md)',
    nextBookedStay: 'der eigene gebuchte Aufenthalt des Reisenden (docs/authorisation.md §4)',
    bookedStay: 'Schengener Grenzkodex Art. 6 Abs. 1 und die Grenzen des Visums, angewandt auf die gebuchten Aufenthalte',
    accession: 'Beschlüsse des Rates über die vollständige Anwendung des Schengen-Besitzstands (z. B. (EU) 2022/2451 für HR, (EU) 2024/210 für BG und RO)',
    declaration: 'Gesetz vom 15. Dezember 1980, Art. 5; Königlicher Erlass vom 8. Oktober 1981, Art. 18 und 20; Zivilgesetzbuch Art. 1.7',
  },
  presets: {
    schengen: `${GRENZKODEX} Art. 6 Abs. 1`,
    'ru-visa-free': 'Föderales Gesetz 115-FZ Art. 5 Abs. 1, geändert durch das Föderale Gesetz 260-FZ vom 8. August 2024 (in Kraft seit 1. Januar 2025)',
    'ru-visa': 'Regierungsverordnung Nr. 635 vom 4. Oktober 2007 (Visum für mehrfache Einreise: 90 Tage in jedem Zeitraum von 180)',
    'by-visa-free': 'Beschluss des Präsidenten über die Visumfreiheit für Bürger von 38 europäischen Staaten (in Kraft seit 19. Juli 2024, verlängert bis 31. Dezember 2026)',
    'by-transit': 'Transitvisum (B) von Belarus: höchstens 2 Tage ab dem Kalenderdatum jeder Einreise (Außenministerium von Belarus)',
    tr: 'Gesetz Nr. 6458 über Ausländer und internationalen Schutz, Art. 18',
  },
};
