// The care plan on an admission sheet (入院時情報提供書, "care plan attached"): the care manager attaches it on a
// phone; the hospital's nurse sees it on the sheet's page and downloads the same file; the timeline says so.
import { readFileSync } from 'node:fs';
import { browser, newPage, login, shot, check, settle, BASE } from './lib.mjs';

const pdf = Buffer.from(`%PDF-1.4\n% care plan (E2E ${new Date().toISOString()})\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n`);

const b = await browser();
try {
  const cm = await newPage(b, { phone: true });
  await login(cm, 'cm-hayashi');
  await cm.goto(BASE + '/handoffs');
  await settle(cm);
  await cm.locator('vaadin-tab', { hasText: '送信済み' }).click();
  await settle(cm);
  await cm.locator('.handoff-card', { hasText: '入院時情報提供書' }).filter({ hasText: '中村 正男' }).first().click();
  await cm.waitForURL(u => /\/handoffs\/\d+$/.test(u.pathname), { timeout: 20000 });
  await settle(cm);
  const url = cm.url();
  check(await cm.locator('#care-plan').isVisible(), 'the admission sheet has a care plan section');
  const [chooser] = await Promise.all([
    cm.waitForEvent('filechooser'),
    cm.locator('#care-plan vaadin-upload vaadin-button').first().click(),
  ]);
  await chooser.setFiles({ name: 'ケアプラン第1表.pdf', mimeType: 'application/pdf', buffer: pdf });
  await cm.locator('#download-care-plan').waitFor({ timeout: 20000 });
  check((await cm.locator('#download-care-plan').innerText()).includes('ケアプラン第1表.pdf'), 'the care manager sees the attached file');
  await cm.locator('#care-plan').scrollIntoViewIfNeeded();
  await shot(cm, 'handoff-07-care-plan-phone');

  const hospital = await newPage(b);
  await login(hospital, 'hosp-nurse');
  await hospital.goto(url);
  await settle(hospital);
  check(await hospital.locator('#care-plan vaadin-upload').count() === 0, 'the hospital cannot replace it');
  const [download] = await Promise.all([
    hospital.waitForEvent('download'),
    hospital.locator('#download-care-plan').click(),
  ]);
  const got = readFileSync(await download.path());
  check(got.equals(pdf), 'the hospital downloads exactly the file the care manager attached');
  check(await hospital.locator('#handoff-timeline').getByText('ケアプランの添付').first().isVisible(), 'the timeline shows the attachment');
  await shot(hospital, 'handoff-08-care-plan-hospital');
} finally {
  await b.close();
}
