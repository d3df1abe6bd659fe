import { useTranslation } from 'react-i18next';

/**
 * Text for keys that come from data (a flow's question and step ids, a hotline id).
 * Their keys cannot be typed statically; the flow checker proves each one exists in every locale.
 */
export function useDataText(ns: string): (key: string, values?: Record<string, string>) => string {
  // The namespace is only known at run time; the cast below is the one place keys go untyped.
  const { t } = useTranslation(ns as 'catalog');
  return (key, values) => (t as unknown as (k: string, v?: object) => string)(key, values);
}
