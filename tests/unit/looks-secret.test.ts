import { describe, expect, it } from 'vitest';
import { looksSecret, passesLuhn } from '../../src/flow/looks-secret';

describe('the Luhn check', () => {
  it.each(['4111111111111111', '378282246310005', '5555555555554444', '79927398713'])(
    'accepts %s',
    (digits) => expect(passesLuhn(digits)).toBe(true),
  );
  it.each(['4111111111111112', '1234567890123', ''])('rejects "%s"', (digits) =>
    expect(passesLuhn(digits)).toBe(false),
  );
});

describe('a note that looks like a secret', () => {
  it.each([
    ['4111111111111111', 'straight (Visa test number)'],
    ['4111 1111 1111 1111', 'in groups of four with spaces'],
    ['4111-1111-1111-1111', 'with hyphens'],
    ['３７８２ ８２２４６３ １０００５', 'in full-width digits, Amex grouping'],
    ['5555－5555－5555－4444', 'with full-width hyphens'],
    ['5555ー5555ー5555ー4444', 'with ー typed for hyphens'],
    ['カード 4111 1111 1111 1111 12/28', 'with the expiry date after it'],
    ['6011000990139424', 'a 16-digit Discover test number'],
    ['3530111333300000', 'a JCB test number'],
    ['4222222222222', 'a 13-digit number'],
    ['6304000000000000018', 'a 19-digit number'],
  ])('refuses a Luhn-valid card number: %s (%s)', (note) => {
    expect(looksSecret(note)).toBe('card');
  });

  it.each([
    '123456789012',
    '1234 5678 9012',
    '1234-5678-9018',
    'マイナンバー 987654321098',
    '個人番号は１２３４ ５６７８ ９０１２です',
  ])('refuses a 12-digit My Number: %s', (note) => {
    expect(looksSecret(note)).toBe('my-number');
  });

  it.each([
    'パスワード: abc123',
    'パスワードはHunter2',
    '暗証番号1234',
    '暗証番号は 0000',
    'PIN 1234',
    'pin: 9876',
    'password: hunter',
    'Password is s3cret!',
    'password hunter2',
    'セキュリティコード 123',
    'CVV 123',
    'ワンタイムパスワード 482913',
    'ログイン パスワード「qwerty」',
  ])('refuses a password or PIN written down: %s', (note) => {
    expect(looksSecret(note)).toBe('password');
  });
});

describe('a note that may be saved', () => {
  it.each([
    ['0120-95-0178', 'a free-dial number'],
    ['090-1234-5678', 'a mobile number'],
    ['03-1234-5678 内線 1234', 'a number with an extension'],
    ['+81 90-1234-5678', 'an international number'],
    ['0120-95-0178 と 03-1234-5678 に電話', 'two phone numbers next to each other'],
    ['受付番号 A-2026-118734', 'a reference number'],
    ['受付番号 20261129-0042', 'a dated reference number of 12 digits'],
    ['受付番号 123456789', 'a 9-digit reference number'],
    ['4111111111111112', 'a 16-digit number that fails Luhn'],
    ['12345678901', 'an 11-digit number'],
    ['1234567890123', 'a 13-digit number that fails Luhn'],
    ['山田さんと話した。カードは止めてもらった', 'words only'],
    ['パスワードを変更した', 'a password changed'],
    ['パスワードは変更済み', 'a password, already changed'],
    ['password changed', 'the same in English'],
    ['暗証番号を変えた(窓口で)', 'a PIN changed'],
    ['spin 1234', 'a label inside another word'],
    ['パスポート番号は聞かれなかった', 'パス inside パスポート'],
    ['新宿警察署 生活安全課 11/29 14:00', 'a police station and a time'],
    ['', 'an empty note'],
  ])('accepts %s (%s)', (note) => {
    expect(looksSecret(note)).toBeUndefined();
  });
});
