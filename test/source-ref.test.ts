import { describe, expect, it } from 'vitest';
import { sourceRefEn, sourceText } from '../src/i18n/source-ref.ts';

describe('source references in English', () => {
  it.each([
    ['专栏1 第1项', 'Box 1, item 1'],
    ['专栏10 第3条', 'Box 10, item 3'],
    ['专栏2 第3段', 'Box 2, paragraph 3'],
    ['三（二）5 正文', 'Part III, section (2), point 5, main text'],
    ['三（二）5 正文；专栏7 第2条', 'Part III, section (2), point 5, main text; Box 7, item 2'],
  ])('source-ref: %s reads %s', (zh, en) => {
    expect(sourceRefEn(zh)).toBe(en);
  });

  it('source-ref: a reference in another form is left alone (null), not half translated', () => {
    expect(sourceRefEn('附件2 第1项')).toBeNull();
    expect(sourceText({ status: 'issued' }, '附件2 第1项', 'en')).toBe('The plan, 附件2 第1项');
  });

  it('source-ref: the draft plan is named as such in both languages', () => {
    expect(sourceText({ status: 'draft' }, '专栏1 第1项', 'zh')).toBe(
      '规划（征求意见稿）专栏1 第1项',
    );
    expect(sourceText({ status: 'draft' }, '专栏1 第1项', 'en')).toBe(
      'The plan (draft), Box 1, item 1',
    );
  });
});
