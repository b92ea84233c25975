import { screen } from '@testing-library/react';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test, vi } from 'vitest';
import {
  captureDownloads,
  closeReport,
  csvLines,
  downloadedText,
  pickFiles,
  renderApp,
  renderAppWithFiles,
  smallClubFiles,
  waitForSample,
} from '../../../tests/helpers/render';

// cytoscape cannot draw in jsdom: the map's canvas is a labelled placeholder.
vi.mock('../../graph/GraphCanvas', () => import('../../../tests/helpers/stubCanvas'));

// The small club (tests/helpers/render.tsx) by hand, with the formulas of docs/contract.md#analysis:
//   S1 Python          target 2, level 3, weight 2: ambassadors Anna 4 ✓, Boris 2 ✗ → coverage 1, gap 1, gap;
//                      candidates Clara 3, Dmitry 5 → 2
//   S2 SQL             target 1, level 3, weight 1: Boris 5 → coverage 1, gap 0, single_holder; no candidates
//   S3 Public speaking target 1, level 4, weight 3: no ambassador → coverage 0, gap 1, gap;
//                      candidates Clara 5, Dmitry 4, Elena 4 → 3
//   S4 Kubernetes      target 1, level 3, weight 1: Anna 3, Boris 3 → coverage 2, gap 0, covered (holders by name)
// Scores over the open-gap skills (S1 weight 2, S3 weight 3), weight × level / 5 × (1 − workload / 200):
//   Dmitry (0 %)   (2×5/5 + 3×4/5) × 1    = 4.4
//   Clara (50 %)   (2×3/5 + 3×5/5) × 0.75 = 3.15
//   Elena (100 %)  (3×4/5)         × 0.5  = 1.2
// Report order: gap desc, weight desc, name → S3 (1, 3), S1 (1, 2), Kubernetes (0, 1), SQL (0, 1).
const ENGLISH_GAP_REPORT = [
  'skill_id,skill,category,required_level,target,coverage,gap,status,holders,candidate_count,top_candidates',
  // names joined by "; " are quoted even in a comma file: LibreOffice splits on ";" too by default
  'S3,Public speaking,Soft,4,1,0,1,gap,,3,"Dmitry Orlov; Clara Smith; Elena Volkova"',
  'S1,Python,Tech,3,2,1,1,gap,Anna Petrova,2,"Dmitry Orlov; Clara Smith"',
  'S4,Kubernetes,Tech,3,1,2,0,covered,"Anna Petrova; Boris Ivanov",0,',
  'S2,SQL,Tech,3,1,1,0,single_holder,Boris Ivanov,0,',
];

