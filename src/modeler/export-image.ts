/** Diagram images: the SVG from bpmn-js, and a PNG drawn from it on a canvas at the given scale. */
import type Modeler from 'bpmn-js/lib/Modeler';

export async function exportSvg(modeler: Modeler): Promise<string> {
  const { svg } = await modeler.saveSVG();
  return svg;
}

export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const size = /width="([\d.]+)"[^>]*height="([\d.]+)"/.exec(svg);
  const width = Math.ceil(Number(size?.[1] ?? 800));
  const height = Math.ceil(Number(size?.[2] ?? 600));
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('SVG could not be rendered'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
