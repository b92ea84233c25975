import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { captureDownloads, downloadedText } from '../../tests/helpers/render';
import { ProblemBanner } from './ProblemBanner';
import { useUi } from '../store/ui';
import { useWorkspace } from '../store/workspace';

describe('ProblemBanner', () => {
  beforeEach(() => useWorkspace.setState({ problem: null }));

  test('says a newer version saved the workspace and that it is kept as it was', async () => {
    useUi.setState({ lang: 'en' });
    useWorkspace.setState({ problem: { kind: 'newer' } });
    render(<ProblemBanner />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      /saved by a newer version of the app; it is kept as it was/,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('says it in Russian in the Russian UI', () => {
    useUi.setState({ lang: 'ru' });
    useWorkspace.setState({ problem: { kind: 'newer' } });
    render(<ProblemBanner />);
    expect(screen.getByRole('alert')).toHaveTextContent(/сохранены более новой версией приложения/);
  });

  test('unreadable stored data: the kept copy downloads as JSON, typed arrays as plain arrays', async () => {
    useUi.setState({ lang: 'en' });
    const kept = { schemaVersion: 'two', links: new Uint8Array([3, 4]) };
    useWorkspace.setState({ problem: { kind: 'corrupt' }, keptCopy: vi.fn(async () => kept) });
    const downloads = captureDownloads();
    render(<ProblemBanner />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      /could not be read, so the sample data is open instead\. The old data was kept aside/,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Download the unreadable copy' }));
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0].fileName).toBe('expertise-map-unreadable-data.json');
    expect(JSON.parse(await downloadedText(downloads[0].blob))).toEqual({
      schemaVersion: 'two',
      links: [3, 4],
    });
  });

  test('shows nothing without a problem', () => {
    render(<ProblemBanner />);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
