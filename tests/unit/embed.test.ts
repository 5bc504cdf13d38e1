import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startChildResizer } from '../../src/embed/childResizer';
import { embedCode, iframeCode, jsString, resizerCode, safeId, SIZE_PRESETS } from '../../src/embed/embedCode';
import { plannedHeight } from '../../src/embed/size';
import { heightMessage, parseChildId, pymHeightMessage, readHeightMessage } from '../../src/embed/messages';

const medium = SIZE_PRESETS.find((p) => p.id === 'medium')!;
const responsive = SIZE_PRESETS.find((p) => p.id === 'responsive')!;

describe('Pym.js height message', () => {
  // The parent's regex, built exactly as pym.v1.js's _makeMessageRegex does.
  const pymSource = readFileSync(join(process.cwd(), 'node_modules/pym.js/dist/pym.v1.js'), 'utf8');
  const delimiter = /MESSAGE_DELIMITER = '([^']+)'/.exec(pymSource)![1]!;
  const pymRegex = (id: string) => new RegExp('^' + ['pym', id, '(\\S+)', '(.*)'].join(delimiter) + '$');

  it('is what Pym.Parent parses as a height for its child id', () => {
    const msg = pymHeightMessage('example', 512.2);
    expect(msg).toBe('pymxPYMxexamplexPYMxheightxPYMx513');
    const m = msg.match(pymRegex('example'));
    expect(m?.slice(1)).toEqual(['height', '513']);
    expect(msg.match(pymRegex('other'))).toBeNull();
  });

  it('takes childId from the query string, only if it is a plain id', () => {
    expect(parseChildId('?embed=1&initialWidth=640&childId=atlas-1')).toBe('atlas-1');
    expect(parseChildId('?embed=1')).toBeNull();
    expect(parseChildId('?childId=a.b*')).toBeNull();
    expect(parseChildId('?childId=%3Cscript%3E')).toBeNull();
    expect(parseChildId(`?childId=${'a'.repeat(65)}`)).toBeNull();
  });
});

describe('Datawrapper-style height message', () => {
  it('carries only the height under our key', () => {
    expect(heightMessage('atlas', 640.4)).toEqual({ 'beleidsatlas-height': { atlas: 641 } });
    expect(readHeightMessage({ 'beleidsatlas-height': { atlas: 641 } })).toEqual({ id: 'atlas', height: 641 });
    expect(readHeightMessage(JSON.stringify(heightMessage('x', 10)))).toEqual({ id: 'x', height: 10 });
  });
  it.each([null, 'nope', '{', 42, {}, { 'datawrapper-height': { a: 1 } }, { 'beleidsatlas-height': { a: '1' } }, { 'beleidsatlas-height': { a: -1 } }, { 'beleidsatlas-height': {} }])(
    'ignores %j',
    (data) => expect(readHeightMessage(data)).toBeNull(),
  );
});

describe('child resizer', () => {
  function setup(search: string) {
    const posted: unknown[] = [];
    let height = 500;
    let callback: () => void = () => {};
    class FakeRO {
      constructor(cb: () => void) {
        callback = cb;
      }
      observe() {}
      disconnect() {
        callback = () => {};
      }
    }
    const stop = startChildResizer({
      search,
      target: { postMessage: (m: unknown) => posted.push(m) },
      body: { getBoundingClientRect: () => ({ height }) } as HTMLElement,
      ResizeObserver: FakeRO as unknown as typeof ResizeObserver,
    });
    return { posted, setHeight: (h: number) => ((height = h), callback()), stop };
  }

  it('posts both conventions with a Pym childId, and only when the height changes', () => {
    const { posted, setHeight, stop } = setup('?embed=1&childId=atlas');
    expect(posted).toEqual(['pymxPYMxatlasxPYMxheightxPYMx500', { 'beleidsatlas-height': { atlas: 500 } }]);
    setHeight(499.6);
    expect(posted).toHaveLength(2);
    setHeight(900);
    expect(posted.slice(2)).toEqual(['pymxPYMxatlasxPYMxheightxPYMx900', { 'beleidsatlas-height': { atlas: 900 } }]);
    stop();
    setHeight(100);
    expect(posted).toHaveLength(4);
  });

  it('without childId, only our own message, under a default id', () => {
    const { posted } = setup('?embed=1');
    expect(posted).toEqual([{ 'beleidsatlas-height': { beleidsatlas: 500 } }]);
  });

  it('does nothing outside a frame', () => {
    expect(() => startChildResizer({ search: '', target: null, body: {} as HTMLElement })()).not.toThrow();
  });
});

