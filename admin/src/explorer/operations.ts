/**
 * The README's example operations (test/api/operations, run in CI against the demo data), as the explorer's tabs.
 * Each file says whom it is written for (`# as: ROLE [perimeter]`, else a national administrator) and its
 * variables (`# variables: {…}`).
 */
export interface ExampleOperation {
  file: string;
  role: string;
  query: string;
  variables?: string;
}

export function parseOperation(file: string, text: string): ExampleOperation {
  const role = /^# as: (\S+)/m.exec(text)?.[1] ?? 'NATIONAL_ADMIN';
  const variables = /^# variables: (.*)$/m.exec(text)?.[1];
  // The description comment stays; the test harness's lines go to the variables editor or away.
  const query = text.replace(/^# (as|variables): .*\n/gm, '').trim();
  return { file, role, query, variables: variables && JSON.stringify(JSON.parse(variables), null, 2) };
}

/** The operations written for the caller's kind of user; a national administrator, who may run them all, gets all. */
export function operationsFor(role: string, operations: ExampleOperation[]): ExampleOperation[] {
  return role === 'NATIONAL_ADMIN' ? operations : operations.filter((o) => o.role === role);
}

const files = import.meta.glob<string>('../../../test/api/operations/*.graphql', { query: '?raw', import: 'default', eager: true });

export const EXAMPLE_OPERATIONS: ExampleOperation[] = Object.entries(files)
  .map(([path, text]) => parseOperation(path.split('/').pop()!, text))
  .sort((a, b) => a.file.localeCompare(b.file));
