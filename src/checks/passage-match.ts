/**
 * How the citation check decides that a passage mentions an entity. Both the
 * passage and each name are folded the same way, then the name's words must
 * appear in the passage in order, one after another:
 *
 * - case and diacritics are ignored (`Phạm Hồng Hà` matches `Pham Hong Ha`);
 * - punctuation, quotes and dashes count as spaces (`Smart Cities - Towards`, `ASEAN’s`);
 * - a word matches its plural or singular with a trailing `s` or `es` (`Chief Smart City Officers`);
 * - British and American `-ise`/`-ize` spellings match (`urbanisation`, `urbanization`);
 * - `'s` is dropped (`ASEAN's external partners` contains `ASEAN`);
 * - a lower-case letter followed by a capital starts a new word, because the
 *   stored copies run table cells and list items together (`BegawanHaji Ali`).
 *
 * No fuzzier matching than this: a name that a passage words differently
 * needs the wording in the entity's `mentionedAs`, where a reviewer sees it.
 */

/** The words of a text, folded for comparison. */
export function foldWords(text: string): string[] {
  return text
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((w) => w.length > 0)
    .map(stem);
}

function stem(word: string): string {
  let w = word.replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1');
  if (w.length > 3 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && /(ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w;
}

/** True when the folded words of `name` occur, consecutively and in order, among the passage's. */
export function mentions(passage: readonly string[], name: string): boolean {
  const words = foldWords(name);
  if (words.length === 0) return false;
  for (let i = 0; i + words.length <= passage.length; i++) {
    if (words.every((w, j) => passage[i + j] === w)) return true;
  }
  return false;
}
