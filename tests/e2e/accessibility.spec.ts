// axe-core on every view of the built app, in both languages: no serious or critical violation. Views are
// checked as a person reaches them (the sample loaded, a pick's "Why" opened, a bad value typed).
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from '@playwright/test';
import { openApp } from './helpers';

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
