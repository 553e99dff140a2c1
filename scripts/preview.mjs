// `npm run preview`: build, then serve the build on 127.0.0.1. Docusaurus's build ends with "Use `npm
// run serve` command to test your build locally", which is wrong here (this script already serves it):
// that line is dropped; everything else is passed through.
import { spawn } from 'node:child_process';

function run(args, { filter } = {}) {
  return new Promise((resolve) => {
    const child = spawn('npx', ['docusaurus', ...args], {
      stdio: ['inherit', filter ? 'pipe' : 'inherit', 'inherit'],
    });
    if (filter) {
      let pending = '';
      child.stdout.on('data', (chunk) => {
        pending += chunk;
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) if (!filter.test(line)) process.stdout.write(`${line}\n`);
      });
      child.stdout.on('end', () => {
        if (pending && !filter.test(pending)) process.stdout.write(pending);
      });
    }
    child.on('close', (code) => resolve(code ?? 1));
  });
}

const built = await run(['build'], { filter: /npm run serve|yarn serve|pnpm serve/ });
if (built !== 0) process.exit(built);
process.exit(await run(['serve', '--host', '127.0.0.1', ...process.argv.slice(2)]));
