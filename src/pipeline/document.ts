/**
 * Rules that need the whole document, applied after every unit (heading or passage) has been
 * matched on its own:
 *
 * - **Defined abbreviations.** "… Centraal-Afrikaanse Republiek (CAR) …" or "(hierna: CAR)" /
 *   "(hereinafter "the DRC")" makes the short form mean that place in the rest of THIS document.
 *   The short form in the brackets is the same reference restated, not a second mention.
 * - **Ambiguous short names.** A bare "Congo" or "Korea" means the candidate the document
 *   names otherwise (Kinshasa, Goma, Noord-Korea …); with no such evidence the curated default
 *   (data/ambiguous.csv), if any; with evidence for several, nothing.
 *
 * Pure: units in document order in, new mention lists out.
 */
import type { FoundMention } from './mentions';
import type { Lang, Mention } from './types';

export interface Unit {
  text: string;
  mentions: FoundMention[];
}

interface Definition {
  /** The short form as the text defines it ("CAR"). */
  short: string;
  /** The mention it stands for. */
  target: Pick<Mention, 'iso2' | 'region' | 'home' | 'surface'>;
  /** Unit index; the brackets span [at, from) in it and the short form applies from `from` on. */
  unit: number;
  at: number;
  from: number;
}

const QUOTES = `"'“”‘’„«»`;
const EXPLICIT: Record<Lang, string> = {
  nl: '(?:hierna(?:\\s+te\\s+noemen)?|hierna\\s+genoemd|verder)\\s*:?\\s*',
  en: '(?:hereinafter|hereafter|henceforth)(?:\\s+(?:referred\\s+to\\s+as|called))?\\s*:?\\s*',
};
const ARTICLE: Record<Lang, string> = { nl: '(?:de|het)\\s+', en: '(?:the)\\s+' };
/** Connector words a long form may contain without being initialled ("Republic of the Congo"). */
const CONNECTORS = new Set(['van', 'de', 'het', 'der', 'en', 'of', 'the', 'and', 'for', 'voor']);

/**
 * Whether `short` abbreviates `long`, after Schwartz & Hearst (2003): every letter of the
 * short form appears, in order and right to left, in the long form, the first one at the start
 * of a word, and each capital of the short form starts a word of the long form.
 */
function abbreviates(short: string, long: string): boolean {
  const s = short.replace(/[.\s]/g, '');
  if (s.length < 2 || !/^\p{Lu}/u.test(s)) return false;
  const words = long.split(/[\s-]+/).filter(Boolean);
  const capitals = [...s].filter((c) => /\p{Lu}/u.test(c)).map((c) => c.toLowerCase());
  // Capitals are word initials, in order; only connector words may be passed over
  // ("DRC" = Democratic Republic of the Congo, "ROK" = Republic of Korea, "BiH").
  let w = 0;
  for (const c of capitals) {
    while (w < words.length && words[w]![0]!.toLowerCase() !== c) {
      if (!CONNECTORS.has(words[w]!.toLowerCase())) return false;
      w++;
    }
    if (w === words.length) return false;
    w++;
  }
  return words.slice(w).every((x) => CONNECTORS.has(x.toLowerCase()) || /^\p{Ll}/u.test(x)) || s.length >= words.length;
}

