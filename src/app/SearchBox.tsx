import { useMemo } from 'react';
import { CountrySearch } from './components/CountrySearch';
import { regionPlaces, type AtlasModel } from './data/model';
import { buildSearchItems } from './search/searchIndex';
import { useAtlas } from './store/context';

export function SearchBox({ model }: { model: AtlasModel }) {
  const lang = useAtlas((s) => s.lang);
  const selectCountry = useAtlas((s) => s.selectCountry);
  const selectRegion = useAtlas((s) => s.selectRegion);
  const items = useMemo(() => buildSearchItems(model), [model]);
  return (
    <CountrySearch
      items={items}
      lang={lang}
      regionType={(id) => model.regionById.get(id)?.type}
      loadUnnamed={model.data.unnamed}
      onChoose={(item) => (item.kind === 'country' ? selectCountry(item.id, { focus: true }) : selectRegion(item.id, regionPlaces(model, item.id)))}
    />
  );
}
