import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { letterPath, type AtlasModel } from '../data/model';
import { printHandout } from '../classroom/printHandout';
import { useAtlas } from '../store/context';
import type { ExportExtent } from './exportText';
import { useCurrentState } from './useLinks';

interface Props {
  model: AtlasModel;
  /** Where data/ lives, relative to the page. */
  base: string;
  /** Text for the menu's live region (it lives with the button, so it exists before this loads). */
  announce(message: string): void;
}

type Busy = null | 'png1' | 'png2' | 'svg';

/**
 * The live map's size on screen, which decides how much of the world a view shows; null
 * when no map is shown (the list view), and the view is then taken at the image's own size.
 */
function mapSize(): { width: number; height: number } | null {
  const r = document.querySelector('[data-map-ready]')?.getBoundingClientRect();
  return r && r.width > 0 && r.height > 0 ? { width: r.width, height: r.height } : null;
}

/** The download menu's contents: loaded when the menu first opens (see DownloadMenu). */
export function DownloadOptions({ model, base, announce }: Props) {
  const letterId = model.letter?.meta.id;
  const { t } = useTranslation();
  const id = useId();
  const current = useCurrentState();
  const [busy, setBusy] = useState<Busy>(null);
  // Until the map is moved (or a country framed), it shows its opening view: the world.
  const hasView = useAtlas((s) => s.view !== null);
  const [choice, setChoice] = useState<ExportExtent>('view');
  const extent: ExportExtent = hasView ? choice : 'world';

  const run = async (kind: Exclude<Busy, null>) => {
    setBusy(kind);
    announce(t('download.working'));
    try {
      // The renderer (d3-geo) is only loaded for an export.
      const { exportView } = await import('./exportImage');
      const state = current();
      const view = extent === 'view' ? state.view : null;
      const name = await exportView(model, state, t, { format: kind === 'svg' ? 'svg' : 'png', scale: kind === 'png2' ? 2 : 1, view, mapSize: mapSize() });
      announce(t('download.done', { name }));
    } catch {
      announce(t('download.failed'));
    } finally {
      setBusy(null);
      // The confirmation sits over the page; it has been read out by then.
      setTimeout(() => announce(''), 6000);
    }
  };

  return (
    <>
      <h2 className="section-title" id={`${id}-img`}>
        {t('download.image')}
      </h2>
      <fieldset className="download-extent">
        <legend>{t('download.extent')}</legend>
        <label className="toggle">
          <input type="radio" name={`${id}-extent`} checked={extent === 'view'} disabled={!hasView} onChange={() => setChoice('view')} aria-describedby={hasView ? undefined : `${id}-noview`} />
          {t('download.extentView')}
        </label>
        <label className="toggle">
          <input type="radio" name={`${id}-extent`} checked={extent === 'world'} onChange={() => setChoice('world')} />
          {t('download.extentWorld')}
        </label>
        {!hasView && (
          <p id={`${id}-noview`} className="hint">
            {t('download.extentViewNone')}
          </p>
        )}
      </fieldset>
      <ul aria-labelledby={`${id}-img`}>
        <li>
          <button type="button" className="link-button" disabled={busy !== null} onClick={() => void run('png1')}>
            {t('download.png', { scale: 1 })}
          </button>
        </li>
        <li>
          <button type="button" className="link-button" disabled={busy !== null} onClick={() => void run('png2')}>
            {t('download.png', { scale: 2 })}
          </button>
        </li>
        <li>
          <button type="button" className="link-button" disabled={busy !== null} onClick={() => void run('svg')}>
            {t('download.svg')}
          </button>
        </li>
      </ul>
      <h2 className="section-title" id={`${id}-data`}>
        {t('download.data')}
      </h2>
      <ul aria-labelledby={`${id}-data`}>
        <li>
          <a href={`${base}data/mentions.csv`} download="mentions.csv">
            {t('download.csv')}
          </a>
        </li>
        <li>
          <a href={`${base}data/mentions-excel.csv`} download="mentions-excel.csv">
            {t('download.csvExcel')}
          </a>
        </li>
        {letterId && (
          <li>
            {/* The letter shown, as the data holds it (each letter has its own file). */}
            <a href={`${base}data/${letterPath(letterId)}`} download={`${letterId}.json`}>
              {t('download.json', { file: `${letterId}.json` })}
            </a>
          </li>
        )}
      </ul>
      <h2 className="section-title" id={`${id}-print`}>
        {t('download.print')}
      </h2>
      <ul aria-labelledby={`${id}-print`}>
        <li>
          {/* Loads the handout, renders it, then opens the print dialog (as Ctrl+P does). */}
          <button type="button" className="link-button" onClick={() => void printHandout()}>
            {t('download.handout')}
          </button>
        </li>
      </ul>
      <p className="hint">{t('download.licence')}</p>
    </>
  );
}
