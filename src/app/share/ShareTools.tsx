import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AtlasModel } from '../data/model';
import { selectUrlState } from '../store/store';
import { useAtlasStoreApi } from '../store/context';
import type { UrlState } from '../url/state';
import { ChunkState } from '../components/ChunkState';
import { onDemand } from '../onDemand';
import { DownloadMenu } from './DownloadMenu';
import { ShareLink } from './ShareLink';
import { MethodButton } from '../method/MethodButton';

const builder = onDemand(() => import('./EmbedBuilder'));
const prefetch = () => void builder.load().catch(() => {});

interface Props {
  model: AtlasModel;
  defaults: UrlState;
  base: string;
}

/** For journalists: link, embed, image and data, next to the view they describe. */
export function ShareTools({ model, defaults, base }: Props) {
  const { t } = useTranslation();
  const store = useAtlasStoreApi();
  const [embedView, setEmbedView] = useState<UrlState | null>(null);
  const chunk = builder.useModule(!!embedView);
  const EmbedBuilder = chunk.module?.EmbedBuilder;
  return (
    <div className="share-tools" role="group" aria-label={t('share.group')}>
      <ShareLink defaults={defaults} />
      <button
        type="button"
        className="tool-button"
        aria-haspopup="dialog"
        onPointerEnter={prefetch}
        onFocus={prefetch}
        onClick={() => setEmbedView(selectUrlState(store.getState()))}
      >
        {t('embed.button')}
      </button>
      <DownloadMenu model={model} base={base} />
      <MethodButton letter={model.data.letters.documents[0]?.meta ?? { title: '', kamerstuk: null }} base={base} />
      {embedView &&
        (EmbedBuilder ? (
          <EmbedBuilder model={model} view={embedView} defaults={defaults} onClose={() => setEmbedView(null)} />
        ) : (
          <ChunkState className="hint" failed={chunk.failed} retry={chunk.retry} />
        ))}
    </div>
  );
}
