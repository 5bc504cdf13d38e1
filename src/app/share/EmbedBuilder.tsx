import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { embedCode, safeId, SIZE_PRESETS, type SizePreset } from '../../embed/embedCode';
import type { AtlasModel } from '../data/model';
import { DEFAULT_EMBED_CONTROLS, EMBED_CONTROLS, type ColourScheme, type EmbedControl } from '../url/embed';
import type { UrlState } from '../url/state';
import { CopyFallback } from './CopyFallback';
import { embedUrl } from './links';
import { Modal } from './Modal';
import { useCopy } from './useCopy';
import { pageHref } from './useLinks';
import { selectionName } from './viewTitle';

interface Props {
  model: AtlasModel;
  /** The view to embed, taken when the dialog opened. */
  view: UrlState;
  defaults: UrlState;
  onClose(): void;
  /** The page the embed points at (tests pass one; the app uses its own address). */
  href?: string;
}

type SchemeChoice = ColourScheme | 'auto';

export function EmbedBuilder({ model, view, defaults, onClose, href = pageHref() }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [controls, setControls] = useState<EmbedControl[]>([...DEFAULT_EMBED_CONTROLS]);
  const [interactive, setInteractive] = useState(true);
  const [scheme, setScheme] = useState<SchemeChoice>('auto');
  const [size, setSize] = useState<SizePreset>(SIZE_PRESETS[1]!);
  const [resizer, setResizer] = useState(true);
  const { state: copyState, copy } = useCopy();

  const name = selectionName(model, view, view.lang);
  const title = name ? t('embed.iframeTitleFor', { name }) : t('embed.iframeTitle');
  const sameAsDefault = controls.length === DEFAULT_EMBED_CONTROLS.length && DEFAULT_EMBED_CONTROLS.every((c) => controls.includes(c));
  const src = useMemo(
    () => embedUrl(href, view, defaults, { controls: sameAsDefault ? null : controls, interactive, scheme: scheme === 'auto' ? null : scheme }),
    [href, view, defaults, controls, sameAsDefault, interactive, scheme],
  );
  const frameId = safeId(`beleidsatlas-${view.country ?? view.region ?? 'wereld'}`);
  const code = embedCode({ src, title, size, id: frameId, resizer });

  const toggle = (c: EmbedControl, on: boolean) => setControls((cur) => EMBED_CONTROLS.filter((x) => (x === c ? on : cur.includes(x))));

  return (
    <Modal titleId={`${id}-title`} title={t('embed.title')} onClose={onClose} className="embed-builder">
      <p>{t('embed.intro')}</p>
      <div className="builder-grid">
        <form className="builder-options" onSubmit={(e) => e.preventDefault()}>
          <fieldset>
            <legend>{t('embed.controls')}</legend>
            {EMBED_CONTROLS.map((c) => (
              <label key={c} className="toggle">
                <input type="checkbox" checked={controls.includes(c)} onChange={(e) => toggle(c, e.target.checked)} />
                {t(`embed.control.${c}`)}
              </label>
            ))}
            <label className="toggle">
              <input type="checkbox" checked={interactive} onChange={(e) => setInteractive(e.target.checked)} />
              {t('embed.interactive')}
            </label>
          </fieldset>
          <fieldset>
            <legend>{t('embed.scheme')}</legend>
            {(['auto', 'light', 'dark'] as const).map((s) => (
              <label key={s} className="toggle">
                <input type="radio" name={`${id}-scheme`} checked={scheme === s} onChange={() => setScheme(s)} />
                {t(`embed.schemes.${s}`)}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('embed.size')}</legend>
            {SIZE_PRESETS.map((p) => (
              <label key={p.id} className="toggle">
                <input type="radio" name={`${id}-size`} checked={size.id === p.id} onChange={() => setSize(p)} />
                {p.width ? t('embed.sizeFixed', { name: t(`embed.sizes.${p.id}`), width: p.width, height: p.height }) : t('embed.sizeResponsive', { height: p.height })}
              </label>
            ))}
            <p className="hint">{t('embed.sizeNote')}</p>
          </fieldset>
          <label className="toggle">
            <input type="checkbox" checked={resizer} onChange={(e) => setResizer(e.target.checked)} />
            {t('embed.resizer')}
          </label>
        </form>
        <div className="builder-output">
          <label htmlFor={`${id}-code`} className="builder-label">
            {t('embed.code')}
          </label>
          <textarea id={`${id}-code`} className="builder-code" readOnly value={code} rows={8} onFocus={(e) => e.currentTarget.select()} />
          <div className="builder-actions">
            <button type="button" className="tool-button tool-button-solid" onClick={() => void copy(code)}>
              {t('embed.copyCode')}
            </button>
            <span className="copy-status" aria-live="polite">
              {copyState.status === 'copied' ? t('embed.codeCopied') : ''}
            </span>
          </div>
          {copyState.status === 'manual' && <CopyFallback text={copyState.text} label={t('embed.code')} multiline />}
          <p className="hint">{t('embed.pymNote')}</p>
          <h3 className="builder-label">{t('embed.preview')}</h3>
          <div className="builder-preview">
            <iframe
              src={src}
              title={t('embed.previewTitle', { title })}
              loading="lazy"
              style={{ width: size.width ? `${size.width}px` : '100%', height: `${size.height}px` }}
            />
          </div>
        </div>
      </div>
    </Modal>
  );
}
