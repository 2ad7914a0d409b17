// The association's calendar (研修・連絡会): a nurse registers on a phone for the full 入退院時連携研修 and is put on the
// waiting list, a confirmed nurse cancels and she moves up; the organiser shows today's 症例検討会 with the door's QR
// link, the nurse checks in by that link and downloads her certificate (修了証); then the calendar, a meeting, the
// organiser's list and the figures on a desktop and a phone, in Japanese and English.
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { browser, newPage as plainPage, login, shot, check, settle, totp, BASE, SHOTS, PASSWORD } from './lib.mjs';

// the dev server's tool bar and its pop-up would cover the top of every phone screenshot (a production build has none)
async function newPage(b, options) {
  const page = await plainPage(b, options);
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const style = document.createElement('style');
      style.textContent = 'vaadin-dev-tools, copilot-main { display: none !important; }';
      document.head.appendChild(style);
    });
  });
  return page;
}

/** A screenshot with the element scrolled into view (the page scrolls inside Vaadin's layout, not the document). */
async function shotAt(page, selector, name) {
  await page.locator(selector).first().scrollIntoViewIfNeeded();
  await shot(page, name);
}

async function meetingHref(page, titlePart) {
  await page.goto(BASE + '/events');
  await settle(page);
  const link = page.locator('a.events-title', { hasText: titlePart }).first();
  await link.waitFor({ timeout: 20000 });
  return await link.getAttribute('href');
}

