export type WarningCode = 'openStay' | 'daysNotCountedInState' | 'ambiguousDuration' | 'mrzUnmatched' | 'saturdayBefore2023' | 'emptyInput' | 'ruleNotInForce' | 'bookedStayUnauthorised';

/**
 * Something the reader must know about an answer that is still given: an assumption made, an
 * ambiguity resolved. Data only; each renderer words it in its language from `code` and `params`.
 */
export interface Warning {
  readonly code: WarningCode;
  readonly params: Readonly<Record<string, string | number>>;
}
