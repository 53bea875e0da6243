import type { LegalSources } from '../en/legal.js';

const CODE_FRONTIERES = 'code frontières Schengen (règlement (UE) 2016/399)';
const CODE_VISAS = 'code des visas (règlement (CE) n\u00b0\u00a0810/2009)';

/** French typography: a non-breaking space before : and a narrow one before ; (as everywhere in fr/). */
export const legalFr: LegalSources = {
  limits: {
    noVisa: `${CODE_FRONTIERES}, art. 6, par. 1, point b)\u202f; règlement (UE) 2018/1806, annexe I`,
    visaType: `${CODE_VISAS}, art. 2, point 5, et art. 3`,
    visaTerritory: `${CODE_VISAS}, art. 25 et annexe VII, point 1`,
    visaEntries: `${CODE_VISAS}, annexe VII, point 3`,
    visaUntil: `${CODE_VISAS}, annexe VII, point 2`,
    visaDuration: `${CODE_VISAS}, annexe VII, point 4, modifiée par le règlement (UE) n\u00b0\u00a0610/2013`,
    rule90180: `${CODE_FRONTIERES}, art. 6, par. 1 et 2\u202f; pour les autres zones, le droit propre du régime (docs/regimes.md)`,
    rolling: 'la règle glissante du régime (docs/regimes.md)',
    calendarYear:
      'Russie\u00a0: loi fédérale 115-FZ, art. 5, par. 1, modifiée par la loi fédérale 260-FZ (depuis le 1er janvier 2025)\u202f; Bélarus\u00a0: la décision sur le régime sans visa (docs/regimes.md)',
    perStay:
      'Russie\u00a0: loi fédérale 115-FZ, art. 5, par. 1 (90\u00a0jours consécutifs, depuis le 1er janvier 2025)\u202f; Bélarus\u00a0: le régime sans visa (30\u00a0jours, 90 pour PL, LT, LV) et le visa de transit B (2\u00a0jours) (docs/regimes.md)',
    nextBookedStay: 'le séjour réservé du voyageur lui-même (docs/authorisation.md §4)',
    bookedStay: 'code frontières Schengen, art. 6, par. 1, et les limites du visa, appliqués aux séjours réservés',
    accession: 'décisions du Conseil relatives à l’application de l’intégralité de l’acquis de Schengen (p. ex. (UE) 2022/2451 pour HR, (UE) 2024/210 pour BG et RO)',
    declaration: 'loi du 15 décembre 1980, art. 5\u202f; arrêté royal du 8 octobre 1981, art. 18 et 20\u202f; Code civil, art. 1.7',
  },
  presets: {
    schengen: `${CODE_FRONTIERES}, art. 6, par. 1`,
    'ru-visa-free': 'loi fédérale 115-FZ, art. 5, par. 1, modifiée par la loi fédérale 260-FZ du 8 août 2024 (en vigueur le 1er janvier 2025)',
    'ru-visa': 'décret du gouvernement n\u00b0\u00a0635 du 4 octobre 2007 (visa à entrées multiples\u00a0: 90\u00a0jours sur toute période de 180)',
    'by-visa-free': 'décision présidentielle sur le régime sans visa pour les citoyens de 38 États européens (en vigueur le 19 juillet 2024, prolongée jusqu’au 31 décembre 2026)',
    'by-transit': 'visa de transit (B) du Bélarus\u00a0: au plus 2\u00a0jours à compter de la date calendaire de chaque entrée (ministère des Affaires étrangères du Bélarus)',
    tr: 'loi n\u00b0\u00a06458 sur les étrangers et la protection internationale, art. 18',
  },
};
