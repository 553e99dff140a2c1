// Browser tests drive Debian's Chromium; say how to get it instead of failing with a stack trace.
import { accessSync, constants } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const portuguese = /^pt/i.test(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '');
try {
  accessSync(path, constants.X_OK);
} catch {
  console.error(
    portuguese
      ? `Chromium não encontrado em ${path}: instale com "sudo apt-get update && sudo apt-get install -y chromium" (ou defina CHROMIUM_PATH).`
      : `Chromium not found at ${path}: install it with "sudo apt-get update && sudo apt-get install -y chromium" (or set CHROMIUM_PATH).`,
  );
  process.exit(1);
}
