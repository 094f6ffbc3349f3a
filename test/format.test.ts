// format.ts: a unit that is a percentage vs the bare % sign a figure carries attached.
import { describe, expect, it } from 'vitest';
import { displayUnit, isPercentSign, isPercentUnit, withUnit } from '../src/lib/format.ts';

describe('percent units', () => {
  it('attaches only the bare % sign to the figure; any other unit is printed as written', () => {
    expect(withUnit(99.5, '%')).toBe('99.5%');
    expect(withUnit(3800, '批次/年')).toBe('3800 批次/年');
    expect(withUnit(7, '')).toBe('7');
    // A unit that merely contains % (hostile or unusual text) is text, not a percent sign.
    expect(withUnit(49, '{{7*7}} <%= 7*7 %>')).toBe('49 {{7*7}} <%= 7*7 %>');
  });

  it('shows % on English pages too when the Chinese unit is %, else the unit of the page', () => {
    expect(displayUnit('%', 'percent')).toBe('%');
    expect(displayUnit('万人%', 'ten thousand %')).toBe('ten thousand %');
    expect(displayUnit(null, 'items')).toBe('items');
  });

  it('still classes every unit with % as a percentage (the loader and the engine)', () => {
    expect(isPercentUnit('%')).toBe(true);
    expect(isPercentUnit('万人%')).toBe(true);
    expect(isPercentUnit('批次')).toBe(false);
    expect(isPercentSign('万人%')).toBe(false);
    expect(isPercentSign('%')).toBe(true);
  });
});
