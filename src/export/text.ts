/** Escaping shared by the serialisers: XML text/attributes and RFC 4180 CSV fields. */

/** XML 1.0: escapes markup characters and drops characters XML cannot carry (C0 controls but tab, LF, CR). */
export function xmlEscape(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\r/g, "&#13;")
    .replace(/\n/g, "&#10;")
    .replace(/\t/g, "&#9;");
}

/** RFC 4180: a field with a comma, quote, CR or LF is quoted and its quotes doubled. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 records: fields joined by commas, records ended by CRLF. */
export function csvText(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(",") + "\r\n").join("");
}

/** Numbers as exported: the shortest text that reads back as the same double (JavaScript's String). */
export const numberText = (value: number): string => {
  if (!Number.isFinite(value)) throw new Error(`cannot export the number ${value}`);
  return String(value);
};
