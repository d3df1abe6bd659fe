import { describe, expect, it } from 'vitest';
import { languageRuns } from '../../src/ui/mixed-language-text';

const marked = (text: string, page: string) =>
  languageRuns(text, page)
    .filter((run) => run.lang)
    .map((run) => `${run.lang}:${run.text}`);

describe('words of another language get their own lang', () => {
  it('marks Japanese inside English, Korean, Vietnamese, Portuguese and Spanish', () => {
    expect(marked('Report it to マイナポータル today', 'en')).toEqual(['ja:マイナポータル']);
    expect(marked('마이나포털(マイナポータル)에 신고', 'ko')).toEqual(['ja:マイナポータル']);
    expect(marked('Gọi 住民票 ngay', 'vi')).toEqual(['ja:住民票']);
  });

  it('marks English inside Japanese and やさしい日本語 (i18next code ja-x-easy)', () => {
    expect(marked('Google Play のカード', 'ja')).toEqual(['en:Google Play']);
    expect(marked('Google Play のカード', 'ja-x-easy')).toEqual(['en:Google Play']);
  });

  it('leaves Chinese characters alone in Chinese, and marks only the kana as Japanese', () => {
    expect(marked('请致电个人编号卡专线', 'zh-Hans')).toEqual([]);
    expect(marked('打开マイナポータル应用', 'zh-Hans')).toEqual(['ja:マイナポータル']);
    expect(marked('看到「マイナポイント事務局」的邮件', 'zh-Hans')).toEqual(['ja:マイナポイント']);
  });
});
