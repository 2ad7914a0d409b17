// Messaging: a visiting nurse and the doctor on the same team, each in their own browser context, in
// the patient's room. What one sends appears for the other without a reload within a second; an
// important post is confirmed by the doctor and the nurse sees who confirmed.
import { browser, newPage, login, shot, check, settle, BASE } from './lib.mjs';

const b = await browser();
try {
  const nurse = await newPage(b);
  const doctor = await newPage(b);
  await login(nurse, 'nurse-sasaki');
  await login(doctor, 'dr-yamada');

  for (const page of [nurse, doctor]) {
    await page.goto(BASE + '/patients');
    await settle(page);
    await page.locator('vaadin-grid-cell-content', { hasText: '鈴木 トメ' }).first().click();
    await page.waitForURL(u => /\/patients\/\d+$/.test(u.pathname));
    await settle(page);
    await page.locator('#patient-room').click();
    await page.waitForURL(u => /\/messages\/\d+$/.test(u.pathname));
    await settle(page);
  }
  check(nurse.url() === doctor.url(), 'both are in the same room');

  const text = `夜間に呼吸苦の訴えあり、訪問します（E2E ${Date.now()}）`;
  await nurse.locator('vaadin-select.chat-importance').click();
  await nurse.getByRole('option', { name: '重要' }).click();
  await nurse.locator('vaadin-message-input textarea').fill(text);
  const sent = Date.now();
  await nurse.locator('vaadin-message-input textarea').press('Enter');
  await doctor.getByText(text).waitFor({ timeout: 5000 });
  const delay = Date.now() - sent;
  console.log('delivered to the other browser after', delay, 'ms');
  check(delay < 1000, `the doctor saw the message without reload within 1 s (${delay} ms)`);
  await shot(doctor, 'chat-01-doctor-receives');

  const bubble = doctor.locator('.bubble', { hasText: text });
  await bubble.locator('vaadin-button.ack-button').click();
  await settle(doctor);
  await bubble.getByText('確認済み').waitFor({ timeout: 5000 });

  const mine = nurse.locator('.bubble', { hasText: text });
  await mine.getByText('確認 1 人').waitFor({ timeout: 5000 });
  check(true, 'the nurse sees that one member confirmed');
  await mine.locator('vaadin-button.ack-status').click();
  await nurse.getByText('✓ 山田 太郎').waitFor({ timeout: 5000 });
  check(await nurse.getByText('✓ 山田 太郎').isVisible(), 'the nurse sees who confirmed');
  await shot(nurse, 'chat-02-nurse-sees-confirmation');
  await nurse.keyboard.press('Escape');

  const phone = await newPage(b, { phone: true });
  await login(phone, 'dr-ito');
  await phone.goto(nurse.url());
  await settle(phone);
  await phone.getByText(text).waitFor({ timeout: 5000 });
  await shot(phone, 'chat-03-room-phone');
} finally {
  await b.close();
}