describe('export', () => {
  test('Export gap report downloads a UTF-8 CSV with BOM, the exact English header and rows in report order', async () => {
    const downloads = captureDownloads();
    const { user } = await renderAppWithFiles(smallClubFiles(), { lang: 'en' });

    await user.click(screen.getByRole('button', { name: 'Export gap report' }));

    expect(downloads).toHaveLength(1);
    expect(downloads[0].fileName).toBe('gap-report.csv');
    expect(downloads[0].blob.type).toBe('text/csv;charset=utf-8');
    const text = await downloadedText(downloads[0].blob);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('\r\n');
    expect(csvLines(text.slice(1))).toEqual(ENGLISH_GAP_REPORT);
  });

  test('in Russian the gap report uses semicolons, Russian headers and status words', async () => {
    const downloads = captureDownloads();
    const { user } = await renderAppWithFiles(smallClubFiles(), { lang: 'ru' });

    await user.click(screen.getByRole('button', { name: 'Экспорт отчёта' }));

    const text = await downloadedText(downloads[0].blob);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    // The same rows as in English; a cell holding the delimiter (names joined by "; ") is quoted.
    expect(csvLines(text.slice(1))).toEqual([
      'код навыка;навык;категория;требуемый уровень;цель;покрытие;пробел;статус;носители;число кандидатов;лучшие кандидаты',
      'S3;Public speaking;Soft;4;1;0;1;пробел;;3;"Dmitry Orlov; Clara Smith; Elena Volkova"',
      'S1;Python;Tech;3;2;1;1;пробел;Anna Petrova;2;"Dmitry Orlov; Clara Smith"',
      'S4;Kubernetes;Tech;3;1;2;0;покрыт;"Anna Petrova; Boris Ivanov";0;',
      'S2;SQL;Tech;3;1;1;0;единственный носитель;Boris Ivanov;0;',
    ]);
  });

  test('the gap report of the bundled sample has one row per skill under the English header', async () => {
    const downloads = captureDownloads();
    const { user } = await renderApp({ lang: 'en' });
    await waitForSample();

    await user.click(screen.getByRole('button', { name: 'Export gap report' }));

    const lines = csvLines((await downloadedText(downloads[0].blob)).slice(1));
    expect(lines[0]).toBe(ENGLISH_GAP_REPORT[0]);
    expect(lines).toHaveLength(1 + 40);
  });

  test('Export workspace downloads a zip holding the members, skills, expertise and plan CSV files', async () => {
    const downloads = captureDownloads();
    const { user } = await renderAppWithFiles(smallClubFiles(), { lang: 'en' });

    await user.click(screen.getByRole('button', { name: 'Export workspace' }));

    expect(downloads).toHaveLength(1);
    expect(downloads[0].fileName).toMatch(/^expertise-map-workspace-\d{4}-\d{2}-\d{2}\.zip$/);
    expect(downloads[0].blob.type).toBe('application/zip');
    const zip = unzipSync(new Uint8Array(await downloads[0].blob.arrayBuffer()));
    expect(Object.keys(zip).sort()).toEqual(['expertise.csv', 'members.csv', 'plan.csv', 'skills.csv']);
    const lines = (name: string) => csvLines(strFromU8(zip[name]).replace(/^\ufeff/, ''));
    expect(lines('members.csv')[0]).toBe(
      'member_id,name,department,location,title,email,status,workload,activity,roles,cohort_plan',
    );
    expect(lines('members.csv')).toHaveLength(1 + 5);
    expect(lines('members.csv')).toContain('M5,Elena Volkova,IT,,,,alumni,100,,,');
    expect(lines('skills.csv')[0]).toBe('skill_id,skill,category,target,required_level,weight');
    expect(lines('skills.csv')).toContain('S3,Public speaking,Soft,1,4,3');
    expect(lines('expertise.csv')[0]).toBe('member_id,name,skill_id,skill,level,interest');
    expect(lines('expertise.csv')).toHaveLength(1 + 10);
    expect(lines('expertise.csv')).toContain('M4,Dmitry Orlov,S3,Public speaking,4,');
    expect(lines('plan.csv')).toEqual([
      'plan_setting,plan_value',
      'cohort_size,10',
      'max_per_department,',
      'max_per_location,',
      'workload_ceiling,',
      'eligible_statuses,"employee; alumni"',
      'overloaded_from,100',
      'quiet_below,50',
      'thriving_from,150',
    ]);
  });

  test('the exported workspace imports back to the same gap report', async () => {
    const downloads = captureDownloads();
    const { user } = await renderAppWithFiles(smallClubFiles(), { lang: 'en' });
    await user.click(screen.getByRole('button', { name: 'Export workspace' }));
    const zip = unzipSync(new Uint8Array(await downloads[0].blob.arrayBuffer()));
    const files = Object.entries(zip).map(
      ([name, bytes]) => new File([bytes as BlobPart], name, { type: 'text/csv' }),
    );

    await pickFiles(user, files);
    await user.click(await screen.findByRole('button', { name: 'Replace' }));
    await closeReport(user, await screen.findByRole('dialog', { name: 'Import report' }));
    await user.click(screen.getByRole('button', { name: 'Export gap report' }));

    expect(csvLines((await downloadedText(downloads[1].blob)).slice(1))).toEqual(ENGLISH_GAP_REPORT);
  });
});
