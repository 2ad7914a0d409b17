// Handoffs: the hospital's discharge nurse writes and sends the discharge information to the home team; the
// visiting nurse, on a phone, accepts it; the discharge nurse sees it accepted on the timeline. The sheet's
// PDF is downloaded, rendered to an image with pdftoppm and read back with pdftotext.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { browser, newPage, login, shot, check, settle, BASE, SHOTS } from './lib.mjs';

const stamp = new Date().toISOString().slice(11, 19);
const course = `抗菌薬で解熱し、とろみ食で経口摂取が安定（E2E ${stamp}）`;
/** The whole page in one picture: the layout scrolls inside, so the window is made as tall as the page. */
async function tall(page, take) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: size.width, height: 3400 });
  await take();
  await page.setViewportSize(size);
}

const b = await browser();
try {
  const hospital = await newPage(b);
  await login(hospital, 'hosp-nurse');
  await hospital.goto(BASE + '/patients');
  await settle(hospital);
  await hospital.locator('vaadin-grid-cell-content', { hasText: '中村 正男' }).first().click();
  await hospital.waitForURL(u => /\/patients\/\d+$/.test(u.pathname));
  await settle(hospital);
  await hospital.locator('#patient-handoffs').click();
  await hospital.waitForURL(u => u.pathname === '/handoffs');
  await settle(hospital);
  await hospital.locator('#new-handoff').click();
  await hospital.waitForURL(u => u.pathname === '/handoffs/new');
  await settle(hospital);
  const recipients = await hospital.locator('#handoff-recipients vaadin-combo-box').evaluateAll(
    boxes => boxes.map(b => b.selectedItem ? b.inputElement.value : '').filter(v => v));
  console.log('suggested recipients:', recipients.join(' / '));
  check(recipients.some(r => r.includes('訪問看護ステーションあおぞら')), 'the home team is suggested as recipients');
  check((await hospital.locator('#sheet-admissionDate input').inputValue()) !== '', 'the admission date comes from the admission sheet');
  await hospital.locator('#sheet-chiefComplaint input').fill('発熱、食欲低下');
  await hospital.locator('#sheet-reasonForAdmission textarea').fill('誤嚥性肺炎');
  await hospital.locator('#sheet-admissionDiagnoses textarea').fill('誤嚥性肺炎');
  await hospital.locator('#sheet-dischargeDiagnoses textarea').fill('誤嚥性肺炎（改善）\nアルツハイマー型認知症');
  await hospital.locator('#sheet-hospitalCourse textarea').fill(course);
  await hospital.locator('#sheet-outcome input').fill('治癒・軽快');
  await hospital.locator('#sheet-outcome input').press('Enter');
  await hospital.locator('#sheet-nursingPoints textarea').fill('食事は中間のとろみ。食後30分は座位を保つ。');
  await hospital.locator('#sheet-dischargeInstructions textarea').fill('退院後1週間以内に訪問診療。訪問看護は週2回。');
  await tall(hospital, () => shot(hospital, 'handoff-01-discharge-form'));
  await hospital.locator('#save-and-send').click();
  await hospital.locator('vaadin-confirm-dialog-overlay vaadin-button[slot="confirm-button"], vaadin-confirm-dialog vaadin-button[slot="confirm-button"]').first().click();
  await hospital.waitForURL(u => /\/handoffs\/\d+$/.test(u.pathname), { timeout: 20000 });
  await settle(hospital);
  const url = hospital.url();
  console.log('handoff:', url);
  check((await hospital.locator('#handoff-status').innerText()).includes('送信済み'), 'the handoff is sent');
  await tall(hospital, () => shot(hospital, 'handoff-02-sent'));

  const nurse = await newPage(b, { phone: true });
  await login(nurse, 'nurse-sasaki');
  await nurse.goto(BASE + '/handoffs');
  await settle(nurse);
  check(await nurse.locator('#handoffs-to-answer .handoff-card', { hasText: '中村 正男' }).first().isVisible(),
    'the visiting nurse has it in the list to answer');
  await shot(nurse, 'handoff-03-nurse-list-phone');
  await nurse.goto(url);
  await settle(nurse);
  check(await nurse.getByText('あなたの施設の回答を待っています').isVisible(), 'the nurse is told her answer is awaited');
  check(await nurse.getByText(course).isVisible(), 'the nurse reads the hospital course');
  await nurse.locator('#handoff-actions vaadin-button[id^="accept-"]').click();
  await nurse.locator('vaadin-confirm-dialog-overlay vaadin-button[slot="confirm-button"], vaadin-confirm-dialog vaadin-button[slot="confirm-button"]').first().click();
  await nurse.getByText('受諾しました').first().waitFor({ timeout: 15000 });
  await settle(nurse);
  await shot(nurse, 'handoff-04-nurse-accepted-phone');

  await hospital.reload();
  await settle(hospital);
  const row = hospital.locator('#handoff-recipients .recipient-row', { hasText: '訪問看護ステーションあおぞら' });
  check((await row.innerText()).includes('受諾'), 'the discharge nurse sees the visiting nurse station accepted');
  const timeline = await hospital.locator('#handoff-timeline').innerText();
  console.log(timeline.replace(/\n/g, ' | '));
  for (const step of ['作成', '送信', '開封', '受諾']) {
    check(timeline.includes(step), `the timeline shows ${step}`);
  }
  await hospital.locator('#handoff-timeline').scrollIntoViewIfNeeded();
  await shot(hospital, 'handoff-05-timeline');

  const [download] = await Promise.all([hospital.waitForEvent('download'), hospital.locator('#download-pdf').click()]);
  const pdf = join(SHOTS, 'handoff-discharge.pdf');
  await download.saveAs(pdf);
  check(statSync(pdf).size > 1000, 'the PDF was downloaded');
  execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', '-singlefile', pdf, join(SHOTS, 'handoff-06-pdf-page1')]);
  check(existsSync(join(SHOTS, 'handoff-06-pdf-page1.png')), 'pdftoppm rendered the first page');
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString('utf8');
  check(text.includes('退院時情報提供書'), 'the PDF reads 退院時情報提供書');
  check(text.includes('中村 正男'), 'the PDF names the patient');
  check(text.includes('訪問看護ステーションあおぞら'), 'the PDF names the recipients');
  const fonts = execFileSync('pdffonts', [pdf]).toString('utf8');
  console.log(fonts);
  check(/BIZUDGothic/.test(fonts) && !/\bno\s+no\s+no\b/.test(fonts.split('\n').filter(l => /BIZUD/.test(l)).join('\n')),
    'the Japanese font is embedded');
  const [fhir] = await Promise.all([hospital.waitForEvent('download'), hospital.locator('#download-fhir').click()]);
  const bundle = JSON.parse(await (await import('node:fs/promises')).readFile(await fhir.path(), 'utf8'));
  check(bundle.resourceType === 'Bundle' && bundle.type === 'document', 'the FHIR download is a document Bundle');
  check(bundle.entry[0].resource.type.coding[0].code === '18842-5', 'its Composition is a discharge summary');
} finally {
  await b.close();
}
