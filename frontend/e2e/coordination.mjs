// The coordination desk (在宅療養支援窓口) on a phone: hosp-msw files a request for a home doctor for a ventilated patient,
// desk-abe sends inquiries to clinics found by what they take on, a clinic accepts, the desk proposes it and the MSW
// accepts the match; then the desk's supply-and-demand charts on a desktop, in Japanese and English.
import { browser, newPage, login, shot, check, settle, BASE } from './lib.mjs';

async function pick(page, selectId, text) {
  await page.locator('#' + selectId).click();
  await page.locator('vaadin-select-item', { hasText: text }).first().click();
}

const b = await browser();
try {
  const msw = await newPage(b, { phone: true });
  await login(msw, 'hosp-msw');
  await msw.goto(BASE + '/coordination?tab=file');
  await settle(msw);
  await pick(msw, 'coordination-need', '在宅医');
  await msw.locator('#coordination-capabilities input').click();
  await msw.locator('vaadin-multi-select-combo-box-item', { hasText: '人工呼吸器' }).first().click();
  await msw.keyboard.press('Escape');
  const district = msw.locator('#coordination-district');
  if (await district.count()) {
    await district.click();
    await msw.locator('vaadin-select-item', { hasText: '桜ヶ丘区' }).first().click();
  }
  await msw.locator('#coordination-age input').fill('71');
  await msw.locator('#coordination-note textarea').fill('E2E: ALSでTPPV。退院後の在宅医を探しています。');
  await shot(msw, 'coordination-01-file-phone');
  await msw.locator('#coordination-submit').click();
  await msw.waitForURL(u => /\/coordination\/\d+$/.test(u.pathname), { timeout: 20000 });
  await settle(msw);
  const url = msw.url();
  check(true, 'the MSW filed the request: ' + url);

  const desk = await newPage(b, { phone: true });
  await login(desk, 'desk-abe');
  await desk.goto(url);
  await settle(desk);
  await desk.locator('#coordination-inquire').click();
  await desk.locator('#inquire-send').waitFor({ timeout: 20000 });
  const boxes = desk.locator('[id^="inquire-facility-"]');
  const n = await boxes.count();
  check(n >= 2, `the desk sees ${n} clinics that take ventilated patients`);
  for (let i = 0; i < n; i++) await boxes.nth(i).click();
  await shot(desk, 'coordination-02-candidates-phone');
  await desk.locator('#inquire-send').click();
  await settle(desk);
  await desk.locator('#coordination-timeline').waitFor({ timeout: 20000 });
  check(true, 'inquiries sent');

  const clinic = await newPage(b, { phone: true });
  await login(clinic, 'dr-yamada');
  await clinic.goto(BASE + '/coordination?tab=inquiries');
  await settle(clinic);
  const accept = clinic.locator('[id^="answer-accept-"]').first();
  await accept.waitFor({ timeout: 20000 });
  await shot(clinic, 'coordination-03-inquiry-phone');
  await accept.click();
  await settle(clinic);
  check(true, 'さくら在宅クリニック answered 受入可');

  await desk.reload();
  await settle(desk);
  const propose = desk.locator('[id^="propose-"]').first();
  await propose.waitFor({ timeout: 20000 });
  await propose.click();
  await settle(desk);
  check(true, 'the desk proposed the clinic');

  await msw.reload();
  await settle(msw);
  await msw.locator('#coordination-accept').click();
  await settle(msw);
  await msw.getByText('成立').first().waitFor({ timeout: 20000 });
  check(true, 'the MSW accepted the match (成立)');
  await shot(msw, 'coordination-04-matched-phone');

  for (const locale of ['ja-JP', 'en-US']) {
    const office = await newPage(b, { locale });
    await login(office, 'desk-abe');
    await office.goto(BASE + '/coordination?tab=supply');
    await settle(office);
    await office.locator('img').first().waitFor({ timeout: 20000 });
    await shot(office, 'coordination-05-demand-desktop-' + locale);
    await office.goto(BASE + '/coordination?tab=desk');
    await settle(office);
    await shot(office, 'coordination-06-queue-desktop-' + locale);
  }
} finally {
  await b.close();
}
