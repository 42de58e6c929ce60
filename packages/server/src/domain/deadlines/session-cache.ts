import type { SessionLookup } from '@mandate-tracker/shared';

/**
 * The same lookup, remembering each answer: a projected session is recomputed from every listed
 * session of its body on each call, and expanding thousands of recurring obligations asks for
 * the same few dozen sessions tens of thousands of times.
 */
export function cachedSessionLookup(lookup: SessionLookup): SessionLookup {
  const answers = new Map<string, ReturnType<SessionLookup>>();
  return (body, number) => {
    const key = `${body}:${number}`;
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = lookup(body, number);
      answers.set(key, answer);
    }
    return answer;
  };
}
