import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * Two promises kept by construction rather than by review:
 * - text from documents reaches the page only as React text, never as raw HTML;
 * - SQL is written only through Kysely's builders and its `sql` tag, whose values are bound
 *   parameters; nothing builds SQL by gluing strings, and raw or literal SQL is not used
 *   except where listed below with the reason it is safe.
 * This test reads the sources and fails on a new occurrence.
 */

const repoRoot = path.resolve(import.meta.dirname, '../../../..');

function sourceFiles(directory: string, extensions: readonly string[]): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory())
      return entry.name === 'node_modules' || entry.name === 'dist' ? [] : sourceFiles(full, extensions);
    return extensions.some((extension) => entry.name.endsWith(extension)) ? [full] : [];
  });
}

interface Finding {
  file: string;
  line: number;
  text: string;
}

function findAll(files: string[], pattern: RegExp): Finding[] {
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((text, index) =>
        pattern.test(text) ? [{ file: path.relative(repoRoot, file), line: index + 1, text: text.trim() }] : [],
      ),
  );
}

const webFiles = sourceFiles(path.join(repoRoot, 'packages/web/src'), ['.ts', '.tsx']);
const serverFiles = sourceFiles(path.join(repoRoot, 'packages/server/src'), ['.ts']);

/** Justified raw or literal SQL: file, the exact code, and why it is safe. */
const ALLOWED_RAW_SQL: readonly { file: string; code: string; reason: string }[] = [
  {
    file: 'packages/server/src/domain/mandates/effective.ts',
    code: 'const FACING_LIST = sql.join([...UNODC_FACING].map((addressee) => sql.lit(addressee)));',
    reason: 'compile-time addressee ids from shared constants, never input; literals let the filter be inlined',
  },
];

describe('source guards', () => {
  it('finds the sources it guards', () => {
    expect(webFiles.length).toBeGreaterThan(10);
    expect(serverFiles.length).toBeGreaterThan(30);
  });

  it('renders no raw HTML in the web app', () => {
    const rawHtml = /dangerouslySetInnerHTML|\.(inner|outer)HTML\s*=|insertAdjacentHTML|document\.write\(/;
    expect(findAll(webFiles, rawHtml)).toEqual([]);
  });

  it('uses no raw or literal SQL outside the justified list', () => {
    const raw = /\bsql\.(raw|lit)\(|CompiledQuery\.raw\(/;
    const findings = findAll(serverFiles, raw).filter(
      (finding) => !ALLOWED_RAW_SQL.some((allowed) => allowed.file === finding.file && allowed.code === finding.text),
    );
    expect(findings).toEqual([]);
  });

  it('keeps the justified list current (every entry still exists)', () => {
    for (const allowed of ALLOWED_RAW_SQL) {
      const text = readFileSync(path.join(repoRoot, allowed.file), 'utf8');
      expect(text.includes(allowed.code), `${allowed.file}: ${allowed.code}`).toBe(true);
    }
  });

  it('builds no SQL by concatenating or interpolating strings', () => {
    const keyword = '(select|insert|update|delete|drop|alter|create|truncate|with)\\s';
    // 'select … ' + x, or an untagged template `select … ${x}` (the sql`` tag binds ${x} as a parameter).
    const concatenated = new RegExp(`['"]\\s*${keyword}[^'"]*['"]\\s*\\+`, 'i');
    const interpolated = new RegExp(`(?<![\\w.>])\`\\s*${keyword}[^\`]*\\$\\{`, 'i');
    const passedAsString = /\.(query|exec)\(\s*`[^`]*\$\{/;
    expect(findAll(serverFiles, concatenated)).toEqual([]);
    expect(findAll(serverFiles, interpolated)).toEqual([]);
    expect(findAll(serverFiles, passedAsString)).toEqual([]);
  });

  it('would catch the patterns it forbids (the guards themselves work)', () => {
    expect(/dangerouslySetInnerHTML|\.(inner|outer)HTML\s*=/.test('el.innerHTML = text')).toBe(true);
    expect(/\bsql\.(raw|lit)\(/.test('sql.raw(`drop ${x}`)')).toBe(true);
    const interpolated = /(?<![\w.>])`\s*(select|insert|update|delete|drop|alter|create|truncate|with)\s[^`]*\$\{/i;
    expect(interpolated.test('db.query(`select * from t where id = ${id}`)')).toBe(true);
    expect(interpolated.test('sql`select * from t where id = ${id}`')).toBe(false);
  });
});