/** Words of a state's formal name that may stand before the name proper: "Democratic Republic of Congo (DRC)". */
const STATE_WORDS = /^(?:democratic|democratische|republic|republiek|federal|federale|federation|federatie|people's|islamic|islamitische|kingdom|koninkrijk|state|staat|united|verenigde|occupied|bezette|arab|arabische|socialist|socialistische|of|the|van|de|het|der)$/i;
/** A preposition right before the name: the bracket then names the thing before it ("Rapporteur voor Myanmar"). */
const OWNED = /(?:^|[^\p{L}])(?:van|voor|inzake|over|of|for|on)\s+(?:(?:de|het|the)\s+)?$/iu;

/** "(CAR)", "(hierna: CAR)", "(hereinafter "the DRC")" right after a mention: the definitions in one unit. */
function findDefinitions(unit: Unit, index: number, lang: Lang): Definition[] {
  const out: Definition[] = [];
  for (const m of unit.mentions) {
    if (!m.iso2 && !m.region && !m.candidates) continue;
    const after = unit.text.slice(m.end, m.end + 80);
    const re = new RegExp(`^\\s*\\(\\s*(${EXPLICIT[lang]})?[${QUOTES}]?(?:${ARTICLE[lang]})?([\\p{L}][\\p{L}\\p{N}.&' -]{0,38}?)[${QUOTES}]?\\s*\\)`, 'iu');
    const d = re.exec(after);
    if (!d) continue;
    const explicit = d[1] !== undefined;
    const short = d[2]!.trim();
    // An acronym must spell the name; an explicit "hierna:" may name anything short.
    const acronym = /^\p{Lu}[\p{L}.&]{1,9}$/u.test(short) && [...short].filter((c) => /\p{Lu}/u.test(c)).length >= 2;
    // The long form: the name, possibly after words of a formal state name.
    const before = unit.text.slice(Math.max(0, m.start - 60), m.start).split(/(?<=\s)/);
    let long = m.surface;
    let lead = '';
    const spells = () => acronym && abbreviates(short, long);
    while (!spells() && before.length && STATE_WORDS.test(before.at(-1)!.trim())) {
      lead = before.pop()! + lead;
      long = `${lead}${m.surface}`;
    }
    if (explicit ? short.split(/\s+/).length > 4 : !spells()) continue;
    if (short === m.surface || OWNED.test(unit.text.slice(Math.max(0, m.start - lead.length - 30), m.start - lead.length))) continue;
    // "X and Y (hereinafter "the Parties")" names both: not a definition of Y.
    if (explicit && unit.mentions.some((o) => o !== m && o.end <= m.start && /^\s*(?:,|en|and)\s+(?:(?:de|het|the)\s+)?[\p{L}\s]{0,40}$/u.test(unit.text.slice(o.end, m.start)))) continue;
    if (m.candidates) continue;
    const target: Definition['target'] = { surface: m.surface };
    if (m.iso2) target.iso2 = m.iso2;
    if (m.region) target.region = m.region;
    if (m.home) target.home = true;
    out.push({ short, target, unit: index, at: m.end, from: m.end + d[0].length });
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Applies the document's own definitions and resolves its ambiguous names. Returns, per unit,
 * the final mentions in text order.
 */
export function applyDocumentRules(units: Unit[], lang: Lang): Mention[][] {
  const definitions = units.flatMap((u, i) => findDefinitions(u, i, lang));
  const lists = units.map((u) => [...u.mentions]);

  for (const def of definitions) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(def.short)}(?:s|-[\\p{L}-]+)?(?![\\p{L}\\p{N}])`, 'gu');
    for (let i = def.unit; i < units.length; i++) {
      const text = units[i]!.text;
      let list = lists[i]!;
      for (const hit of text.matchAll(re)) {
        const start = hit.index;
        const end = start + hit[0].length;
        if (i === def.unit && start < def.at) continue;
        const inBrackets = i === def.unit && start < def.from;
        // The document's definition outranks what the gazetteer says the short form means.
        list = list.filter((m) => !(m.start < end && start < m.end && (inBrackets || m.surface.startsWith(def.short))));
        if (inBrackets || list.some((m) => m.start < end && start < m.end)) continue;
        const m: FoundMention = { start, end, surface: hit[0], kind: 'abbreviation', form: def.short, definedAs: def.target.surface };
        if (def.target.iso2) m.iso2 = def.target.iso2;
        if (def.target.region) m.region = def.target.region;
        if (end > start + def.short.length) m.compound = true;
        if (def.target.home) m.home = true;
        list.push(m);
      }
      lists[i] = list.sort((a, b) => a.start - b.start);
    }
  }

  // Evidence: every country the document names unambiguously.
  const named = new Set<string>();
  for (const list of lists) for (const m of list) if (m.iso2 && !(m as FoundMention).candidates) named.add(m.iso2);
  return lists.map((list, i) => {
    const resolved = list.flatMap((m): Mention[] => {
      const { candidates, fallback, ...mention } = m as FoundMention;
      if (!candidates) return [mention];
      const present = candidates.filter((c) => named.has(c));
      const iso2 = present.length === 1 ? present[0] : present.length === 0 ? fallback : undefined;
      return iso2 ? [{ ...mention, iso2, resolvedFrom: candidates }] : [];
    });
    // "Verenigde Staten (VS)", "Democratic Republic of Congo (DRC)": the bracket restates the
    // name just written; one mention, not two.
    const text = units[i]!.text;
    return resolved.filter((m, k) => {
      const prev = resolved[k - 1];
      return !(prev && /^\s*\(\s*$/.test(text.slice(prev.end, m.start)) && text[m.end] === ')' && prev.iso2 === m.iso2 && prev.region === m.region);
    });
  });
}
