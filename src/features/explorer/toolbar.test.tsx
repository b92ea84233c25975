import { screen, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import type { GraphCanvasProps } from '../../graph/GraphCanvas';
import { renderAppWithFiles, textFile } from '../../../tests/helpers/render';

vi.mock('../../graph/GraphCanvas', () => ({
  default: ({ ariaLabel }: GraphCanvasProps) => <ul aria-label={ariaLabel} />,
}));

// Go: Ann holds it alone (single holder); Figma: nobody (a gap, target 1 by default); Bob is an employee.
const files = [
  textFile('members.csv', 'name,status\nAnn,ambassador\nBob,employee\n'),
  textFile('expertise.csv', 'name,skill,level\nAnn,Go,4\nBob,Figma,4\n'),
];

describe('the map toolbar', () => {
  test('the counts are three badges with words and numbers, and one sentence for screen readers', async () => {
    await renderAppWithFiles(files, { lang: 'en' });
    const counts = document.querySelector('.status-counts')!;
    const sentence = within(counts as HTMLElement).getByText(
      /^gaps: \d+, single holders: \d+, covered: \d+$/,
    );
    expect(sentence).toHaveClass('visually-hidden');
    const badges = [...counts.querySelectorAll('.status-badge')];
    expect(badges.map((b) => b.getAttribute('aria-hidden'))).toEqual(['true', 'true', 'true']);
    expect(badges.map((b) => b.querySelector('.status-word')!.textContent)).toEqual([
      'Gaps',
      'Single holder',
      'Covered',
    ]);
    expect(sentence.textContent).toContain(`gaps: ${badges[0].querySelector('b')!.textContent}`);
  });

  test('focusing puts the steps and the way back inside the focus chip, not on a row of their own', async () => {
    const app = await renderAppWithFiles(files, { lang: 'en' });
    const find = screen.getByRole('searchbox', { name: 'Find a skill or person' });
    await app.user.type(find, 'Go{Enter}');
    const chip = (await screen.findByText('Focused on “Go”')).closest('.focus-chip') as HTMLElement;
    expect(within(chip).getByRole('group', { name: 'Steps from the focus' })).toBeInTheDocument();
    await app.user.click(within(chip).getByRole('button', { name: 'Show all' }));
    expect(screen.queryByText('Focused on “Go”')).not.toBeInTheDocument();
  });
});
