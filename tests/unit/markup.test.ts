import { describe, expect, it } from 'vitest';
import { cleanMarkup, superscriptNumber } from '../../src/pipeline/markup';

describe('cleanMarkup', () => {
  it('turns the emphasised pillar heading into clean text with nested spans', () => {
    const r = cleanMarkup('*Onze **welvaart** versterken - wereldwijd*');
    expect(r.text).toBe('Onze welvaart versterken - wereldwijd');
    const strong = r.spans.find((s) => s.kind === 'strong')!;
    expect(r.text.slice(strong.start, strong.end)).toBe('welvaart');
    const em = r.spans.find((s) => s.kind === 'emphasis')!;
    expect(r.text.slice(em.start, em.end)).toBe(r.text);
  });

  it('writes the ordinal 18^e as 18e with a superscript span', () => {
    const r = cleanMarkup('We zijn de 18^e economie van de wereld.');
    expect(r.text).toBe('We zijn de 18e economie van de wereld.');
    expect(r.spans).toEqual([{ start: 13, end: 14, kind: 'superscript' }]);
  });

  it('takes footnote markers out of the running text and remembers where they stood', () => {
    const r = cleanMarkup('Wij zetten hierbij actief in op de *EU Global Gateway* strategie³. De zogenaamde *Dutch Diamond* jaagt dit aan');
    expect(r.text).toBe('Wij zetten hierbij actief in op de EU Global Gateway strategie. De zogenaamde Dutch Diamond jaagt dit aan');
    expect(r.footnoteRefs).toEqual([3]);
    const ref = r.spans.find((s) => s.kind === 'footnote-ref')!;
    expect(r.text.slice(0, ref.start).endsWith('strategie')).toBe(true);
    expect(r.spans.filter((s) => s.kind === 'emphasis').map((s) => r.text.slice(s.start, s.end))).toEqual(['EU Global Gateway', 'Dutch Diamond']);
  });

  it('keeps a lone asterisk as text instead of swallowing the paragraph', () => {
    const r = cleanMarkup('jongeren, lhbtq+ * personen en persvrijheid');
    expect(r.text).toBe('jongeren, lhbtq+ * personen en persvrijheid');
    expect(r.spans).toEqual([]);
  });

  it('does not mistake a superscript digit after a space for a footnote marker', () => {
    expect(cleanMarkup('² Kamerstuk 29826').footnoteRefs).toEqual([]);
  });
});

describe('superscriptNumber', () => {
  it('reads multi-digit markers', () => {
    expect(superscriptNumber('¹²')).toBe(12);
    expect(superscriptNumber('³')).toBe(3);
    expect(superscriptNumber('3')).toBeNull();
  });
});