const b = await browser();
try {
  // a nurse registers on a phone: the training is full, so she waits
  const nurse = await newPage(b, { phone: true });
  await login(nurse, 'nurse-matsumoto');
  const training = await meetingHref(nurse, '入退院時連携強化研修');
  await shot(nurse, 'events-01-calendar-phone');
  await nurse.goto(BASE + '/' + training);
  await settle(nurse);
  await shot(nurse, 'events-02-training-phone');
  await nurse.locator('#events-register').click();
  await settle(nurse);
  await nurse.locator('#events-my-status').waitFor({ timeout: 20000 });
  check((await nurse.locator('#events-my-status').innerText()).includes('キャンセル待ち'), 'the full training puts the nurse on the waiting list');
  await shot(nurse, 'events-03-waiting-phone');

  // a confirmed nurse cancels: the first waiting member who fits a nurse's seat moves up (the doctor ahead does not fit)
  const sasaki = await newPage(b, { phone: true });
  await login(sasaki, 'nurse-sasaki');
  await sasaki.goto(BASE + '/' + training);
  await settle(sasaki);
  await sasaki.locator('#events-cancel').click();
  await settle(sasaki);
  await sasaki.locator('#events-register').waitFor({ timeout: 20000 });
  check(true, 'nurse-sasaki cancelled her place');
  await nurse.reload();
  await settle(nurse);
  check((await nurse.locator('#events-my-status').innerText()).includes('参加確定'), 'the waiting nurse moved up to a confirmed place');
  await shot(nurse, 'events-04-moved-up-phone');

  // the organiser's page of today's 症例検討会: participants with contacts, the door's QR code and link
  const office = await newPage(b);
  await login(office, 'sakura-office');
  const today = await meetingHref(office, '症例検討会');
  await office.goto(BASE + '/' + today);
  await settle(office);
  await office.locator('#events-qr').waitFor({ timeout: 20000 });
  const checkIn = await office.locator('#events-check-in-link').getAttribute('href');
  check(/check-in\/[A-Z0-9]+$/.test(checkIn), 'the organiser sees the check-in link behind the QR code');
  check((await office.locator('#events-participants').innerText()).includes('@example.jp'), 'the organiser sees the participants\' e-mail');
  await shot(office, 'events-05-organiser-desktop');
  await shotAt(office, '#events-participants', 'events-05b-participants-desktop');

  // the nurse opens the QR link on her phone and is checked in; she downloads the certificate
  await nurse.goto(BASE + '/' + checkIn);
  await settle(nurse);
  await nurse.locator('.events-checked-in').waitFor({ timeout: 20000 });
  check(true, 'the nurse is checked in by the QR link');
  await shot(nurse, 'events-06-checked-in-phone');
  // a phone that is not logged in: the QR link leads through the login and back to the check-in
  const doctor = await newPage(b, { phone: true });
  await doctor.goto(BASE + '/' + checkIn);
  await doctor.waitForURL(u => u.pathname === '/login', { timeout: 20000 });
  await doctor.locator('vaadin-login-form input[name="username"]').fill('dr-hoshino');
  await doctor.locator('vaadin-login-form input[name="password"]').fill(PASSWORD);
  await doctor.locator('vaadin-login-form vaadin-button[slot="submit"]').click();
  await doctor.waitForURL(u => u.pathname === '/login/verify', { timeout: 20000 });
  await doctor.locator('#code input').fill(totp());
  await doctor.locator('#verify').click();
  await doctor.locator('.events-checked-in').waitFor({ timeout: 20000 });
  check(true, 'a doctor not logged in scans the QR code, logs in and is checked in');
  await doctor.context().close();

  await nurse.goto(BASE + '/' + today);
  await settle(nurse);
  const [pdf] = await Promise.all([nurse.waitForEvent('download'), nurse.locator('#events-certificate').click()]);
  const bytes = readFileSync(await pdf.path());
  check(bytes.subarray(0, 5).toString() === '%PDF-', 'the nurse downloads her certificate (PDF)');
  writeFileSync(join(SHOTS, 'events-certificate.pdf'), bytes);
  const [ics] = await Promise.all([nurse.waitForEvent('download'), nurse.locator('#events-ics').click()]);
  check(readFileSync(await ics.path(), 'utf8').includes('BEGIN:VCALENDAR'), 'the meeting downloads as an .ics file');
  await shot(nurse, 'events-07-certificate-phone');

  // the organiser sees the attendance; the certificate's link verifies without login
  await office.reload();
  await settle(office);
  check((await office.locator('#events-participants').innerText()).includes('出席'), 'the organiser sees the nurse present');
  const organiserPhone = await newPage(b, { phone: true });
  await login(organiserPhone, 'hosp-nurse');
  await organiserPhone.goto(BASE + '/' + training);
  await settle(organiserPhone);
  await shotAt(organiserPhone, '#events-participants', 'events-08-organiser-list-phone');
  check((await organiserPhone.locator('#events-timeline').innerText()).includes('繰上げ'), 'the timeline shows the nurse moved up');
  await shotAt(organiserPhone, '#events-timeline', 'events-09-timeline-phone');
  await organiserPhone.context().close();

  // desktop and phone, Japanese and English: the calendar, the 連絡会, the figures
  for (const locale of ['ja-JP', 'en-US']) {
    const tag = locale.slice(0, 2);
    // the office is logged in already in Japanese; a second login within the same 30 s would reuse its TOTP code
    const desk = locale === 'ja-JP' ? office : await newPage(b, { locale });
    if (desk !== office) await login(desk, 'sakura-office');
    const liaison = await meetingHref(desk, '多職種連携連絡会');
    await shot(desk, `events-10-calendar-desktop-${tag}`);
    await desk.goto(BASE + '/' + liaison);
    await settle(desk);
    await shot(desk, `events-11-liaison-organiser-desktop-${tag}`);
    await shotAt(desk, '#events-participants', `events-11b-liaison-participants-desktop-${tag}`);
    await desk.goto(BASE + '/events?tab=figures');
    await settle(desk);
    await desk.locator('#events-share').waitFor({ timeout: 20000 });
    await desk.waitForFunction(() => document.querySelector('#events-chart')?.complete);
    await shot(desk, `events-12-figures-desktop-${tag}`);
    const phone = await newPage(b, { phone: true, locale });
    await login(phone, 'cm-hayashi');
    await phone.goto(BASE + '/' + liaison);
    await settle(phone);
    await shot(phone, `events-13-liaison-member-phone-${tag}`);
    await phone.goto(BASE + '/events?tab=mine');
    await settle(phone);
    await shot(phone, `events-14-mine-phone-${tag}`);
    await phone.goto(BASE + '/account');
    await settle(phone);
    await phone.locator('#events-history').waitFor({ timeout: 20000 });
    await shotAt(phone, '#events-history', `events-15-history-phone-${tag}`);
    await phone.locator('#events-history a', { hasText: '病診連携研修' }).click();
    await phone.locator('#events-certificate').waitFor({ timeout: 20000 });
    const [october] = await Promise.all([phone.waitForEvent('download'), phone.locator('#events-certificate').click()]);
    writeFileSync(join(SHOTS, `events-certificate-october-${tag}.pdf`), readFileSync(await october.path()));
    check(true, `cm-hayashi downloads October's certificate from her history (${tag})`);
    await desk.context().close();
    await phone.context().close();
  }
} finally {
  await b.close();
}
