import 'i18next';
import type common from './locales/ja/common.json';
import type catalog from './locales/ja/catalog.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      catalog: typeof catalog;
      record: typeof import('./locales/ja/record.json');
      language: typeof import('./locales/ja/language.json');
    };
  }
}
