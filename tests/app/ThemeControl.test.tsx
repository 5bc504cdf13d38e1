// @vitest-environment jsdom
/** The controls that sit over the map: the theme popover and the collapsible legend. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Legend } from '../../src/app/choropleth/Legend';
import { computeChoropleth } from '../../src/app/choropleth/paint';
import { ThemeControl } from '../../src/app/components/ThemeControl';
import { passagesPerTheme } from '../../src/app/data/counts';
import { fixtureModel, renderWithProviders } from './helpers';

const model = fixtureModel();
const counts = passagesPerTheme(model);

function theme(selected: string[], lang: 'nl' | 'en' = 'nl') {
  const onToggle = vi.fn();
  renderWithProviders(
    <>
      <ThemeControl themes={model.themes} counts={counts} selected={selected} lang={lang} onToggle={onToggle} onAll={vi.fn()} />
      <button type="button">elsewhere</button>
    </>,
    { lang },
  );
  return { onToggle };
}

describe('ThemeControl', () => {
  it('says what is chosen while closed: all, one theme by name, or how many', () => {
    theme([]);
    expect(screen.getByRole('button', { name: 'Thema’s alle' })).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('group', { name: 'Thema’s' })).not.toBeInTheDocument();
  });

  it.each([
    [['security'], 'Thema’s Veiligheid en defensie'],
    [['security', 'migration'], 'Thema’s 2 gekozen'],
  ])('names %j as "%s"', (selected, name) => {
    theme(selected);
    expect(screen.getByRole('button', { name })).toBeInTheDocument();
  });

  it('opens the filter, stays open while toggling, and closes on Escape, "Klaar" or a click outside', async () => {
    const user = userEvent.setup();
    const { onToggle } = theme([]);
    const toggle = screen.getByRole('button', { name: 'Thema’s alle' });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const group = screen.getByRole('group', { name: 'Thema’s' });
    await user.click(within(group).getByRole('button', { name: /Migratie/ }));
    expect(onToggle).toHaveBeenCalledWith('migration');
    expect(screen.getByRole('group', { name: 'Thema’s' })).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();

    await user.click(toggle);
    await user.click(screen.getByRole('button', { name: 'Klaar' }));
    expect(toggle).toHaveAttribute('aria-expanded', 'false');

    await user.click(toggle);
    await user.click(screen.getByRole('button', { name: 'elsewhere' }));
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  it('marks the open filter as covering the map, so framing keeps subjects out from under it', async () => {
    const user = userEvent.setup();
    theme([], 'en');
    await user.click(screen.getByRole('button', { name: 'Themes all' }));
    expect(screen.getByRole('group', { name: 'Themes' }).closest('[data-map-cover]')).not.toBeNull();
  });
});

describe('Legend', () => {
  it('folds and unfolds, keeping its heading', async () => {
    const user = userEvent.setup();
    const { legend } = computeChoropleth(model, []);
    renderWithProviders(<Legend legend={legend} outlines={false} onOutlines={vi.fn()} />);
    const toggle = screen.getByRole('button', { name: 'Legenda' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Niet genoemd')).toBeVisible();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('Niet genoemd')).not.toBeVisible();
    expect(screen.getByRole('region', { name: 'Legenda' })).toHaveAttribute('data-map-cover');
  });
});
