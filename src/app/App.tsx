import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { browserFetch, type Fetcher } from './data/load';
import { useLanguage } from './hooks/useLanguage';
import { useStoredOutlines } from './hooks/useStoredOutlines';
import { AppShell } from './AppShell';
import { LoadState } from './components/LoadState';
import { onDemand } from './onDemand';
import { AtlasStoreProvider, useAtlas } from './store/context';
import type { AtlasStore } from './store/store';
import type { UrlState } from './url/state';

export interface AppProps {
  store: AtlasStore;
  i18n: i18n;
  defaults: UrlState;
  fetcher?: Fetcher;
  /** Where data/ lives, relative to the page. */
  base?: string;
  storage?: Pick<Storage, 'setItem'>;
}

export function App({ store, i18n, defaults, fetcher = browserFetch, base = './', storage }: AppProps) {
  return (
    <AtlasStoreProvider store={store}>
      <I18nextProvider i18n={i18n}>
        <LanguageSync i18n={i18n} />
        <StorageSync store={store} storage={storage} />
        <Shell fetcher={fetcher} base={base} defaults={defaults} />
      </I18nextProvider>
    </AtlasStoreProvider>
  );
}

function LanguageSync({ i18n }: { i18n: i18n }) {
  useLanguage(i18n, useAtlas((s) => s.lang));
  return null;
}

function StorageSync({ store, storage }: { store: AtlasStore; storage: AppProps['storage'] }) {
  useStoredOutlines(store, storage);
  return null;
}

/** Only `?embed=1` visits load the embed shell (and its CSS); main.tsx starts it early. */
export const embedShell = onDemand(() => import('./embed/EmbedShell'));

/** `?embed=1` is fixed by the link, so the shell never switches during a visit. */
function Shell(props: { fetcher: Fetcher; base: string; defaults: UrlState }) {
  const embed = useAtlas((s) => s.embed);
  const chunk = embedShell.useModule(embed);
  if (!embed) return <AppShell {...props} />;
  if (!chunk.module) return <LoadState load={chunk.failed ? { status: 'error', file: null, retry: chunk.retry } : { status: 'loading' }} />;
  const { EmbedShell } = chunk.module;
  return <EmbedShell {...props} />;
}
