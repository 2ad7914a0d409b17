// The STOMP web client for integrators (frontend/stomp-client, served at /stomp-client/): a nurse uses it
// with her browser session; what she sends reaches the doctor's Vaadin chat; after a disconnect she
// catches up with exactly what she missed.
import { browser, newPage, login, shot, check, settle, BASE } from './lib.mjs';

const b = await browser();
try {
  const nurse = await newPage(b);
  const doctor = await newPage(b);
  await login(nurse, 'nurse-matsumoto');
  await login(doctor, 'dr-ito');
  await doctor.goto(BASE + '/patients');
  await settle(doctor);
  await doctor.locator('vaadin-grid-cell-content', { hasText: '鈴木 トメ' }).first().click();
  await doctor.waitForURL(u => /\/patients\/\d+$/.test(u.pathname));
  await settle(doctor);
  await doctor.locator('#patient-room').click();
  await doctor.waitForURL(u => /\/messages\/\d+$/.test(u.pathname));
  await settle(doctor);
  const conversation = new URL(doctor.url()).pathname.split('/').pop();

  await nurse.goto(`${BASE}/stomp-client/index.html?conversation=${conversation}`);
  await nurse.evaluate(() => localStorage.clear());
  await nurse.locator('#connect').click();
  await nurse.locator('#status', { hasText: 'connected' }).waitFor();
  await nurse.locator('#log .msg').first().waitFor();
  const before = await nurse.locator('#log .msg').count();
  check(before > 0, `the client caught up with the room's ${before} earlier messages`);

  const text = `STOMPクライアントから送信 ${Date.now()}`;
  await nurse.locator('input[name=body]').fill(text);
  await nurse.locator('#send button').click();
  await doctor.getByText(text).waitFor({ timeout: 5000 });
  check(true, 'the doctor\'s chat page shows what the web client sent');

  await nurse.locator('#disconnect').click();
  await nurse.locator('#status', { hasText: 'disconnected' }).waitFor();
  for (let i = 1; i <= 3; i++) {
    await doctor.locator('vaadin-message-input textarea').fill(`不在中 ${i}`);
    await doctor.locator('vaadin-message-input textarea').press('Enter');
    await doctor.getByText(`不在中 ${i}`).last().waitFor();
  }
  await nurse.locator('#connect').click();
  await nurse.locator('#log .msg', { hasText: '不在中 3' }).waitFor({ timeout: 5000 });
  const seqs = await nurse.locator('#log .msg').evaluateAll(nodes => nodes.map(n => n.dataset.seq));
  check(new Set(seqs).size === seqs.length, `no message shown twice (${seqs.length} shown)`);
  check(seqs.length === before + 4, 'exactly the 3 missed messages were added after the reconnect');
  await shot(nurse, 'stomp-client-01');
} finally {
  await b.close();
}
