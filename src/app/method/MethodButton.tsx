import { useState } from 'react';
import { ChunkState } from '../components/ChunkState';
import { onDemand } from '../onDemand';
import type { LetterRef } from './MethodDialog';
import { useMethodT } from './useMethodT';

const dialog = onDemand(() => import('./MethodDialog'));
const prefetch = () => void dialog.load().catch(() => {});

/** Opens "Hoe is deze kaart gemaakt?" (the Share menu, an embed's credit line). */
export function MethodButton({ letter, base, className = 'tool-button' }: { letter: LetterRef; base: string; className?: string }) {
  const t = useMethodT();
  const [open, setOpen] = useState(false);
  const chunk = dialog.useModule(open);
  const Dialog = chunk.module?.MethodDialog;
  return (
    <>
      <button type="button" className={className} aria-haspopup="dialog" onPointerEnter={prefetch} onFocus={prefetch} onClick={() => setOpen(true)}>
        {t('link')}
      </button>
      {open && (Dialog ? <Dialog letter={letter} base={base} onClose={() => setOpen(false)} /> : <ChunkState className="hint" failed={chunk.failed} retry={chunk.retry} />)}
    </>
  );
}
