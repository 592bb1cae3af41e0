/**
 * CSV text for spreadsheet export. A cell that a spreadsheet would run as a formula — one starting with = + - @, a tab
 * or a carriage return (OWASP "CSV Injection") — gets a leading apostrophe, unless it is a plain number (a negative
 * limit such as -20 stays a number); cells with a comma, quote or line break are quoted. A UTF-8 byte-order mark
 * comes first so spreadsheet programs read the Chinese names right.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[-+]?\d+(\.\d+)?([eE][-+]?\d+)?$/;

/** One cell, neutralised and quoted as needed. */
export function csvCell(value) {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows (arrays of cells) as CSV text with CRLF line ends, BOM first. */
export function toCsv(rows) {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** Offers the text as a file download. */
export function download(filename, text) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
