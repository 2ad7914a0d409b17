// Patients: a visiting nurse edits a patient's summary; the doctor on the same team, on a phone, sees
// the patient marked as changed and reads the new version.
import { browser, newPage, login, shot, check, settle, BASE } from './lib.mjs';

const stamp = new Date().toISOString().slice(11, 19);
const note = `夜間の呼吸苦が増えている（E2E ${stamp}）`;
const b = await browser();
try {
  const nurse = await newPage(b);
  await login(nurse, 'nurse-sasaki');
  await nurse.goto(BASE + '/patients');
  await settle(nurse);
  await shot(nurse, 'patients-01-my-patients');
  await nurse.locator('vaadin-grid-cell-content', { hasText: '鈴木 トメ' }).first().click();
  await nurse.waitForURL(u => /\/patients\/\d+$/.test(u.pathname));
  await settle(nurse);
  const before = (await nurse.locator('#summary-version').innerText()).trim();
  console.log('before:', before);
  await nurse.getByRole('tab', { name: '編集' }).click();
  await settle(nurse);
  await nurse.locator('vaadin-details').filter({ hasText: 'その他' }).last().locator('vaadin-details-summary').click();
  const notes = nurse.locator('vaadin-text-area').filter({ has: nurse.locator('label', { hasText: 'その他' }) }).last();
  await notes.locator('textarea').fill(note);
  await nurse.locator('vaadin-text-field[placeholder]').filter({ has: nurse.locator('input[placeholder="変更内容のメモ（任意）"]') })
    .locator('input').fill('E2E: 夜間の症状を追記');
  await shot(nurse, 'patients-02-editing');
  await nurse.locator('#save-summary').click();
  await nurse.getByText('として保存しました').first().waitFor({ timeout: 15000 });
  await settle(nurse);
  const after = (await nurse.locator('#summary-version').innerText()).trim();
  console.log('after:', after);
  check(after !== before && after.includes('佐々木 陽子'), 'the nurse saved a new version');
  await shot(nurse, 'patients-03-saved');

  const doctor = await newPage(b, { phone: true });
  await login(doctor, 'dr-yamada');
  await doctor.goto(BASE + '/patients');
  await settle(doctor);
  const row = doctor.locator('vaadin-grid-cell-content', { hasText: '鈴木 トメ' }).first();
  await row.waitFor();
  check(await row.getByText('更新あり').isVisible(), 'the doctor sees the patient marked as changed');
  await shot(doctor, 'patients-04-doctor-list-phone');
  await row.click();
  await doctor.waitForURL(u => /\/patients\/\d+$/.test(u.pathname));
  await settle(doctor);
  check((await doctor.locator('#summary-version').innerText()).trim() === after, 'the doctor reads the same new version');
  check(await doctor.getByText(note).isVisible(), 'the doctor sees what the nurse wrote');
  await shot(doctor, 'patients-05-doctor-patient-phone');

  const fhirLink = doctor.locator('#patient-fhir');
  check((await fhirLink.innerText()).includes('FHIR（患者サマリー）'), 'the patient page offers the summary as FHIR');
  await fhirLink.scrollIntoViewIfNeeded();
  await shot(doctor, 'patients-05b-fhir-link-phone');
  const [fhir] = await Promise.all([doctor.waitForEvent('download'), fhirLink.click()]);
  const bundle = JSON.parse(await (await import('node:fs/promises')).readFile(await fhir.path(), 'utf8'));
  check(bundle.resourceType === 'Bundle' && bundle.entry[0].resource.type.coding[0].code === '56447-6',
    'the download is the patient summary as a FHIR document (計画書)');
  await settle(doctor);

  await doctor.getByRole('tab', { name: '履歴' }).click();
  await settle(doctor);
  await doctor.locator('vaadin-grid-cell-content', { hasText: 'E2E: 夜間の症状を追記' }).first().click();
  await doctor.getByRole('button', { name: '前の版と比較' }).click();
  await settle(doctor);
  check(await doctor.locator('.diff-added', { hasText: note }).isVisible(), 'the history shows what changed');
  await shot(doctor, 'patients-06-history-diff-phone');

  // logging out ends the login everywhere: the signed login cookie another node could resume is gone too
  const loginCookie = async () => (await doctor.context().cookies()).find(c => c.name === 'RENKEI_LOGIN' && c.value);
  check(await loginCookie(), 'a logged-in member has the login cookie another node can resume');
  await doctor.addStyleTag({ content: 'copilot-main, vaadin-dev-tools { display: none !important; }' });
  await doctor.locator('#user-menu').click();
  await doctor.getByRole('menuitem', { name: 'ログアウト' }).click();
  await doctor.waitForURL(u => u.pathname.startsWith('/login'), { timeout: 15000 });
  check(!(await loginCookie()), 'logging out clears the login cookie');
  await doctor.goto(BASE + '/patients');
  await doctor.waitForURL(u => u.pathname.startsWith('/login'), { timeout: 15000 }).catch(() => {});
  check(new URL(doctor.url()).pathname.startsWith('/login'), 'after logging out, the portal asks for the login again');
} finally {
  await b.close();
}