describe('planned size', () => {
  it('the builder states, for each size, the height the embed keeps to at that width', () => {
    expect(SIZE_PRESETS.map((p) => [p.id, p.width, p.height])).toEqual([
      ['small', 400, 500],
      ['medium', 640, 560],
      ['large', 960, 600],
      ['responsive', null, 600],
    ]);
    for (const p of SIZE_PRESETS) if (p.width) expect(plannedHeight(p.width)).toBe(p.height);
  });

  it('a full-column iframe at its stated height holds the embed in any column', () => {
    const responsive = SIZE_PRESETS.find((p) => p.id === 'responsive')!;
    for (const width of [280, 320, 390, 640, 800, 1200, 2400]) expect(plannedHeight(width)).toBeLessThanOrEqual(responsive.height);
  });

  it('stays within the host budget (1.5 × width + 120 px, or 820 px) from 300 px up, in whole pixels', () => {
    for (let width = 300; width <= 2000; width += 10) {
      const h = plannedHeight(width);
      expect(Number.isInteger(h)).toBe(true);
      expect(h <= 1.5 * width + 120 || h <= 820).toBe(true);
    }
  });

  it('grows with the width, never shrinks', () => {
    for (let width = 200; width < 1200; width += 10) expect(plannedHeight(width + 10)).toBeGreaterThanOrEqual(plannedHeight(width));
  });
});

describe('embed code', () => {
  const input = { src: 'https://x.nl/atlas/?country=UA&embed=1', title: 'Beleidsatlas: Oekraïne', size: medium, id: 'beleidsatlas-ua', resizer: false };

  it('is a lazy, titled, full-width iframe with the preset size', () => {
    expect(iframeCode(input)).toBe(
      '<iframe id="beleidsatlas-ua" src="https://x.nl/atlas/?country=UA&amp;embed=1" title="Beleidsatlas: Oekraïne" ' +
        'width="100%" height="560" style="width:100%;max-width:640px;height:560px;border:0" loading="lazy"></iframe>',
    );
    expect(iframeCode({ ...input, size: responsive })).toContain('style="width:100%;height:600px;border:0"');
  });

  it('escapes everything interpolated', () => {
    const code = iframeCode({ ...input, src: 'https://x.nl/?a="><script>alert(1)</script>', title: 'A "quote" & <b>bold</b>', id: '"><img src=x onerror=alert(1)>' });
    expect(code).not.toMatch(/<script|<img|<b>/);
    expect(code).toContain('title="A &quot;quote&quot; &amp; &lt;b&gt;bold&lt;/b&gt;"');
    expect(code).toContain('src="https://x.nl/?a=&quot;&gt;&lt;script&gt;');
    expect(code).toMatch(/^<iframe id="img-src-x-onerror-alert-1"/);
  });

  it('the resizer only listens to its own iframe and cannot be broken out of', () => {
    const code = resizerCode('</script><script>alert(1)</script>');
    expect(code).toContain('event.source !== iframe.contentWindow');
    expect(code.match(/<\/script>/g)).toHaveLength(1);
    expect(jsString('</script>')).toBe('"\\u003c/script\\u003e"');
    expect(jsString('a\u2028b')).toBe('"a\\u2028b"');
  });

  it('the resizer actually resizes its iframe from our message, and ignores other frames', () => {
    const listeners: ((e: { source: unknown; data: unknown }) => void)[] = [];
    const iframe = { contentWindow: {}, style: { height: '' } };
    const fakeDocument = { getElementById: (id: string) => (id === 'beleidsatlas-ua' ? iframe : null) };
    const fakeWindow = { addEventListener: (_t: string, fn: (typeof listeners)[number]) => listeners.push(fn) };
    const body = resizerCode('beleidsatlas-ua').replace(/^<script>\n|\n<\/script>$/g, '');
    // Running the generated snippet as the host page would, with a fake DOM.
    new Function('document', 'window', body)(fakeDocument, fakeWindow);
    listeners[0]!({ source: {}, data: heightMessage('x', 999) });
    expect(iframe.style.height).toBe('');
    listeners[0]!({ source: iframe.contentWindow, data: heightMessage('x', 777.2) });
    expect(iframe.style.height).toBe('778px');
    listeners[0]!({ source: iframe.contentWindow, data: { 'beleidsatlas-height': { x: 1e9 } } });
    expect(iframe.style.height).toBe('778px');
    listeners[0]!({ source: iframe.contentWindow, data: 'pymxPYMxxxPYMxheightxPYMx5' });
    expect(iframe.style.height).toBe('778px');
  });

  it('embedCode appends the resizer on request', () => {
    expect(embedCode(input)).not.toContain('<script>');
    expect(embedCode({ ...input, resizer: true })).toMatch(/<\/iframe>\n<script>[\s\S]+<\/script>$/);
  });

  it('safeId keeps ids HTML- and JS-safe', () => {
    expect(safeId('beleidsatlas-UA')).toBe('beleidsatlas-ua');
    expect(safeId('12')).toBe('a-12');
    expect(safeId('<>')).toBe('beleidsatlas');
  });
});
