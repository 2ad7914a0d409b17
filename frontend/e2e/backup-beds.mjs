// Backup beds (在宅療養後方支援病床) on a phone: the visiting nurse drafts a request for 田中 一郎, dr-yamada confirms it,
// 桜ヶ丘北病院 declines (満床), the next hospital with free beds is one tap, 桜ヶ丘中央病院 accepts. Then the live board: a
// hospital's new figure reaches a second open browser without a reload, and the time it took is printed.
import { browser, newPage, login, shot, check, settle, BASE } from './lib.mjs';

async function pick(page, selectId, text) {
  await page.locator('#' + selectId).click();
  await page.locator('vaadin-select-item', { hasText: text }).first().click();
}

const b = await browser();
try {
  const nurse = await newPage(b, { phone: true });
  await login(nurse, 'nurse-sasaki');
  await nurse.goto(BASE + '/beds?tab=requests');
  await settle(nurse);
  await nurse.locator('#request-form').click();
  await settle(nurse);
  await nurse.locator('#request-patient input').fill('田中');
  await nurse.locator('vaadin-combo-box-item', { hasText: '田中 一郎' }).first().click();
  await pick(nurse, 'request-hospital', '桜ヶ丘北病院');
  await pick(nurse, 'request-purpose', '肺炎');
  await pick(nurse, 'request-transport', '介護タクシー');
  await nurse.locator('#request-note textarea').fill('E2E: 37.8℃の発熱と痰の増加。SpO2 94%。数日の入院加療をお願いします。');
  await shot(nurse, 'beds-01-request-form-phone');
  await nurse.locator('#request-submit').click();
  await nurse.waitForURL(u => /\/beds\/requests\/\d+$/.test(u.pathname), { timeout: 20000 });
  await settle(nurse);
  const first = nurse.url();
  check((await nurse.locator('#bed-status').innerText()).includes('下書き'), 'the nurse\'s request waits for the doctor');

  const yamada = await newPage(b, { phone: true });
  await login(yamada, 'dr-yamada');
  await yamada.goto(first);
  await settle(yamada);
  await yamada.locator('#bed-confirm').click();
  await settle(yamada);
  await yamada.locator('#bed-status', { hasText: '依頼中' }).waitFor({ timeout: 20000 });
  check(true, 'the 主治医 confirmed: sent to 桜ヶ丘北病院');

  const north = await newPage(b, { phone: true });
  await login(north, 'north-msw');
  await north.goto(first);
  await settle(north);
  const [pdfDownload] = await Promise.all([north.waitForEvent('download'), north.locator('#bed-referral-pdf').click()]);
  check((await pdfDownload.path()) !== null, 'the hospital downloads the 診療情報提供書');
  await north.locator('#bed-decline').click();
  await north.locator('#bed-decline-save').waitFor({ timeout: 20000 });
  await north.locator('#bed-decline-save').click();
  await settle(north);
  await north.locator('#bed-status', { hasText: '受入不可' }).waitFor({ timeout: 20000 });
  check(true, '桜ヶ丘北病院 declined (満床)');

  await yamada.reload();
  await settle(yamada);
  const forward = yamada.locator('[id^="forward-"]').first();
  await forward.waitFor({ timeout: 20000 });
  check((await forward.innerText()).includes('桜ヶ丘中央病院'), 'the next hospital with free beds is offered');
  await shot(yamada, 'beds-02-declined-next-hospital-phone');
  await forward.click();
  await yamada.waitForURL(u => /\/beds\/requests\/\d+$/.test(u.pathname) && u.href !== first, { timeout: 20000 });
  await settle(yamada);
  const second = yamada.url();

  const central = await newPage(b, { phone: true });
  await login(central, 'hosp-msw');
  await central.goto(second);
  await settle(central);
  await central.locator('#bed-accept').click();
  await central.locator('#bed-accept-save').waitFor({ timeout: 20000 });
  await central.locator('#bed-accept-save').click();
  await settle(central);
  await central.locator('#bed-status', { hasText: '受入可' }).waitFor({ timeout: 20000 });
  check(true, '桜ヶ丘中央病院 accepted');
  await shot(central, 'beds-03-accepted-phone');

  // the live board: the doctor's desktop browser shows the new figure without a reload
  const board = await newPage(b, { locale: 'en-US' });
  await login(board, 'dr-ito');
  await board.goto(BASE + '/beds?tab=board');
  await settle(board);
  await board.locator('#bed-board').waitFor({ timeout: 20000 });
  await central.goto(BASE + '/beds?tab=board');
  await settle(central);
  const save = central.locator('[id^="free-save-"]').first();
  const hospitalId = (await save.getAttribute('id')).replace('free-save-', '');
  const before = (await board.locator(`#bed-card-${hospitalId} .free-beds`).innerText()).trim();
  await central.locator(`#free-plus-${hospitalId}`).click();
  const started = Date.now();
  await save.click();
  await board.waitForFunction(([id, old]) => {
    const e = document.querySelector(`#bed-card-${id} .free-beds`);
    return e && e.textContent.trim() !== old;
  }, [hospitalId, before], { timeout: 20000, polling: 20 });
  const ms = Date.now() - started;
  const after = (await board.locator(`#bed-card-${hospitalId} .free-beds`).innerText()).trim();
  check(after !== before, `the second browser shows ${after} (was ${before}) without a reload, ${ms} ms after the tap`);
  console.log(`LIVE-BOARD-MS ${ms}`);
  await shot(board, 'beds-04-board-desktop-en');
  await shot(central, 'beds-05-board-phone');
  const ja = await newPage(b);
  await login(ja, 'sakura-office');
  await ja.goto(BASE + '/beds?tab=programme');
  await settle(ja);
  await shot(ja, 'beds-06-programme-desktop');
  await ja.goto(BASE + '/beds?tab=figures');
  await settle(ja);
  await shot(ja, 'beds-07-figures-desktop');
} finally {
  await b.close();
}
