// axe-core on every view of the built app, in both languages: no serious or critical violation. Views are
// checked as a person reaches them (the sample loaded, a pick's "Why" opened, a bad value typed).
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from '@playwright/test';
import { closeReport, importFiles, openApp, pickFiles, shotPath } from './helpers';

const VIEWS = {
  en: { map: 'Map', gaps: 'Gap report', cohort: 'Cohort', targets: 'Targets', why: /^Why / },
  ru: { map: 'Карта', gaps: 'Отчёт о пробелах', cohort: 'Набор', targets: 'Цели', why: /^Почему / },
} as const;

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
}

for (const lang of ['en', 'ru'] as const) {
  test(`${lang}: map, gap report, cohort and targets have no serious accessibility violation`, async ({
    page,
  }) => {
    const v = VIEWS[lang];
    await openApp(page, lang);
    const found: Record<string, string[]> = {};
    found.map = await seriousViolations(page);
    await page.getByRole('button', { name: v.gaps, exact: true }).click();
    found.gaps = await seriousViolations(page);
    await page.getByRole('button', { name: v.cohort, exact: true }).click();
    await page.getByRole('button', { name: v.why }).first().click();
    found.cohort = await seriousViolations(page);
    await page.getByRole('button', { name: v.targets, exact: true }).click();
    found.targets = await seriousViolations(page);
    expect(found).toEqual({ map: [], gaps: [], cohort: [], targets: [] });
  });
}

const MORE = {
  en: {
    matrix: 'Matrix',
    pairs: 'Skill × skill',
    filters: 'Filters',
    theme: 'Theme',
    dark: 'Dark',
    find: 'Find a skill or person',
    skill: 'Mentoring',
  },
  ru: {
    matrix: 'Матрица',
    pairs: 'Навык × навык',
    filters: 'Фильтры',
    theme: 'Тема',
    dark: 'Тёмная',
    find: 'Найти навык или человека',
    skill: 'Менторство',
  },
} as const;

for (const lang of ['en', 'ru'] as const) {
  test(`${lang}: matrix views, the open filters, the side panel, the dark theme and the import dialogs have no serious accessibility violation`, async ({
    page,
  }) => {
    const w = MORE[lang];
    await openApp(page, lang);
    const found: Record<string, string[]> = {};
    await page.getByRole('button', { name: w.filters, exact: true }).click();
    await expect(page.getByRole('checkbox').first()).toBeVisible();
    found.filters = await seriousViolations(page);
    await page.keyboard.press('Escape');
    const find = page.getByRole('searchbox', { name: w.find });
    await find.fill(w.skill);
    await find.press('Enter');
    await expect(page.getByRole('complementary', { name: w.skill })).toBeVisible();
    found.sidePanel = await seriousViolations(page);
    await page.getByRole('combobox', { name: w.theme }).selectOption({ label: w.dark });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    found.darkMap = await seriousViolations(page);
    await page.screenshot({ path: shotPath(`dark-map-${lang}.png`) });
    await page.getByRole('button', { name: w.matrix, exact: true }).click();
    await expect(page.getByRole('grid')).toBeVisible();
    found.darkMatrix = await seriousViolations(page);
    await page.screenshot({ path: shotPath(`dark-matrix-${lang}.png`) });
    await page.getByRole('combobox', { name: w.theme }).selectOption('light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    found.matrix = await seriousViolations(page);
    await page.getByRole('button', { name: w.pairs, exact: true }).click();
    await expect(page.getByRole('table')).toBeVisible();
    found.pairs = await seriousViolations(page);

    // the import report, then the Replace / Merge question over a workspace that is no longer the sample
    const file = 'en-tab-synonyms.tsv';
    const report = await importFiles(page, lang, [file]);
    await expect(report).toBeVisible();
    found.report = await seriousViolations(page);
    await closeReport(page, lang);
    await pickFiles(page, lang, [file]);
    await expect(page.getByRole('dialog')).toBeVisible();
    found.replaceOrMerge = await seriousViolations(page);
    await page.screenshot({ path: shotPath(`replace-or-merge-${lang}.png`) });
    expect(found).toEqual({
      filters: [],
      sidePanel: [],
      darkMap: [],
      darkMatrix: [],
      matrix: [],
      pairs: [],
      report: [],
      replaceOrMerge: [],
    });
  });
}

const HEALTH = {
  en: {
    tab: 'Club health',
    parts: ['Activity and workload', 'Community roles', 'Skills to grow', 'Intakes compared'],
    save: 'Save snapshot',
    saved: /^Saved as /,
  },
  ru: {
    tab: 'Здоровье клуба',
    parts: ['Активность и загрузка', 'Роли в сообществе', 'Навыки для развития', 'Сравнение наборов'],
    save: 'Сохранить снимок',
    saved: /^Сохранено как /,
  },
} as const;

for (const lang of ['en', 'ru'] as const) {
  test(`${lang}: the four parts of Club health have no serious accessibility violation`, async ({ page }) => {
    const h = HEALTH[lang];
    await openApp(page, lang);
    await page.getByRole('button', { name: h.tab, exact: true }).click();
    const found: Record<string, string[]> = {};
    for (const part of h.parts) {
      await page.getByRole('button', { name: part, exact: true }).click();
      await expect(page.getByRole('button', { name: part, exact: true })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      if (part === h.parts[3]) {
        // A saved snapshot brings the list, the pickers, the summary and the tables in.
        await page.getByRole('button', { name: h.save, exact: true }).click();
        await expect(page.getByText(h.saved)).toBeVisible();
        await expect(page.getByRole('table').first()).toBeVisible();
      }
      found[part] = await seriousViolations(page);
    }
    expect(found).toEqual(Object.fromEntries(h.parts.map((p) => [p, []])));
  });
}
