import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainText, readingRuns, withoutReadings } from '../../src/i18n/readings';

describe('readings written in brackets after kanji (やさしい日本語)', () => {
  it('cuts a text into plain parts and kanji words with their readings', () => {
    expect(readingRuns('止(と)める')).toEqual([{ base: '止', reading: 'と' }, { text: 'める' }]);
    expect(readingRuns('入れた情報(じょうほう)を送(おく)りましたか?')).toEqual([
      { text: '入れた' },
      { base: '情報', reading: 'じょうほう' },
      { text: 'を' },
      { base: '送', reading: 'おく' },
      { text: 'りましたか?' },
    ]);
  });

  it('reads full-width brackets too, and katakana readings', () => {
    expect(readingRuns('止（と）める')).toEqual([{ base: '止', reading: 'と' }, { text: 'める' }]);
    expect(readingRuns('頁(ページ)')).toEqual([{ base: '頁', reading: 'ページ' }]);
  });

  it('leaves brackets alone that are no reading', () => {
    for (const text of [
      'クレジットカード(クレジットカードではありません)', // after katakana, not kanji
      '報告(マイナポータル・マイナポイントをかたるメール)', // "・" is not kana
      '消費者ホットライン(いやや!)',
      '時間 (わかれば)', // not straight after the kanji
      'マイナンバー(12けたの番号)',
      '止()める',
    ]) {
      expect(readingRuns(text)).toEqual([{ text }]);
    }
    // Brackets holding kanji are text; the readings inside them are still readings.
    expect(readingRuns('った(ボタンを押(お)した)')).toEqual([
      { text: 'った(ボタンを' },
      { base: '押', reading: 'お' },
      { text: 'した)' },
    ]);
  });

  it('drops the readings and keeps the kanji, for text that leaves the screen', () => {
    expect(withoutReadings('止(と)める')).toBe('止める');
    expect(withoutReadings('送(おく)った(ボタンを押(お)した)')).toBe('送った(ボタンを押した)');
    expect(withoutReadings('マイナンバー(12けたの番号(ばんごう))')).toBe(
      'マイナンバー(12けたの番号)',
    );
    expect(withoutReadings('Copied ✓')).toBe('Copied ✓');
  });

  it('only in やさしい日本語: in Japanese a bracket after kanji is an aside', () => {
    expect(plainText('日時(わかれば)', 'ja')).toBe('日時(わかれば)');
    expect(plainText('止(と)める', 'ja-x-easy')).toBe('止める');
    expect(plainText('止(と)める', 'ja-easy')).toBe('止める');
    expect(plainText('止(と)める', 'en')).toBe('止(と)める');
  });

  it('reads the やさしい日本語 locale: hundreds of readings, none shorter than its kanji', () => {
    const dir = join(import.meta.dirname, '../../src/i18n/locales/ja-easy');
    // Its files, and each lure's (lures/<id>.json).
    const files = ['.', 'lures'].flatMap((sub) =>
      readdirSync(join(dir, sub))
        .filter((name) => name.endsWith('.json'))
        .map((name) => join(dir, sub, name)),
    );
    const texts = files.flatMap((file) => JSON.stringify(JSON.parse(readFileSync(file, 'utf8'))));
    const readings = texts.flatMap((text) =>
      readingRuns(text).flatMap((run) => ('base' in run ? [run] : [])),
    );
    // Hundreds of readings, each at least one kana per kanji (a reading is never shorter).
    expect(readings.length).toBeGreaterThan(300);
    expect(readings.filter((r) => [...r.reading].length < [...r.base].length)).toEqual([]);
  });
});
