import type { Lang, Passage, Section, Theme, ThemeReason } from './types';

/** One row of data/theme-rules.csv. */
export interface ThemeRule {
  theme: string;
  via: 'section' | 'keyword';
  lang: Lang;
  /** Case-insensitive; whole words unless it ends in "*" (a prefix: "sanctie*"). */
  pattern: string;
}

interface CompiledRule extends ThemeRule {
  re: RegExp;
}

export function compileRules(rules: ThemeRule[], themes: Theme[]): CompiledRule[] {
  const known = new Set(themes.map((t) => t.id));
  return rules.map((r) => {
    if (!known.has(r.theme)) throw new Error(`theme rule "${r.pattern}" names unknown theme "${r.theme}"`);
    const prefix = r.pattern.endsWith('*');
    const body = escape(prefix ? r.pattern.slice(0, -1) : r.pattern).replace(/\s+/g, '\\s+');
    // Lookarounds instead of \b: \b does not know that "ë" is a letter.
    return { ...r, re: new RegExp(`(?<![\\p{L}\\p{N}])${body}${prefix ? '[\\p{L}\\p{N}-]*' : '(?![\\p{L}\\p{N}])'}`, 'iu') };
  });
}

/**
 * Themes for one passage, each with the reasons a reader can check: the heading it sits under
 * or the word in its text. Order follows the theme list so output is stable.
 */
export function assignThemes(
  passage: Pick<Passage, 'text' | 'sectionPath'>,
  sections: Map<string, Section>,
  rules: CompiledRule[],
  themes: Theme[],
  lang: Lang,
): { themes: string[]; themeReasons: ThemeReason[] } {
  const reasons: ThemeReason[] = [];
  const seen = new Set<string>();
  const push = (r: ThemeReason) => {
    const key = `${r.theme}|${r.via}|${r.match.toLowerCase()}`;
    if (!seen.has(key)) {
      seen.add(key);
      reasons.push(r);
    }
  };
  for (const rule of rules) {
    if (rule.lang !== lang) continue;
    if (rule.via === 'section') {
      for (const id of passage.sectionPath) {
        const title = sections.get(id)?.title;
        if (title && rule.re.test(title)) push({ theme: rule.theme, via: 'section', match: title });
      }
    } else {
      const m = rule.re.exec(passage.text);
      if (m) push({ theme: rule.theme, via: 'keyword', match: m[0] });
    }
  }
  const order = new Map(themes.map((t, i) => [t.id, i]));
  reasons.sort((a, b) => order.get(a.theme)! - order.get(b.theme)! || (a.via === b.via ? 0 : a.via === 'section' ? -1 : 1));
  return { themes: [...new Set(reasons.map((r) => r.theme))], themeReasons: reasons };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
