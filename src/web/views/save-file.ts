/**
 * Saves text as a file in the browser: a Blob behind an object URL and a temporary link with
 * `download`. Nothing leaves the page; the object URL is revoked once the browser has taken it.
 */
export function saveFile(filename: string, mediaType: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mediaType }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
