// The explorer on the sample: the find box, filters and focus steps kept in the URL, the keyboard cursor on the
// canvas, Export PNG. What the map draws is read through the `?bench` hook (src/app/benchHook.ts).
import { test, expect, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { UI, shotPath, type Lang } from './helpers';

const WORDS = {
  en: {
    find: 'Find a skill or person',
    filters: 'Filters',
    filtersPanel: 'Map filters',
    department: 'Retail Banking',
    onlyGaps: 'Only gaps',
    clear: 'Clear filters',
    active: 'Active filters',
    steps: 'Steps from the focus',
    everyone: 'Everyone',
    skill: 'Mentoring',
    exportPng: 'Export PNG',
  },
  ru: {
    find: 'Найти навык или человека',
    filters: 'Фильтры',
    filtersPanel: 'Фильтры карты',
    department: 'Розничный бизнес',
    onlyGaps: 'Только пробелы',
    clear: 'Сбросить фильтры',
    active: 'Действующие фильтры',
    steps: 'Шагов от фокуса',
    everyone: 'Всех',
    skill: 'Менторство',
    exportPng: 'Экспорт PNG',
  },
} as const;

/** Opens the sample with the bench hook, waiting until the map has drawn. */
async function openMap(page: Page, lang: Lang): Promise<void> {
  await page.goto(`/?lang=${lang}&bench`);
  await expect(page.locator('header .workspace-totals')).toContainText(
    lang === 'en' ? '150 members' : '150 участников',
  );
  await expect(page.getByRole('application', { name: UI[lang].graph })).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => drawnNodes(page), { timeout: 20_000 }).toBeGreaterThan(0);
}

/** Nodes on the canvas once the last sync has settled (0 while it is still adding). */
/** The nodes drawn once the map has stopped changing: settled, with the same count half a second apart. */
async function steadyNodes(page: Page): Promise<number> {
  let last = -1;
  await expect
    .poll(
      async () => {
        const count = await drawnNodes(page);
        const steady = count > 0 && count === last;
        last = count;
        return steady;
      },
      { intervals: [500], timeout: 20_000 },
    )
    .toBe(true);
  return last;
}

export async function drawnNodes(page: Page): Promise<number> {
  return page.evaluate(() => {
    const hook = (
      window as unknown as {
        __expertiseMap?: {
          map: () => { cy: { nodes: () => { length: number } }; settledAt: number | null } | null;
        };
      }
    ).__expertiseMap;
    const map = hook?.map();
    return map && map.settledAt !== null ? map.cy.nodes().length : 0;
  });
}

/** Nodes drawn faded (outside the selection's highlight). */
async function fadedNodes(page: Page): Promise<number> {
  return page.evaluate(() => {
    const hook = (
      window as unknown as {
        __expertiseMap: { map: () => { cy: { $: (s: string) => { length: number } } } | null };
      }
    ).__expertiseMap;
    return hook.map()?.cy.$('node.faded').length ?? -1;
  });
}

