import 'reflect-metadata';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { GraphQLEnumType, GraphQLNonNull, GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../../schema';
import { CATALOGUE_PARTS, ERROR_CATALOGUE, isErrorCode } from '.';

const SOURCES = path.resolve(__dirname, '../..');
const CATALOGUE_DIR = __dirname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return file === CATALOGUE_DIR ? [] : sourceFiles(file);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [file] : [];
  });
}

/** The codes the sources write: the second argument of `violation(…)`, `subCode: '…'`, `refused(…, '…')`, the query-limit table, the state machines. */
function codesInSources(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of sourceFiles(SOURCES)) {
    const text = readFileSync(file, 'utf8');
    const add = (code: string) => found.set(code, path.relative(SOURCES, file));
    for (const m of text.matchAll(/\bviolation\(\s*(?:[^,()]|\([^()]*\))+,\s*'([A-Z][A-Z0-9_]*)'/g)) add(m[1]);
    for (const m of text.matchAll(/subCode: '([A-Z][A-Z0-9_]*)'/g)) add(m[1]);
    // The query limits' refusals: `refused(message, 'QUERY_COST')`.
    // (Prettier may break a call over several lines.)
    for (const m of text.matchAll(/\brefused\((?:[^()]|\([^()]*\))*?,\s*'([A-Z][A-Z0-9_]*)',?\s*\)/g)) add(m[1]);
    for (const m of text.matchAll(/\[\s*\/[^\n]*\/,\s*'([A-Z][A-Z0-9_]*)',\s*\(m\)/g)) add(m[1]);
    if (/StateMachine</.test(text)) for (const m of text.matchAll(/^ {2}code: '([A-Z][A-Z0-9_]*)',$/gm)) add(`${m[1]}_ILLEGAL_TRANSITION`);
  }
  return found;
}

describe('error catalogue', () => {
  it('has every code the sources throw, and no code they never throw', () => {
    const thrown = codesInSources();
    const missing = [...thrown].filter(([code]) => !isErrorCode(code)).map(([code, file]) => `${code} (${file})`);
    expect(missing, 'codes thrown but absent from api/src/shared/error-catalogue').toEqual([]);
    const unused = Object.keys(ERROR_CATALOGUE).filter((code) => !thrown.has(code));
    expect(unused, 'catalogue codes no source throws').toEqual([]);
    expect(thrown.size).toBeGreaterThan(110);
  });

  it('defines each code once, with a French message, a meaning and a fix', () => {
    const parts = Object.values(CATALOGUE_PARTS);
    expect(parts.reduce((sum, part) => sum + Object.keys(part).length, 0)).toBe(Object.keys(ERROR_CATALOGUE).length);
    for (const [code, entry] of Object.entries(ERROR_CATALOGUE)) {
      expect(code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
      for (const text of [entry.message, entry.meaning, entry.fix]) expect(text, code).toMatch(/^\S.{8,}[.\]]$/s);
    }
  });

  it('is the schema’s ErrorCode enum, every value described, and types Violation.code', async () => {
    const schema = await createSchema();
    const enumType = schema.getType('ErrorCode') as GraphQLEnumType;
    expect(enumType).toBeInstanceOf(GraphQLEnumType);
    expect(enumType.description).toContain('extensions.subCode');
    expect(
      enumType
        .getValues()
        .map((v) => v.name)
        .sort(),
    ).toEqual(Object.keys(ERROR_CATALOGUE).sort());
    for (const value of enumType.getValues()) {
      expect(value.description, value.name).toContain(ERROR_CATALOGUE[value.name as keyof typeof ERROR_CATALOGUE].fix);
    }
    const code = (schema.getType('Violation') as GraphQLObjectType).getFields().code.type;
    expect(code).toBeInstanceOf(GraphQLNonNull);
    expect((code as GraphQLNonNull<GraphQLEnumType>).ofType).toBe(enumType);
  });
});
