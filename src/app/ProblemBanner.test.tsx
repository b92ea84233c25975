import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test } from 'vitest';
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
      /saved by a newer version of the app\. It is kept as it was/,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('says it in Russian in the Russian UI', () => {
    useUi.setState({ lang: 'ru' });
    useWorkspace.setState({ problem: { kind: 'newer' } });
    render(<ProblemBanner />);
    expect(screen.getByRole('alert')).toHaveTextContent(/сохранено более новой версией приложения/);
  });

  test('shows nothing without a problem', () => {
    render(<ProblemBanner />);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
