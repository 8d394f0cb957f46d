/**
 * The changed part of a long text, git's `--word-diff` style: the words before and after the change
 * (a few, for context), the removed words in `[-…-]`, the added ones in `{+…+}`. Words are runs of
 * non-space characters with the spaces after them, so the pieces join back into both texts exactly.
 */
export function wordDiff(before: string, after: string, context = 4): string {
  const a = words(before);
  const b = words(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const from = Math.max(0, start - context);
  const lead = `${from > 0 ? '…' : ''}${a.slice(from, start).join('')}`;
  const removed = a.slice(start, endA).join('');
  const added = b.slice(start, endB).join('');
  const tailEnd = Math.min(a.length, endA + context);
  const tail = tailEnd < a.length ? `${a.slice(endA, tailEnd).join('').trimEnd()}…` : a.slice(endA).join('');
  // Keep the separating space outside the markers: "[-old-]{+new+} " reads better than "[-old -]".
  const [rem, remSpace] = splitTrailingSpace(removed);
  const [add, addSpace] = splitTrailingSpace(added);
  const space = remSpace.length >= addSpace.length ? remSpace : addSpace;
  return `${lead}${rem ? `[-${rem}-]` : ''}${add ? `{+${add}+}` : ''}${space}${tail}`;
}

function words(s: string): string[] {
  return s.match(/\S+\s*|\s+/g) ?? [];
}

function splitTrailingSpace(s: string): [string, string] {
  const m = /\s*$/.exec(s)!;
  return [s.slice(0, m.index), m[0]];
}
