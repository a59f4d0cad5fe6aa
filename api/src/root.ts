import { existsSync } from 'node:fs';
import path from 'node:path';

/** The workspace root (where pnpm-workspace.yaml is), from sources or from dist alike. */
export function repoRoot(from = __dirname): string {
  for (let dir = from; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'pnpm-workspace.yaml'))) return dir;
  }
  throw new Error(`No pnpm-workspace.yaml above ${from}`);
}
