// Writing values into a PowerShell script safely. Everything a person typed
// goes into single-quoted strings, where PowerShell expands nothing; the only
// special character there is the quote itself, and PowerShell also takes the
// typographic quotes (U+2018-U+201B) as quotes, so each of them is doubled.

const QUOTES = /['\u2018\u2019\u201A\u201B]/g;

export function quote(value: string) {
  return `'${value.replace(QUOTES, (q) => q + q)}'`;
}

// A line comment ends at a line break; a value with one would let the rest of
// it run as code. Control characters and Unicode line separators become spaces.
const LINE_BREAKS = /[\u0000-\u001f\u007f\u0085\u2028\u2029]/g;

export function comment(text: string) {
  return `# ${text.replace(LINE_BREAKS, " ")}`.trimEnd();
}
