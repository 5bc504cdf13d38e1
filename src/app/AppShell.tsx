import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { ClassroomTools } from './classroom/ClassroomTools';
import { Presentation, WalkBar } from './classroom/LazyClassroom';
import { PrintHandout } from './classroom/PrintHandout';
import { ChunkState } from './components/ChunkState';
import { LanguageSwitch } from './components/LanguageSwitch';
import { LiveRegion } from './components/LiveRegion';
import { LoadState } from './components/LoadState';
import { ViewToggle } from './components/ViewToggle';
import { loadRegions, type Fetcher } from './data/load';
import { useAtlasSession } from './hooks/useAtlasSession';
import { useLanguageSwitch } from './hooks/useLanguage';
import { MainContent } from './MainContent';
import { Panel } from './panel/Panel';
import { SearchBox } from './SearchBox';
import { ShareMenu } from './share/ShareMenu';
import { useAtlas } from './store/context';
import type { UrlState } from './url/state';

interface Props {
  fetcher: Fetcher;
  base: string;
  defaults: UrlState;
}

export function AppShell({ fetcher, base, defaults }: Props) {
  const { t } = useTranslation();
  const { load, model, compared, message, letter, switcher, chunkFailed } = useAtlasSession(fetcher, base, defaults);

  const { lang, list } = useAtlas(useShallow((s) => ({ lang: s.lang, list: s.list })));
  const language = useLanguageSwitch();
  const setList = useAtlas((s) => s.setList);
  const [sheetOpen, setSheetOpen] = useState(false);
  const [toolsOpen, setToolsOpen] = useState(false);
  const kamerstuk = letter.kamerstuk;
  const present = useAtlas((s) => s.present);
  const loadOutlines = useCallback(() => loadRegions(fetcher, base), [fetcher, base]);

  // The presentation replaces the explorer (one map at a time on a classroom laptop).
  if (model && present !== null) return <Presentation model={model} loadRegions={loadOutlines} />;

  return (
    <>
      <a className="skip-link" href="#panel">
        {t('app.skipToPanel')}
      </a>
      <header className="app-header">
        <div className="brand">
          <h1>{t('app.title')}</h1>
          <p className="subtitle">
            {/* With several letters the subtitle names the one shown (its own, Dutch title). */}
            {switcher ? letter.title : t('app.subtitle')} · {t('app.kamerstuk', { ref: kamerstuk })}
          </p>
          {switcher && <switcher.Switch letters={switcher.letters} shown={switcher.shown} newest={switcher.newest} waiting={switcher.waiting} />}
          {/* The switch's own code could not be fetched: where it would be, a retry. */}
          {chunkFailed && model && <ChunkState className="letter-state" failed retry={chunkFailed.retry} />}
        </div>
        <div className="header-tools">
          {model && <SearchBox model={model} />}
          <ViewToggle list={list} onChange={setList} />
          <button type="button" className="more-toggle" aria-expanded={toolsOpen} aria-controls="more-tools" onClick={() => setToolsOpen((o) => !o)}>
            {t('app.more')}
            <span className="visually-hidden">{t('app.moreWhat')}</span>
            <span className="chevron" aria-hidden="true" />
          </button>
          {/* On phones these fold behind the button above, so the map keeps the screen. */}
          <div id="more-tools" className="more-tools" data-open={toolsOpen}>
            <LanguageSwitch lang={lang} onChange={language.change} onIntent={language.prefetch} />
            <ClassroomTools />
            {model && <ShareMenu model={model} defaults={defaults} base={base} shown={toolsOpen} />}
          </div>
        </div>
      </header>
      {model && <WalkBar model={model} />}
      <div className="layout">
        <main id="main" className="main">
          {model ? <MainContent model={model} fetcher={fetcher} base={base} /> : <LoadState load={load as Exclude<typeof load, { status: 'ready' }>} />}
        </main>
        {/* On phones a sheet over the map: the map frames places clear of it (data-map-cover). */}
        <aside id="panel" className="panel" aria-labelledby="panel-title" tabIndex={-1} data-open={sheetOpen} data-map-cover="">
          <button type="button" className="sheet-handle" aria-expanded={sheetOpen} onClick={() => setSheetOpen((o) => !o)}>
            {sheetOpen ? t('panel.collapse') : t('panel.expand')}
          </button>
          <div className="panel-body">
            {model ? (
              <Panel model={model} compared={compared} />
            ) : (
              <>
                <h2 id="panel-title">{t('panel.emptyTitle')}</h2>
                <p>{t('panel.emptyIntro')}</p>
              </>
            )}
          </div>
        </aside>
      </div>
      <LiveRegion message={message} />
      {model && <PrintHandout model={model} />}
    </>
  );
}
