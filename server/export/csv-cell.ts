/**
 * One CSV cell (RFC 4180), safe to open in a spreadsheet. A cell that starts with = + - @, a tab
 * or a carriage return is read as a formula by Excel, LibreOffice and Google Sheets (OWASP "CSV
 * injection"); a leading apostrophe makes it text. Every cell is quoted, so commas, quotes and line
 * breaks inside an answer stay inside its cell.
 */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '""';
  let text = Array.isArray(value) ? value.join('; ') : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export const csvRow = (cells: readonly unknown[]) => `${cells.map(csvCell).join(',')}\r\n`;