function query(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

for (const lang of ['en', 'ru'] as const) {
  const w = WORDS[lang];

  test(`${lang}: the find box focuses a skill and a person, the side panel shows each`, async ({ page }) => {
    await openMap(page, lang);
    const find = page.getByRole('searchbox', { name: w.find });
    const skill = w.skill;
    await find.fill(skill.toLowerCase());
    await find.press('Enter');
    await expect(page.getByRole('complementary', { name: skill })).toBeVisible();
    await expect(
      page.getByRole('complementary', { name: skill }).getByRole('heading', { name: skill }),
    ).toBeVisible();
    expect(query(page).get('focus')).toMatch(/^skill-/);

    // a person, by a part of the name as the sample holds it
    const person = await page.evaluate(() => {
      const hook = (
        window as unknown as {
          __expertiseMap: { workspace: () => { members: { name: string; status: string }[] } };
        }
      ).__expertiseMap;
      return hook.workspace().members.find((m) => m.status === 'ambassador')!.name;
    });
    await find.fill(person);
    await find.press('Enter');
    const panel = page.getByRole('complementary', { name: person });
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('heading', { name: person })).toBeVisible();
    expect(query(page).get('focus')).toMatch(/^member-/);
    await page.screenshot({ path: shotPath(`explorer-find-person-${lang}.png`) });
  });

  test(`${lang}: filters narrow the map, live in the URL as codes, survive a reload and clear`, async ({
    page,
  }) => {
    await openMap(page, lang);
    await page.getByRole('button', { name: w.everyone, exact: true }).click();
    const before = await steadyNodes(page);

    await page.getByRole('button', { name: w.filters, exact: true }).click();
    const panel = page.getByRole('group', { name: w.filtersPanel });
    await expect(panel).toBeVisible();
    await panel.getByRole('checkbox', { name: new RegExp(`^${w.department}`) }).check();
    await panel.getByRole('checkbox', { name: w.onlyGaps, exact: true }).check();
    await page.screenshot({ path: shotPath(`explorer-filters-open-${lang}.png`) });
    await expect(page.getByRole('button', { name: `${w.filters} (2)`, exact: true })).toBeVisible();
    // the map follows the filters in a deferred render: read it once both are drawn, not between the two
    await expect.poll(() => query(page).get('only')).toBe('gaps');
    const narrowed = await steadyNodes(page);
    expect(narrowed).toBeLessThan(before);
    expect(narrowed).toBeGreaterThan(0);

    // the URL holds codes, never names
    const dept = query(page).get('dept');
    expect(dept).toMatch(/^[0-9a-z]+$/);
    expect(decodeURIComponent(page.url())).not.toContain(w.department);

    await page.reload();
    await expect(page.getByRole('application', { name: UI[lang].graph })).toBeVisible({ timeout: 20_000 });
    const chips = page.getByRole('list', { name: w.active });
    await expect(chips).toContainText(w.department);
    await expect(chips).toContainText(w.onlyGaps);
    await expect.poll(() => drawnNodes(page), { timeout: 20_000 }).toBe(narrowed);

    await page.getByRole('button', { name: `${w.filters} (2)`, exact: true }).click();
    await page.getByRole('button', { name: w.clear, exact: true }).click();
    await expect(chips).toBeHidden();
    await expect.poll(() => query(page).has('dept')).toBe(false);
    expect(query(page).has('only')).toBe(false);
    await expect.poll(() => drawnNodes(page)).toBe(before);
  });

  test(`${lang}: a focus with 2 steps is in the URL and survives a reload`, async ({ page }) => {
    await openMap(page, lang);
    const find = page.getByRole('searchbox', { name: w.find });
    await find.fill(w.skill);
    await find.press('Enter');
    const steps = page.getByRole('group', { name: w.steps });
    await expect(steps.getByRole('button', { name: '1', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const oneStep = await steadyNodes(page);
    await steps.getByRole('button', { name: '2', exact: true }).click();
    await expect.poll(() => query(page).get('steps')).toBe('2');
    await expect.poll(() => drawnNodes(page)).toBeGreaterThan(oneStep);
    const twoSteps = await steadyNodes(page);
    // the focused skill is selected: its highlight reaches both steps, so nothing drawn is faded
    await expect.poll(() => fadedNodes(page)).toBe(0);
    await page.screenshot({ path: shotPath(`explorer-focus-2-steps-${lang}.png`) });

    await page.reload();
    await expect(
      page.getByRole('group', { name: w.steps }).getByRole('button', { name: '2', exact: true }),
    ).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => drawnNodes(page), { timeout: 20_000 }).toBe(twoSteps);
    expect(query(page).get('steps')).toBe('2');
    // the reloaded focus opens its side panel again
    await expect(page.getByRole('complementary', { name: w.skill })).toBeVisible();
  });

  test(`${lang}: the keyboard cursor on the canvas announces a node and Enter opens it`, async ({ page }) => {
    await openMap(page, lang);
    const graph = page.getByRole('application', { name: UI[lang].graph });
    // Tab through the page until the canvas has focus
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      if (await graph.evaluate((el) => el === document.activeElement)) break;
    }
    await expect(graph).toBeFocused();
    await page.keyboard.press('ArrowRight');
    const live = graph.locator('[aria-live="polite"]');
    await expect(live).not.toHaveText('');
    const said = (await live.textContent())!;
    const name = said.split(',')[0];
    await page.keyboard.press('ArrowDown');
    await expect(live).not.toHaveText('');
    const second = (await live.textContent())!.split(',')[0];
    await page.screenshot({ path: shotPath(`explorer-keyboard-${lang}.png`) });
    await page.keyboard.press('Enter');
    const panel = page.getByRole('complementary', { name: second });
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('heading', { name: second, exact: true })).toBeVisible();
    expect(name.length).toBeGreaterThan(0);
  });

  test(`${lang}: Export PNG saves the map as a PNG named by the date`, async ({ page }) => {
    await openMap(page, lang);
    const button = page.getByRole('button', { name: w.exportPng, exact: true });
    await expect(button).toBeEnabled();
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toMatch(/^expertise-map-\d{4}-\d{2}-\d{2}\.png$/);
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.length).toBeGreaterThan(20_000);
    // the picture's size, from the IHDR chunk: the whole map at scale 2
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(500);
    expect(bytes.readUInt32BE(20)).toBeGreaterThan(300);
  });
}
