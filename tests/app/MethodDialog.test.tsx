// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { MethodDialog, OFFICIAL_URL } from '../../src/app/method/MethodDialog';
import { renderWithProviders } from './helpers';

const evalJson = readFileSync('public/data/eval.json', 'utf8');
const fetcher = async () => new Response(evalJson, { status: 200 });
const letter = { title: 'Beleidsbrief Buitenlandse Zaken 2026', kamerstuk: '36 800 V, nr. 103', date: '2026-04-24' };

describe('MethodDialog', () => {
  it('Dutch: the source with its official link, the kinds, and the measured accuracy from eval.json', async () => {
    renderWithProviders(<MethodDialog letter={letter} base="./" onClose={vi.fn()} fetcher={fetcher} />, { lang: 'nl' });
    const dialog = screen.getByRole('dialog', { name: 'Hoe is deze kaart gemaakt?' });
    expect(within(dialog).getByRole('link', { name: /officiële publicatie/ })).toHaveAttribute('href', OFFICIAL_URL);
    expect(within(dialog).getByRole('heading', { name: 'Wat telt als vermelding' })).toBeInTheDocument();
    const table = await within(dialog).findByRole('table');
    expect(within(table).getByRole('rowheader', { name: 'Vermeldingen' }).closest('tr')).toHaveTextContent('99.4 %');
    expect(within(dialog).getByText(/365 vermeldingen/)).toBeInTheDocument();
    expect(within(dialog).getByRole('heading', { name: 'Bekende missers' })).toBeInTheDocument();
    expect(within(dialog).getByText(/European Democracy Shield/)).toBeInTheDocument();
    expect((within(dialog).getByRole('textbox', { name: 'Tekst voor een foutmelding' }) as HTMLTextAreaElement).value).toContain('Fout in de Beleidsatlas');
    expect(within(dialog).getByRole('button', { name: 'Tekst kopiëren' })).toBeInTheDocument();
  });

  it('English: the same page in English', async () => {
    renderWithProviders(<MethodDialog letter={letter} base="./" onClose={vi.fn()} fetcher={fetcher} />, { lang: 'en' });
    const dialog = screen.getByRole('dialog', { name: 'How was this map made?' });
    expect(within(dialog).getByRole('heading', { name: 'What the map does not show' })).toBeInTheDocument();
    const table = await within(dialog).findByRole('table');
    expect(within(table).getByRole('rowheader', { name: 'Countries per document' }).closest('tr')).toHaveTextContent('100.0 %');
    expect((within(dialog).getByRole('textbox', { name: 'Text for an error report' }) as HTMLTextAreaElement).value).toContain('Error in the Beleidsatlas');
  });

  it('says so when eval.json cannot be loaded', async () => {
    renderWithProviders(<MethodDialog letter={letter} base="./" onClose={vi.fn()} fetcher={async () => new Response('', { status: 404 })} />, { lang: 'en' });
    expect(await screen.findByRole('alert')).toHaveTextContent('eval.json');
  });
});
