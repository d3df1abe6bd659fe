/**
 * The secret check lives with the machine that guards with it (src/flow/looks-secret.ts: flow is
 * the core every layer may import); the record's restore and the screens read it from here too.
 */
export {
  looksSecret,
  passesLuhn,
  SECRET_LABELS,
  type SecretKind,
  type SecretLabels,
} from '../flow/looks-secret';
