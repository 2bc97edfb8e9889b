/**
 * A small Cypher lexer: just enough to tell code from string literals,
 * comments and backtick-quoted names. It splits scripts on `;` and finds the
 * `$parameters` a statement uses, both of which must ignore quoted text.
 */

/** One statement of a script, with the 1-based line where its text starts. */
export interface ScriptStatement {
  readonly text: string;
  readonly line: number;
}

/** A stretch of Cypher text: code, a string literal, a comment, or a backtick-quoted name. */
export type Segment = { kind: 'code' | 'string' | 'comment' | 'name'; start: number; end: number };

/** Cuts Cypher text into code, string, comment and quoted-name segments. */
export function segments(text: string): Segment[] {
  const out: Segment[] = [];
  let i = 0;
  let codeStart = 0;
  const flushCode = (end: number): void => {
    if (end > codeStart) out.push({ kind: 'code', start: codeStart, end });
  };
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    let kind: Segment['kind'] | undefined;
    let end = i;
    if (c === "'" || c === '"' || c === '`') {
      kind = c === '`' ? 'name' : 'string';
      end = i + 1;
      while (end < text.length && text[end] !== c) end += text[end] === '\\' && kind === 'string' ? 2 : 1;
      end = Math.min(end + 1, text.length);
    } else if (c === '/' && next === '/') {
      kind = 'comment';
      end = text.indexOf('\n', i);
      if (end === -1) end = text.length;
    } else if (c === '/' && next === '*') {
      kind = 'comment';
      end = text.indexOf('*/', i + 2);
      end = end === -1 ? text.length : end + 2;
    }
    if (kind === undefined) {
      i += 1;
      continue;
    }
    flushCode(i);
    out.push({ kind, start: i, end });
    i = end;
    codeStart = end;
  }
  flushCode(text.length);
  return out;
}

/** True when the text is nothing but whitespace and comments. */
function isBlank(text: string): boolean {
  return segments(text).every((s) => s.kind === 'comment' || text.slice(s.start, s.end).trim() === '');
}

const leadingSpace = (text: string): number => text.length - text.trimStart().length;

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

/**
 * Splits a script into statements at `;` outside strings, comments and quoted
 * names. Comment-only pieces are dropped; each statement keeps the line where
 * its first non-blank, non-comment character stands.
 */
export function splitStatements(script: string): ScriptStatement[] {
  const cuts: number[] = [];
  for (const seg of segments(script)) {
    if (seg.kind !== 'code') continue;
    for (let i = seg.start; i < seg.end; i += 1) if (script[i] === ';') cuts.push(i);
  }
  const statements: ScriptStatement[] = [];
  let start = 0;
  for (const cut of [...cuts, script.length]) {
    const piece = script.slice(start, cut);
    if (!isBlank(piece)) {
      const firstCode = segments(piece).find(
        (seg) => seg.kind !== 'comment' && piece.slice(seg.start, seg.end).trim() !== '',
      );
      const codeStart = firstCode === undefined ? 0 : firstCode.start + leadingSpace(piece.slice(firstCode.start));
      // Leading comments belong to the file, not the statement: drop them.
      statements.push({ text: piece.slice(codeStart).trim(), line: lineAt(script, start + codeStart) });
    }
    start = cut + 1;
  }
  return statements;
}

/** Names found per query text: the API's texts are few and each is asked for on every run. */
const namesByText = new Map<string, readonly string[]>();
const NAMES_CACHE_LIMIT = 2000;

/** The distinct `$parameter` names a statement uses (outside strings and comments). */
export function parameterNames(query: string): string[] {
  let names = namesByText.get(query);
  if (names === undefined) {
    names = scanParameterNames(query);
    // Texts written inline (checks, benchmarks) could be many: the cache stays bounded.
    if (namesByText.size >= NAMES_CACHE_LIMIT) namesByText.clear();
    namesByText.set(query, names);
  }
  return [...names];
}

function scanParameterNames(query: string): string[] {
  const names = new Set<string>();
  for (const seg of segments(query)) {
    if (seg.kind !== 'code') continue;
    for (const match of query.slice(seg.start, seg.end).matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) {
      names.add(match[1] as string);
    }
  }
  return [...names];
}

/** The first line of a statement, shortened for error messages. */
export function firstLine(statement: string, max = 80): string {
  const line = (statement.split('\n').find((l) => l.trim() !== '' && !l.trim().startsWith('//')) ?? '').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/**
 * The statement with string literals and comments blanked out (same length,
 * line breaks kept), so that code can be scanned without matching quoted text.
 */
export function maskLiterals(query: string): string {
  return segments(query)
    .map((seg) => {
      const text = query.slice(seg.start, seg.end);
      return seg.kind === 'string' || seg.kind === 'comment' ? text.replace(/[^\n]/g, ' ') : text;
    })
    .join('');
}
