import type { ReactNode } from 'react';
import './disclosure.css';

interface Props {
  className: string;
  summary: ReactNode;
  children: ReactNode;
}

/**
 * details/summary with a marker of our own: the summaries are flex boxes (for the touch
 * height), which drops the browser's triangle and left "Via een regio (21 passages)" looking
 * like a plain heading with nothing under it. The marker points right when closed, down when open.
 */
export function Disclosure({ className, summary, children }: Props) {
  return (
    <details className={`disclosure ${className}`}>
      <summary>
        <span className="disclosure-marker" aria-hidden="true">
          ▸
        </span>
        <span>{summary}</span>
      </summary>
      {children}
    </details>
  );
}
