/** A passage as a citation a journalist can paste: text, section, Kamerstuk reference, permalink. */
import type { Lang } from '../../pipeline/types';

export interface QuoteInput {
  /** The passage text exactly as in letters.json. */
  text: string;
  passageId: string;
  /** Title of the section the passage sits under (the most specific heading). */
  section: string;
  /** Document title, e.g. "Beleidsbrief Buitenlandse Zaken 2026". */
  title: string;
  /** "36 800 V, nr. 103" */
  kamerstuk: string | null;
  /** ISO date "2026-04-24". */
  date: string | null;
  url: string;
  lang: Lang;
}

const MONTHS: Record<Lang, string[]> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "2026-04-24" → "24 april 2026"; anything else is returned as is. */
export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[lang][Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

/** "Kamerstuk 36 800 V, nr. 103, 24 april 2026, §2.2.1" */
export function kamerstukReference(kamerstuk: string | null, date: string | null, passageId: string, lang: Lang): string {
  return [kamerstuk ? `Kamerstuk ${kamerstuk}` : null, date ? formatDate(date, lang) : null, `§${passageId}`]
    .filter(Boolean)
    .join(', ');
}

export function formatQuote(q: QuoteInput): string {
  // Dutch quotation marks: the passage is Dutch text, whatever the interface language.
  const text = q.text.replace(/\s+/g, ' ').trim();
  return [`„${text}”`, `— ${q.title}, “${q.section}”. ${kamerstukReference(q.kamerstuk, q.date, q.passageId, q.lang)}.`, q.url].join('\n');
}
