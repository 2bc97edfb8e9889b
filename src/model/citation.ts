/**
 * A citation: a source id and, for a document, where in its stored copy the
 * fact is stated. Written `source:<slug>#L<line>` (a whole line) or
 * `source:<slug>#L<line>:<start>-<end>` (characters `start` up to, not
 * including, `end` of that line); lines count from 1, characters from 0. A
 * citation of general knowledge is the bare source id.
 */
export interface Citation {
  /** The cited Source node's id. */
  readonly sourceId: string;
  /** What follows `#` (`L4:120-260`), or null for a bare source id. */
  readonly locator: string | null;
  readonly line: number | null;
  readonly start: number | null;
  readonly end: number | null;
}

const CITATION = /^(source:[a-z0-9][a-z0-9._-]*)(?:#L([1-9][0-9]*)(?::(0|[1-9][0-9]*)-([1-9][0-9]*))?)?$/;

/** Parses a citation; null when it does not have one of the three forms, or its range is empty or reversed. */
export function parseCitation(text: string): Citation | null {
  const m = CITATION.exec(text);
  if (m === null) return null;
  const [, sourceId = '', line, start, end] = m;
  if (start !== undefined && end !== undefined && Number(end) <= Number(start)) return null;
  return {
    sourceId,
    locator: line === undefined ? null : text.slice(text.indexOf('#') + 1),
    line: line === undefined ? null : Number(line),
    start: start === undefined ? null : Number(start),
    end: end === undefined ? null : Number(end),
  };
}

/** The source id a citation names (the text before `#`), whether or not the rest is well-formed. */
export function citedSourceId(text: string): string {
  const hash = text.indexOf('#');
  return hash < 0 ? text : text.slice(0, hash);
}
