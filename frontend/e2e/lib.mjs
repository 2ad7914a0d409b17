// Shared helpers for the end-to-end checks: Debian's Chromium, Vaadin-aware waits, TOTP codes.
import { chromium } from 'playwright-core';
import { createHmac } from 'node:crypto';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BASE = process.env.BASE ?? 'http://127.0.0.1:8080';
export const SHOTS = process.env.SHOTS ?? 'shots';
export const PASSWORD = process.env.DEMO_PASSWORD ?? 'Renkei-Demo-2026';
export const TOTP_SECRET = process.env.DEMO_TOTP_SECRET ?? 'JBSWY3DPEHPK3PXPRENKEIDEMO234567';
mkdirSync(SHOTS, { recursive: true });

/** A fresh browser profile in Debian's Chromium, with the flags this closed network needs. */
export async function browser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/** A page in its own context (own cookies), Japanese by default; phone-sized when asked. */
export async function newPage(b, { phone = false, locale = 'ja-JP' } = {}) {
  const context = await b.newContext({
    locale,
    viewport: phone ? { width: 390, height: 844 } : { width: 1280, height: 860 },
    deviceScaleFactor: phone ? 2 : 1,
    isMobile: phone,
    hasTouch: phone,
  });
  const page = await context.newPage();
  page.on('pageerror', e => console.log('page error:', e.message));
  page.on('console', m => { if (m.type() === 'error') console.log('console error:', m.text()); });
  return page;
}

function base32(secret) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of secret.replace(/=+$/, '').toUpperCase()) {
    bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  }
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

/** The RFC 6238 code for a time step (SHA-1, 6 digits, 30 s). */
export function totp(secret = TOTP_SECRET, step = Math.floor(Date.now() / 30000)) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', base32(secret)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0xf;
  const code = (mac.readUInt32BE(offset) & 0x7fffffff) % 1000000;
  return code.toString().padStart(6, '0');
}

/** Waits until Vaadin has no request in flight. */
export async function settle(page) {
  await page.waitForFunction(() => {
    const clients = window.Vaadin?.Flow?.clients;
    return !clients || Object.values(clients).every(c => !c.isActive?.());
  }, null, { timeout: 20000 });
}

/**
 * Logs in through the password page and the TOTP page. A code is accepted once per account and time
 * step, so a refused code is retried once with the next step's.
 */
export async function login(page, loginId, { password = PASSWORD } = {}) {
  await page.goto(BASE + '/login');
  await page.locator('vaadin-login-form input[name="username"]').fill(loginId);
  await page.locator('vaadin-login-form input[name="password"]').fill(password);
  await page.locator('vaadin-login-form vaadin-button[slot="submit"]').click();
  await page.waitForURL(u => u.pathname === '/login/verify', { timeout: 20000 });
  for (let attempt = 0; attempt < 2; attempt++) {
    const step = Math.floor(Date.now() / 30000) + attempt;
    if (attempt > 0) await page.waitForTimeout(Math.max(0, step * 30000 - Date.now()) + 500);
    await page.locator('#code input').fill(totp(TOTP_SECRET, step));
    await page.locator('#verify').click();
    try {
      await page.waitForURL(u => !u.pathname.startsWith('/login'), { timeout: 10000 });
      await settle(page);
      return;
    } catch (e) {
      console.log(`code for ${loginId} refused (attempt ${attempt + 1}), trying the next time step`);
    }
  }
  throw new Error('could not log in as ' + loginId);
}

export async function shot(page, name) {
  await settle(page);
  const path = join(SHOTS, name + '.png');
  await page.screenshot({ path, fullPage: true });
  console.log('screenshot', path);
}

export function check(condition, message) {
  if (!condition) throw new Error('check failed: ' + message);
  console.log('ok -', message);
}

export function tempDir() {
  return mkdtempSync(join(tmpdir(), 'renkei-e2e-'));
}
