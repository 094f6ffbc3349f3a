import { describe, expect, it } from 'vitest';
import { twin, twinOptional } from '../src/i18n/twin.ts';

describe('English twins of text columns', () => {
  it('twin: the English page shows the English text when the data has it', () => {
    expect(twin('中药', 'Traditional Chinese medicine', 'en')).toEqual({
      text: 'Traditional Chinese medicine',
    });
    expect(twin('中药', 'Traditional Chinese medicine', 'zh')).toEqual({ text: '中药' });
  });

  it('twin: without an English text the Chinese shows, marked as Chinese', () => {
    expect(twin('中药', null, 'en')).toEqual({ text: '中药', lang: 'zh-CN' });
    expect(twin('中药', '', 'en')).toEqual({ text: '中药', lang: 'zh-CN' });
  });

  it('twin: an optional pair with no Chinese is nothing, in either language', () => {
    expect(twinOptional(null, 'Binhai', 'en')).toBeNull();
    expect(twinOptional('保税区', null, 'zh')).toEqual({ text: '保税区' });
  });
});
