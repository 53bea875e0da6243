import { LEGAL_SOURCES } from '../../core/explanation.js';
import { PRESETS, type PresetName } from '../../core/regimes.js';

export type LegalSourceKey = keyof typeof LEGAL_SOURCES;

/**
 * The legal sources a reader sees (`--explain`, `schengen rules`), in their language. English is the
 * core's own citation (the JSON's `source`), written once there; nl, fr and de translate each.
 */
export interface LegalSources {
  /** The source of each limit, and of the declaration's deadline. */
  readonly limits: Readonly<Record<LegalSourceKey, string>>;
  /** The source of each preset of stay rules. */
  readonly presets: Readonly<Record<PresetName, string>>;
}

export const legalEn: LegalSources = {
  limits: LEGAL_SOURCES,
  presets: Object.fromEntries(Object.values(PRESETS).map((preset) => [preset.name, preset.source])) as Record<PresetName, string>,
};
