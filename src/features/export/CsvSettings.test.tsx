import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test } from 'vitest';
import { useUi } from '../../store/ui';
import { CsvSettings } from './CsvSettings';

function show() {
  const user = userEvent.setup();
  render(
    <>
      <CsvSettings />
      <button type="button">Elsewhere</button>
    </>,
  );
  return { user, toggle: screen.getByRole('button', { name: 'CSV' }) };
}

const settingsPanel = () => screen.queryByRole('group', { name: 'CSV settings' });

describe('CSV settings popover', () => {
  beforeEach(() => {
    window.localStorage.clear();
    useUi.setState({
      lang: 'en',
      csv: { delimiter: 'auto', bom: true, encoding: 'utf-8', headerLang: 'ui' },
    });
  });

  test('a click on the CSV button opens the panel with every setting under its name', async () => {
    const { user, toggle } = show();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(settingsPanel()).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Encoding' })).toBeNull();

    await user.click(toggle);

    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAttribute('aria-controls', settingsPanel()!.id);
    expect(screen.getByRole('combobox', { name: 'Header language' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Delimiter' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Encoding' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'UTF-8 with BOM (for Excel)' })).toBeChecked();
    // A second click closes it again.
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(settingsPanel()).toBeNull();
  });

  test('Enter on the focused button opens it; Escape inside closes it and focus goes back to the button', async () => {
    const { user, toggle } = show();
    await user.tab();
    expect(toggle).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    // The panel follows the button: the next Tab reaches its first setting.
    await user.tab();
    expect(screen.getByRole('combobox', { name: 'Header language' })).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(settingsPanel()).toBeNull();
    expect(toggle).toHaveFocus();
  });

  test('a click outside closes it without taking focus from what was clicked', async () => {
    const { user, toggle } = show();
    await user.click(toggle);
    await user.click(screen.getByRole('combobox', { name: 'Delimiter' }));
    expect(toggle).toHaveAttribute('aria-expanded', 'true');

    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));

    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(settingsPanel()).toBeNull();
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus();
  });

  test('tabbing past the last setting closes it', async () => {
    const { user, toggle } = show();
    await user.click(toggle);
    screen.getByRole('checkbox', { name: 'UTF-8 with BOM (for Excel)' }).focus();

    await user.tab();

    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  test('the settings apply to the store and are shown again when it reopens', async () => {
    const { user, toggle } = show();
    await user.click(toggle);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Header language' }), 'Russian');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Delimiter' }), ';');
    await user.click(screen.getByRole('checkbox', { name: 'UTF-8 with BOM (for Excel)' }));
    expect(useUi.getState().csv).toEqual({ delimiter: ';', bom: false, encoding: 'utf-8', headerLang: 'ru' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Encoding' }), 'windows-1251');
    expect(useUi.getState().csv.encoding).toBe('windows-1251');
    expect(screen.getByRole('checkbox', { name: 'UTF-8 with BOM (for Excel)' })).toBeDisabled();

    await user.keyboard('{Escape}');
    await user.click(toggle);

    expect(screen.getByRole('combobox', { name: 'Header language' })).toHaveValue('ru');
    expect(screen.getByRole('combobox', { name: 'Delimiter' })).toHaveValue(';');
    expect(screen.getByRole('combobox', { name: 'Encoding' })).toHaveValue('windows-1251');
  });
});
