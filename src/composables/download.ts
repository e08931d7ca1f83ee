/** Offer a Blob to the user as a file download. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** `name.bpmn` → `name.svg` (or another extension). */
export function withExtension(fileName: string, extension: string): string {
  return fileName.replace(/\.(bpmn|xml|bpmn20\.xml)$/i, '') + extension;
}
