// Round-the-clock cover (24時間の診療体制) on a phone: the covering doctor (dr-ogawa, who covers dr-yamada's patients
// now) opens tonight's briefs and records a call; dr-yamada, the 主治医, confirms last night's morning report; a
// visiting nurse sees 今夜の連絡先 on the patient page; the association's rota with its gap, and the figures, on a
// desktop, in Japanese and English.
import { readFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { browser, newPage, login, shot, check, settle, BASE, SHOTS } from './lib.mjs';

const b = await browser();
try {
  const ogawa = await newPage(b, { phone: true });
  await login(ogawa, 'dr-ogawa');
  await ogawa.goto(BASE + '/on-call');
  await settle(ogawa);
  await ogawa.locator('.brief-card').first().waitFor({ timeout: 20000 });
  const cards = await ogawa.locator('.brief-card').count();
  check(cards >= 3, `tonight's briefs are listed (${cards})`);
  check(await ogawa.locator('.brief-card', { hasText: '鈴木 トメ' }).first().getByText('DNAR').first().isVisible(),
    "鈴木 トメ's brief says DNAR");
  check(await ogawa.locator('.brief-card', { hasText: '鈴木 トメ' }).first().getByText('キーボックス').first().isVisible(),
    'and how to get in');
  await shot(ogawa, 'oncall-01-tonight-phone');
  const [download] = await Promise.all([ogawa.waitForEvent('download'), ogawa.locator('#briefs-pdf').click()]);
  const pdf = readFileSync(await download.path());
  check(pdf.subarray(0, 5).toString('latin1') === '%PDF-', `tonight's briefs as a PDF (${pdf.length} bytes)`);
  copyFileSync(await download.path(), join(SHOTS, 'oncall-briefs.pdf'));
  const button = ogawa.locator('[id^="record-call-"]').first();
  const patientCard = ogawa.locator('.brief-card', { has: button });
  const patientName = (await patientCard.locator('.patient-name').first().innerText()).trim();
  await button.click();
  await ogawa.locator('#save-call').waitFor({ timeout: 20000 });
  await ogawa.locator('#call-caller').click();
  await ogawa.locator('vaadin-select-item', { hasText: '家族' }).first().click();
  await ogawa.locator('#call-outcome').click();
  await ogawa.locator('vaadin-select-item', { hasText: '電話指示' }).first().click();
  await ogawa.locator('#call-note textarea').fill('E2E: 発熱の相談。頓用の解熱剤を指示し、朝に主治医へ報告。');
  await shot(ogawa, 'oncall-02-record-call-phone');
  await ogawa.locator('#save-call').click();
  await settle(ogawa);
  await ogawa.locator('#save-call').waitFor({ state: 'detached', timeout: 20000 });
  check(true, `the call about ${patientName} is recorded`);

  const yamada = await newPage(b, { phone: true });
  await login(yamada, 'dr-yamada');
  await yamada.goto(BASE + '/on-call?tab=reports');
  await settle(yamada);
  const confirm = yamada.locator('[id^="confirm-report-"]').first();
  await confirm.waitFor({ timeout: 20000 });
  check(await yamada.getByText('人工呼吸器の低圧アラーム').first().isVisible(), "last night's calls are in the report");
  await shot(yamada, 'oncall-03-report-phone');
  const id = await confirm.getAttribute('id');
  await confirm.click();
  await settle(yamada);
  await yamada.locator('#' + id).waitFor({ state: 'detached', timeout: 20000 });
  check(true, 'the 主治医 confirmed the report (確認しました)');
  await shot(yamada, 'oncall-04-report-confirmed-phone');
  await yamada.goto(BASE + '/on-call?tab=briefs');
  await settle(yamada);
  await shot(yamada, 'oncall-05-my-briefs-phone');

  const nurse = await newPage(b, { phone: true });
  await login(nurse, 'nurse-sasaki');
  await nurse.goto(BASE + '/patients');
  await settle(nurse);
  await nurse.getByText('鈴木 トメ').first().click();
  await nurse.locator('#tonight-contacts').waitFor({ timeout: 20000 });
  check((await nurse.locator('#tonight-contacts').innerText()).includes('あおば内科クリニック'), 'the nurse sees who covers tonight');
  await shot(nurse, 'oncall-06-contacts-phone');

  for (const locale of ['ja-JP', 'en-US']) {
    const office = await newPage(b, { locale });
    await login(office, 'sakura-office');
    await office.goto(BASE + '/on-call?tab=rota');
    await settle(office);
    await office.locator('.gap').first().waitFor({ timeout: 20000 });
    check(await office.locator('.gap').count() >= 1, `the coordinator sees the gap in red (${locale})`);
    await shot(office, 'oncall-07-rota-desktop-' + locale);
    await office.goto(BASE + '/on-call?tab=figures');
    await settle(office);
    await shot(office, 'oncall-08-figures-desktop-' + locale);
  }
  const en = await newPage(b, { phone: true, locale: 'en-US' });
  await login(en, 'dr-ogawa');
  await en.goto(BASE + '/on-call');
  await settle(en);
  await en.locator('.brief-card').first().waitFor({ timeout: 20000 });
  await shot(en, 'oncall-09-tonight-phone-en');
} finally {
  await b.close();
}
