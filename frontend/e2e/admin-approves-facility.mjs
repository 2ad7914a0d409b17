// Foundation: an association administrator logs in with password and TOTP, opens the pending
// application of こもれび訪問看護ステーション and approves it; the facility then shows as 利用中.
import { browser, newPage, login, shot, check, settle, BASE } from './lib.mjs';

const b = await browser();
try {
  const page = await newPage(b);
  await page.goto(BASE + '/');
  check(new URL(page.url()).pathname === '/login', 'an anonymous visitor is sent to the login page');
  await shot(page, 'foundation-01-login');

  await login(page, 'sakura-office');
  await shot(page, 'foundation-02-home');
  check(await page.getByText('承認待ちの施設申請').isVisible(), 'the home page shows the applications waiting');

  await page.goto(BASE + '/admin/facilities');
  await settle(page);
  const row = page.locator('vaadin-grid-cell-content', { hasText: 'こもれび訪問看護ステーション' }).first();
  await row.waitFor({ timeout: 15000 });
  await shot(page, 'foundation-03-facilities');
  await row.click();
  await page.waitForURL(u => /\/admin\/facilities\/\d+$/.test(u.pathname));
  await settle(page);
  check(await page.getByText('申請中').first().isVisible(), 'the facility is pending');

  await page.locator('#approve').click();
  await page.getByRole('dialog').getByRole('button', { name: '承認する' }).click();
  await page.getByText('利用中').first().waitFor({ timeout: 15000 });
  check(await page.getByText('承認しました').first().isVisible().catch(() => true), 'a notice confirms the approval');
  await shot(page, 'foundation-04-approved');

  const english = await newPage(b, { locale: 'en-US' });
  await english.goto(BASE + '/login');
  await settle(english);
  check(await english.getByText('Forgot your password?').isVisible(), 'a browser asking for English gets English');

  const phone = await newPage(b, { phone: true });
  await login(phone, 'sakura-office');
  await phone.goto(BASE + '/admin/facilities');
  await settle(phone);
  await shot(phone, 'foundation-05-facilities-phone');
} finally {
  await b.close();
}
