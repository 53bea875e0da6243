import type { LegalSources } from '../en/legal.js';

const GRENSCODE = 'Schengengrenscode (Verordening (EU) 2016/399)';
const VISUMCODE = 'Visumcode (Verordening (EG) nr. 810/2009)';

export const legalNl: LegalSources = {
  limits: {
    noVisa: `${GRENSCODE} art. 6, lid 1, b); Verordening (EU) 2018/1806, bijlage I`,
    visaType: `${VISUMCODE} art. 2, punt 5, en art. 3`,
    visaTerritory: `${VISUMCODE} art. 25 en bijlage VII, punt 1`,
    visaEntries: `${VISUMCODE} bijlage VII, punt 3`,
    visaUntil: `${VISUMCODE} bijlage VII, punt 2`,
    visaDuration: `${VISUMCODE} bijlage VII, punt 4, gewijzigd bij Verordening (EU) nr. 610/2013`,
    rule90180: `${GRENSCODE} art. 6, leden 1 en 2; voor andere zones het eigen recht van die regeling (docs/regimes.md)`,
    rolling: 'de glijdende regel van de regeling (docs/regimes.md)',
    calendarYear: 'Rusland: federale wet 115-FZ art. 5, lid 1, gewijzigd bij federale wet 260-FZ (vanaf 1 januari 2025); Belarus: het besluit over de visumvrije regeling (docs/regimes.md)',
    perStay: 'Rusland: federale wet 115-FZ art. 5, lid 1 (90 aaneengesloten dagen, vanaf 1 januari 2025); Belarus: de visumvrije regeling (30 dagen, 90 voor PL, LT, LV) en het transitvisum B (2 dagen) (docs/regimes.md)',
    nextBookedStay: 'het eigen geboekte verblijf van de reiziger (docs/authorisation.md §4)',
    bookedStay: 'Schengengrenscode art. 6, lid 1, en de grenzen van het visum, toegepast op de geboekte verblijven',
    accession: 'besluiten van de Raad over de volledige toepassing van het Schengenacquis (bv. (EU) 2022/2451 voor HR, (EU) 2024/210 voor BG en RO)',
    declaration: 'wet van 15 december 1980, art. 5; koninklijk besluit van 8 oktober 1981, art. 18 en 20; Burgerlijk Wetboek art. 1.7',
  },
  presets: {
    schengen: `${GRENSCODE} art. 6, lid 1`,
    'ru-visa-free': 'federale wet 115-FZ art. 5, lid 1, gewijzigd bij federale wet 260-FZ van 8 augustus 2024 (van kracht op 1 januari 2025)',
    'ru-visa': 'regeringsbesluit nr. 635 van 4 oktober 2007 (visum voor meerdere binnenkomsten: 90 dagen in elke 180)',
    'by-visa-free': 'presidentieel besluit over de visumvrije regeling voor burgers van 38 Europese staten (van kracht op 19 juli 2024, verlengd tot 31 december 2026)',
    'by-transit': 'transitvisum (B) van Belarus: ten hoogste 2 dagen vanaf de kalenderdatum van elke binnenkomst (ministerie van Buitenlandse Zaken van Belarus)',
    tr: 'wet nr. 6458 op vreemdelingen en internationale bescherming, art. 18',
  },
};
