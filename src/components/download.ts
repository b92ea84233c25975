// Saves text as a file through a temporary link: nothing leaves the browser.
export function downloadText(fileName: string, text: string, mime = 'text/csv;charset=utf-8') {
  downloadBlob(fileName, new Blob([text], { type: mime }));
}

/** Bytes already in their encoding (a Blob of text would always be UTF-8). */
export function downloadBytes(fileName: string, bytes: Uint8Array, mime: string) {
  downloadBlob(fileName, new Blob([bytes as BlobPart], { type: mime }));
}

export function downloadBlob(fileName: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
