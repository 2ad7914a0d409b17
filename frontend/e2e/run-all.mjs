// `npm run e2e`: every end-to-end check against a portal already running at BASE (default
// http://127.0.0.1:8080, started with `./mvnw spring-boot:run`), one after the other, as EndToEndTest runs them.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const checks = readdirSync(here).filter(f => f.endsWith('.mjs') && f !== 'lib.mjs' && f !== 'run-all.mjs').sort();
let failed = 0;
for (const check of checks) {
  console.log(`— ${check}`);
  const r = spawnSync(process.execPath, [`${here}/${check}`], { stdio: 'inherit', env: process.env });
  if (r.status !== 0) {
    failed++;
    console.log(`✗ ${check} (exit ${r.status})`);
  }
}
console.log(`${checks.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
