// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LanguageSwitch } from '../../src/app/components/LanguageSwitch';
import { renderWithProviders } from './helpers';

describe('LanguageSwitch', () => {
  it('names each language in itself and marks the current one', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderWithProviders(<LanguageSwitch lang="nl" onChange={onChange} />);
    expect(screen.getByRole('group', { name: 'Taal' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Nederlands' })).toHaveAttribute('aria-pressed', 'true');
    const en = screen.getByRole('button', { name: 'English' });
    expect(en).toHaveAttribute('lang', 'en');
    await user.click(en);
    expect(onChange).toHaveBeenCalledWith('en');
  });
});
