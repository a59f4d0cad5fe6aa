import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Role } from '../src/access/roles';
import { mintToken } from '../src/access/token';
import { repoRoot } from '../src/root';
import { openNationalDatabase } from './national-database';

/**
 * The national export measured: the API runs as its own process on `registre_national` (≈ 300,000 agents), the
 * script downloads `/exports/agents.csv` and `.xlsx` as the national administration, counting bytes and rows
 * without keeping the file, and reads the server's peak resident memory from the kernel (`VmHWM`, reset before
 * each export through `/proc/<pid>/clear_refs`). Prints figures; asserts nothing (timings are not tests).
 */

const PORT = Number(process.env.BENCH_PORT ?? 4190);

const status = (pid: number, key: 'VmHWM' | 'VmRSS') => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${key}:`));
  return Number(line?.split(/\s+/)[1] ?? 0) / 1024; // MiB
};

async function bench() {
  const { config, url, close } = await openNationalDatabase();
  const server = spawn(process.execPath, [path.join(repoRoot(), 'api', 'dist', 'api', 'src', 'main.js')], {
    env: { ...process.env, DATABASE_URL: url, PORT: String(PORT), SEED_DEMO: 'false', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${PORT}`;
  try {
    for (let i = 0; ; i++) {
      if (
        await fetch(`${base}/readyz`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      if (i > 600) throw new Error('le serveur ne répond pas');
      await new Promise((r) => setTimeout(r, 200));
    }
    if (config.auth.mode !== 'local') throw new Error('pnpm bench:export signe ses jetons avec la clé locale : retirez AUTH_ISSUER');
    const token = await mintToken(config.auth.keyFile, { subject: 'bench-export', role: Role.NATIONAL_ADMIN, perimeter: [] });
    const pid = server.pid!;
    const run = async (file: string, params = '') => {
      writeFileSync(`/proc/${pid}/clear_refs`, '5'); // resets VmHWM to the current RSS
      const before = status(pid, 'VmRSS');
      const started = performance.now();
      const response = await fetch(`${base}/exports/${file}${params}`, { headers: { authorization: `Bearer ${token}` } });
      if (!response.ok) throw new Error(`${file}: ${response.status} ${await response.text()}`);
      let bytes = 0;
      let lines = 0;
      let first = 0;
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        if (!first) first = performance.now() - started;
        bytes += chunk.length;
        for (const b of chunk) if (b === 10) lines++;
      }
      const seconds = (performance.now() - started) / 1000;
      const peak = status(pid, 'VmHWM');
      const rows = file.endsWith('.csv') ? `${(lines - 1).toLocaleString('fr-FR')} lignes` : 'XLSX';
      console.log(
        `${(file + params).padEnd(60)} ${seconds.toFixed(1).padStart(5)} s (1er octet ${(first / 1000).toFixed(2)} s)  ${(bytes / 2 ** 20).toFixed(0).padStart(4)} Mo  ${rows}  ` +
          `RSS serveur avant ${before.toFixed(0)} Mo, pic ${peak.toFixed(0)} Mo (+${(peak - before).toFixed(0)})`,
      );
    };
    // One small export first: the server's first use of each code path (compilation, pool) is not the export's cost.
    await run('agents.csv', `?filter=${encodeURIComponent('{"population":"GENDARMERIE_CIVIL"}')}`);
    await run('agents.csv', `?filter=${encodeURIComponent('{"population":"POLICE_ACTIVE"}')}`);
    await run('agents.csv');
    await run('agents.csv');
    await run('agents.xlsx');
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    await close();
  }
}

bench().catch((e) => {
  console.error(e);
  process.exit(1);
});
