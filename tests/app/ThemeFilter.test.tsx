// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ThemeFilter } from '../../src/app/components/ThemeFilter';
import { passagesPerTheme } from '../../src/app/data/counts';
import { fixtureModel, renderWithProviders } from './helpers';

const model = fixtureModel();
const counts = passagesPerTheme(model);

function setup(selected: string[] = [], lang: 'nl' | 'en' = 'nl') {
  const onToggle = vi.fn();
  const onAll = vi.fn();
  renderWithProviders(
    <ThemeFilter themes={model.themes} counts={counts} selected={selected} lang={lang} onToggle={onToggle} onAll={onAll} />,
    { lang },
  );
  return { onToggle, onAll };
}

describe('ThemeFilter', () => {
  it('is a labelled group of toggle buttons with counts', () => {
    setup();
    const group = screen.getByRole('group', { name: 'Thema’s' });
    expect(group).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Veiligheid en defensie 11 passages/ })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('button', { name: 'Alle thema’s' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('describes each theme in one line', () => {
    setup();
    expect(screen.getByRole('button', { name: /Veiligheid/ })).toHaveAccessibleDescription('NAVO, Europese defensie, afschrikking en stabiliteit in de wereld.');
  });

  it('marks selected themes as pressed and "all" as not', () => {
    setup(['freedoms']);
    expect(screen.getByRole('button', { name: /Vrijheden/ })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Alle thema’s' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('toggles by click and keyboard', async () => {
    const user = userEvent.setup();
    const { onToggle, onAll } = setup(['freedoms']);
    await user.click(screen.getByRole('button', { name: /Welvaart/ }));
    expect(onToggle).toHaveBeenCalledWith('prosperity');
    screen.getByRole('button', { name: 'Alle thema’s' }).focus();
    await user.keyboard('{Enter}');
    expect(onAll).toHaveBeenCalled();
  });

  it('speaks English in the English UI', () => {
    setup([], 'en');
    expect(screen.getByRole('group', { name: 'Themes' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Security and defence 11 passages/ })).toBeInTheDocument();
  });
});
