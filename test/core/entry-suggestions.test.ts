// The suggestion list of a register form's field: earlier values that contain what is typed
// (with or without marks), most used first, one per name whatever its capitals.
import { describe, expect, it } from 'vitest';
import { suggestionsFor } from '../../renderer/src/features/registers/entry-inputs';

describe('suggestionsFor', () => {
  it('finds a name typed without marks, most used first', () => {
    const values = ['Sở Nội vụ tỉnh Hưng Yên', 'Sở Tư pháp tỉnh Hưng Yên', 'Sở Tư pháp tỉnh Hưng Yên', 'Công an tỉnh Hưng Yên'];
    expect(suggestionsFor(values, 'so').map((s) => s.value)).toEqual(['Sở Tư pháp tỉnh Hưng Yên', 'Sở Nội vụ tỉnh Hưng Yên']);
    expect(suggestionsFor(values, 'cong an').map((s) => s.value)).toEqual(['Công an tỉnh Hưng Yên']);
  });
  it('offers a name once when it was also written in other capitals, as first written', () => {
    const values = ['Sở Tư pháp tỉnh Mẫu', 'sở tư pháp tỉnh mẫu', 'Công văn', 'công văn', 'CÔNG VĂN'];
    expect(suggestionsFor(values, 'tu phap').map((s) => s.value)).toEqual(['Sở Tư pháp tỉnh Mẫu']);
    expect(suggestionsFor(values, 'cong').map((s) => s.value)).toEqual(['Công văn']);
  });
});
