import { test, expect } from '@playwright/test';

test('the app opens', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page.getByRole('heading', { name: 'Expertise Map' })).toBeVisible();
});
