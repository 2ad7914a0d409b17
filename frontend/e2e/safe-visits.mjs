// Safe visits on a phone: nurse-matsumoto reports verbal abuse at 中村 正男's home with a photo, in Japanese; the station's
// administrator (nurse-sasaki) acknowledges it, records what was done and adds a visit-risk measure on the patient;
// dr-ito, on the team, sees the measure marked on his patients and confirms it, but cannot open the report; then the
// two-person visits, the help tab and the association's counts on a desktop, in English.
import { deflateSync, crc32 } from 'node:zlib';
import { browser, newPage, login, shot, check, settle, BASE } from './lib.mjs';

/** A 320×200 PNG of two colours: what a phone's photo of a door would be, for the test's purpose. */
function photo() {
  const w = 320, h = 200;
  const rows = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    rows[y * (w * 3 + 1)] = 0;
    for (let x = 0; x < w; x++) {
      const o = y * (w * 3 + 1) + 1 + x * 3;
      const door = x > 110 && x < 210 && y > 30;
      rows[o] = door ? 120 : 200; rows[o + 1] = door ? 80 : 200; rows[o + 2] = door ? 40 : 190;
    }
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td) >>> 0);
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4); ihdr[8] = 8; ihdr[9] = 2;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

const b = await browser();
try {
  // a nurse reports right after the visit, on her phone
  const nurse = await newPage(b, { phone: true });
  await login(nurse, 'nurse-matsumoto');
  await nurse.goto(BASE + '/safety');
  await settle(nurse);
  await shot(nurse, 'safety-01-reports-phone');
  await nurse.locator('#safety-report-now').click();
  await nurse.waitForURL(u => u.pathname === '/safety/report', { timeout: 20000 });
  await settle(nurse);
  await nurse.locator('#safety-kinds vaadin-checkbox', { hasText: '精神的暴力・暴言' }).click();
  await nurse.locator('#safety-by-whom vaadin-radio-button', { hasText: '家族' }).click();
  await nurse.locator('#safety-patient input').fill('中村');
  await nurse.locator('vaadin-combo-box-item', { hasText: '中村 正男' }).first().click();
  await nurse.locator('#safety-what-happened textarea').fill('E2E: 玄関で長男から大声で怒鳴られ、退室を求められた。');
  const [chooser] = await Promise.all([
    nurse.waitForEvent('filechooser'),
    nurse.locator('#safety-upload vaadin-button').first().click(),
  ]);
  await chooser.setFiles({ name: '玄関.png', mimeType: 'image/png', buffer: photo() });
  await nurse.locator('#safety-files span').first().waitFor({ timeout: 20000 });
  await shot(nurse, 'safety-02-report-form-phone');
  await nurse.locator('#safety-submit').click();
  await nurse.waitForURL(u => /\/safety\/reports\/\d+$/.test(u.pathname), { timeout: 20000 });
  await settle(nurse);
  const reportUrl = nurse.url();
  check((await nurse.locator('#safety-status').innerText()).includes('提出'), 'the report is submitted: ' + reportUrl);
  await nurse.locator('#safety-evidence img.safety-photo').waitFor({ timeout: 20000 });
  check(await nurse.locator('#safety-evidence img.safety-photo').evaluate(i => i.naturalWidth) === 320, 'the photo is shown');
  await shot(nurse, 'safety-03-report-submitted-phone');

  // the station's administrator acknowledges it and records what was done
  const admin = await newPage(b);
  await login(admin, 'nurse-sasaki');
  await admin.goto(BASE + '/');
  await settle(admin);
  check(await admin.locator('.home-card', { hasText: '確認待ちのインシデント報告' }).count() === 1, 'the home page asks the administrator');
  await admin.goto(reportUrl);
  await settle(admin);
  await admin.locator('#safety-do-acknowledge').click();
  await settle(admin);
  await admin.locator('#safety-do-respond').click();
  await admin.locator('#safety-response-kind').click();
  await admin.locator('vaadin-select-item', { hasText: '訪問時の対策を設定' }).first().click();
  await admin.locator('#safety-response-note textarea').fill('玄関先での待機を追加');
  await admin.locator('#safety-response-save').click();
  await admin.locator('#safety-response-save').waitFor({ state: 'detached', timeout: 20000 });
  await settle(admin);
  check((await admin.locator('#safety-status').innerText()).includes('対応中'), 'the report is 対応中');
  await shot(admin, 'safety-04-report-admin-desktop');

  // and adds a measure on the patient's page
  await admin.goto(BASE + '/patients');
  await settle(admin);
  await admin.locator('.patient-card', { hasText: '中村 正男' }).first().click();
  await admin.waitForURL(u => /\/patients\/\d+/.test(u.pathname), { timeout: 20000 });
  await settle(admin);
  const patientUrl = admin.url();
  await admin.locator('#visit-measures').waitFor({ timeout: 20000 });
  await admin.locator('#measures-add').click();
  await admin.locator('#measure-kind').click();
  await admin.locator('vaadin-select-item', { hasText: '玄関先で待機' }).first().click();
  await admin.locator('#measure-note textarea').fill('呼び鈴の後、次男が出てくるまで玄関先で待つ');
  await admin.locator('#measure-save').click();
  await admin.locator('#measure-save').waitFor({ state: 'detached', timeout: 20000 });
  await settle(admin);
  const measure = admin.locator('.visit-measure', { hasText: '玄関先で待機' });
  await measure.waitFor({ timeout: 20000 });
  check((await measure.innerText()).includes('伊藤'), 'the administrator sees who has not confirmed it: ' + (await measure.innerText()).replace(/\n/g, ' '));
  await shot(admin, 'safety-05-measures-admin-desktop');

  // another member of the team sees it on his patients and confirms it
  const doctor = await newPage(b, { phone: true });
  await login(doctor, 'dr-ito');
  await doctor.goto(BASE + '/patients');
  await settle(doctor);
  const card = doctor.locator('.patient-card', { hasText: '中村 正男' }).first();
  check((await card.innerText()).includes('対策の確認'), 'my patients marks the measure to confirm');
  await shot(doctor, 'safety-06-my-patients-phone');
  await doctor.goto(patientUrl);
  await settle(doctor);
  await doctor.locator('#measures-confirm').waitFor({ timeout: 20000 });
  await shot(doctor, 'safety-07-measures-phone');
  await doctor.locator('#measures-confirm').click();
  await settle(doctor);
  check(await doctor.locator('#measures-confirm').count() === 0, 'the doctor confirmed the measures');
  await doctor.goto(BASE + '/patients');
  await settle(doctor);
  check(!(await doctor.locator('.patient-card', { hasText: '中村 正男' }).first().innerText()).includes('対策の確認'), 'the mark is gone');
  await doctor.goto(reportUrl);
  await settle(doctor);
  check(!(await doctor.locator('body').innerText()).includes('E2E: 玄関で長男'), 'the 主治医 cannot read the report');
  await shot(doctor, 'safety-08-report-refused-phone');
  await admin.goto(patientUrl);
  await settle(admin);
  check(!(await admin.locator('.visit-measure', { hasText: '玄関先で待機' }).innerText()).includes('伊藤'), 'the administrator sees he confirmed');

  // the desktop in English: two-person visits, help, and the association's counts
  const en = await newPage(b, { locale: 'en-US' });
  await login(en, 'nurse-sasaki');
  await en.goto(BASE + '/safety?tab=pairs');
  await settle(en);
  await en.locator('#safety-pair-list .safety-pair').first().waitFor({ timeout: 20000 });
  await shot(en, 'safety-09-pairs-desktop-en');
  await en.goto(BASE + '/safety?tab=help');
  await settle(en);
  await shot(en, 'safety-10-help-desktop-en');
  const office = await newPage(b, { locale: 'en-US', phone: true });
  await login(office, 'sakura-office');
  await office.goto(BASE + '/safety?tab=figures');
  await settle(office);
  await office.locator('#safety-figures-months').waitFor({ timeout: 20000 });
  check(!(await office.locator('body').innerText()).includes('中村'), 'the association sees no names');
  await shot(office, 'safety-11-figures-phone-en');
} finally {
  await b.close();
}
