import type { VerdictCatalogue, VerdictParams, VerdictWords } from '../verdict-catalogue.js';

const d = (p: VerdictParams, key: string, w: VerdictWords) => w.date(String(p[key]));
/** French: 0 and 1 take the singular. */
const jours = (n: string | number | undefined) => (n === 0 || n === 1 ? `${n}\u00a0jour` : `${n}\u00a0jours`);
const ouvrables = (n: string | number | undefined) => (n === 0 || n === 1 ? `${n}\u00a0jour ouvrable` : `${n}\u00a0jours ouvrables`);

/** Le verdict, première ligne de chaque réponse, en français (espace insécable avant ; et :). */
export const verdictFr: VerdictCatalogue = {
  zoneIn: { schengen: 'dans l’espace Schengen', RU: 'en Russie', BY: 'en Biélorussie', TR: 'en Turquie' },
  sentences: {
    statusUnauthorisedNow: (p, w) => `Non conforme\u00a0: vous séjournez ${w.zone(String(p['zone']))} sans autorisation depuis le ${d(p, 'first', w)} (${w.limit(String(p['limit']))})\u202f; partez maintenant.`,
    statusUnauthorisedPast: (p, w) =>
      `Non conforme\u00a0: ${jours(p['days'])} sans autorisation ${w.zone(String(p['zone']))}, le premier le ${d(p, 'first', w)} (${w.limit(String(p['limit']))})` +
      (p['latestExit'] === '' ? '.' : `\u202f; le séjour en cours est autorisé jusqu’au ${d(p, 'latestExit', w)}.`),
    statusInside: (p, w) => `Conforme\u00a0: votre séjour ${w.zone(String(p['zone']))} est autorisé\u202f; partez au plus tard le ${d(p, 'latestExit', w)} (${jours(p['days'])}, aujourd’hui compris).`,
    statusOutside: (p, w) => `Conforme\u00a0: aucun jour sans autorisation\u202f; le ${d(p, 'on', w)}, il reste ${p['daysRemaining']} jours sur ${p['maxDays']}.`,
    statusNoRule: (p, w) => `Conforme\u00a0: aucun jour sans autorisation\u202f; le ${d(p, 'on', w)}, aucune règle de décompte n’est en vigueur ${w.zone(String(p['zone']))}.`,
    planTripComplies: (p, w) => `Conforme\u00a0: le voyage du ${d(p, 'entry', w)} au ${d(p, 'exit', w)} (${jours(p['days'])}) respecte chaque limite.`,
    planTripBreaks: (p, w) => `Non conforme\u00a0: le voyage du ${d(p, 'entry', w)} au ${d(p, 'exit', w)} dépasse ${w.limit(String(p['limit']))} à partir du ${d(p, 'first', w)}.`,
    planTripBreaksBooked: (p, w) =>
      `Non conforme\u00a0: à cause du voyage du ${d(p, 'entry', w)} au ${d(p, 'exit', w)}, le séjour réservé du ${d(p, 'bookedEntry', w)} au ${d(p, 'bookedExit', w)} dépasse ${w.limit(String(p['limit']))} à partir du ${d(p, 'first', w)}.`,
    planEntryAllowed: (p, w) => `Conforme\u00a0: l’entrée le ${d(p, 'entry', w)} est autorisée pour ${jours(p['days'])} au plus\u202f; partez au plus tard le ${d(p, 'latestExit', w)}.`,
    planEntryBreaksBooked: (p, w) =>
      `Non conforme\u00a0: l’entrée le ${d(p, 'entry', w)} est impossible\u00a0: un seul jour rendrait non autorisé le séjour réservé du ${d(p, 'bookedEntry', w)} au ${d(p, 'bookedExit', w)}.`,
    planEntryRefused: (p, w) => `Non conforme\u00a0: l’entrée le ${d(p, 'entry', w)} n’est pas autorisée (${w.limit(String(p['limit']))}).`,
    nextFound: (p, w) => `Conforme\u00a0: un voyage de ${jours(p['days'])} peut commencer au plus tôt le ${d(p, 'entry', w)} (dernier jour le ${d(p, 'exit', w)}).`,
    nextNone: (p, w) => `Non conforme\u00a0: à partir du ${d(p, 'from', w)}, aucun voyage de ${jours(p['days'])} n’est possible (${w.limit(String(p['limit']))}).`,
    annex3Issue: (p, w) => `Conforme\u00a0: se présenter à la commune au plus tard le ${d(p, 'deadline', w)}\u202f; le séjour autorisé prend fin le ${d(p, 'end', w)}.`,
    annex3Late: (p, w) =>
      `Non conforme\u00a0: la déclaration a ${ouvrables(p['workingDaysLate'])} de retard (délai\u00a0: ${d(p, 'deadline', w)})\u202f; le séjour autorisé prend fin le ${d(p, 'end', w)}.`,
    annex3Refuse: (p, w) => `Non conforme\u00a0: aucun séjour autorisé depuis l’entrée du ${d(p, 'entry', w)} (${w.limit(String(p['limit']))})\u00a0: ne pas délivrer la déclaration d’arrivée.`,
    applyNotYetOpen: (p, w) => `Conforme\u00a0: introduire la demande du ${d(p, 'earliest', w)} au ${d(p, 'latest', w)} pour un voyage le ${d(p, 'travel', w)}\u202f; elle ne peut pas encore être introduite.`,
    applyOpen: (p, w) => `Conforme\u00a0: la demande peut être introduite dès maintenant, jusqu’au ${d(p, 'latest', w)}, pour un voyage le ${d(p, 'travel', w)}.`,
    applyPastLastDay: (p, w) => `Non conforme\u00a0: le dernier jour pour introduire la demande d’un voyage le ${d(p, 'travel', w)} était le ${d(p, 'latest', w)}\u202f; seul un cas urgent peut encore être accepté.`,
    applyDecisionDue: (p, w) => `Conforme\u00a0: la décision doit être prise au plus tard le ${d(p, 'due', w)}, pour un voyage le ${d(p, 'travel', w)}.`,
    visaRead: (p, w) => `Conforme\u00a0: tous les chiffres de contrôle sont justes\u202f; le visa est valable jusqu’au ${d(p, 'validUntil', w)}.`,
    rulesListed: (p) => `Conforme\u00a0: ${p['presets']}\u00a0ensembles de règles de séjour.`,
    calendarClear: (p, w) => `Conforme\u00a0: aucun jour sans autorisation ${w.zone(String(p['zone']))} du ${d(p, 'from', w)} au ${d(p, 'to', w)}.`,
    calendarUnauthorised: (p, w) =>
      `Non conforme\u00a0: ${jours(p['days'])} sans autorisation ${w.zone(String(p['zone']))} du ${d(p, 'from', w)} au ${d(p, 'to', w)}, le premier le ${d(p, 'first', w)}.`,
    checkAllComply: (p, w) =>
      `Conforme\u00a0: chaque voyage ${w.zone(String(p['zone']))} respecte chaque limite (${p['trips'] === 1 ? '1\u00a0voyage' : `${p['trips']}\u00a0voyages`}, dont ${p['booked']} réservé${p['booked'] === 1 || p['booked'] === 0 ? '' : 's'} à l’avance).`,
    checkNoTrips: (p, w) => `Conforme\u00a0: aucun voyage ${w.zone(String(p['zone']))} n’est enregistré\u00a0: rien à vérifier.`,
    checkTripBreaks: (p, w) =>
      p['state'] === 'underWay'
        ? `Non conforme\u00a0: le voyage en cours ${w.zone(String(p['zone']))} (du ${d(p, 'entry', w)} au ${d(p, 'exit', w)}) dépasse ${w.limit(String(p['limit']))} à partir du ${d(p, 'first', w)}.`
        : `Non conforme\u00a0: le voyage réservé du ${d(p, 'entry', w)} au ${d(p, 'exit', w)} dépasse ${w.limit(String(p['limit']))} à partir du ${d(p, 'first', w)}\u202f; raccourcissez-le ou déplacez-le.`,
    checkPastBreaks: (p, w) =>
      `Non conforme\u00a0: ${jours(p['days'])} sans autorisation ${w.zone(String(p['zone']))} lors de voyages passés, le premier le ${d(p, 'first', w)} (${w.limit(String(p['limit']))})\u202f; chaque voyage à venir est conforme.`,
  },
};
