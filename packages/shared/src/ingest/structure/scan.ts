const stickyCopies = new WeakMap<RegExp, RegExp>();

function stickyOf(pattern: RegExp): RegExp {
  let sticky = stickyCopies.get(pattern);
  if (!sticky) {
    sticky = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, '')}y`);
    stickyCopies.set(pattern, sticky);
  }
  return sticky;
}

/**
 * The matches of `pattern`, which must begin with `literal`, whose start lies in text[from, to),
 * in order and without overlap, as a global `exec` loop would find them. The literal is found
 * with indexOf and the pattern tried only there: a regular expression scanning a long document
 * position by position costs many times more.
 */
export function matchesAtLiteral(text: string, literal: string, pattern: RegExp, from = 0, to = text.length): RegExpExecArray[] {
  const sticky = stickyOf(pattern);
  const matches: RegExpExecArray[] = [];
  let at = text.indexOf(literal, from);
  while (at >= 0 && at < to) {
    sticky.lastIndex = at;
    const match = sticky.exec(text);
    if (match) matches.push(match);
    at = text.indexOf(literal, match ? Math.max(at + 1, at + match[0].length) : at + 1);
  }
  return matches;
}

/**
 * Like matchesAtLiteral for a pattern that begins with one of several characters (`[,;]`): each
 * character is followed with its own indexOf cursor.
 */
export function matchesAtCharacters(text: string, characters: string, pattern: RegExp, from = 0, to = text.length): RegExpExecArray[] {
  const sticky = stickyOf(pattern);
  const matches: RegExpExecArray[] = [];
  const cursors = Array.from(characters, (character) => text.indexOf(character, from));
  let position = from;
  for (;;) {
    let at = -1;
    for (let index = 0; index < cursors.length; index++) {
      if (cursors[index]! >= 0 && cursors[index]! < position) cursors[index] = text.indexOf(characters[index]!, position);
      const cursor = cursors[index]!;
      if (cursor >= 0 && (at < 0 || cursor < at)) at = cursor;
    }
    if (at < 0 || at >= to) return matches;
    sticky.lastIndex = at;
    const match = sticky.exec(text);
    if (match) matches.push(match);
    position = match ? Math.max(at + 1, at + match[0].length) : at + 1;
  }
}

/** The first match of `pattern` (beginning with `literal`) starting in text[from, to), or null. */
export function firstMatchAtLiteral(text: string, literal: string, pattern: RegExp, from = 0, to = text.length): RegExpExecArray | null {
  const sticky = stickyOf(pattern);
  for (let at = text.indexOf(literal, from); at >= 0 && at < to; at = text.indexOf(literal, at + 1)) {
    sticky.lastIndex = at;
    const match = sticky.exec(text);
    if (match) return match;
  }
  return null;
}
