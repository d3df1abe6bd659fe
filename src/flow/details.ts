/**
 * What a card company, bank or the police ask on the phone, kept with the record so the person
 * can read it out: about the call, never a secret (no card number, PIN or password; the record's
 * save and restore refuse text that looks like one).
 */
export const DETAIL_FIELDS = ['company', 'noticedAt', 'amount', 'payment'] as const;
export type DetailField = (typeof DETAIL_FIELDS)[number];

/** Field → value: free text for company and amount, an ISO time for noticedAt, a kind for payment. */
export type CallDetails = Partial<Record<DetailField, string>>;

/** The short choice for "how was it paid": ids, with their words in the locale files. */
export const PAYMENT_KINDS = ['card', 'bank', 'carrier', 'e-money', 'code', 'other'] as const;

/** Fields the person types freely: the only ones the secret check has anything to look at. */
export const FREE_TEXT_FIELDS: readonly DetailField[] = ['company', 'amount'];

/** Long enough for a bank's full name or an amount in words; short keeps it a label, not a story. */
export const MAX_DETAIL_LENGTH = 60;

export function isDetailField(field: unknown): field is DetailField {
  return typeof field === 'string' && (DETAIL_FIELDS as readonly string[]).includes(field);
}
