// The PNG buttons of every chart and map: the chart's own SVG file (same origin, so the canvas stays readable)
// drawn on a canvas at twice its width (1,536 px for a chart: print size) and saved as `<id>.png`. The build
// writes no PNG downloads: a file per chart, map state, place and language was most of a national build's
// images, for a derivative of the SVG file beside it (docs/decisions.md).

/** The SVG at `url` as a loaded image. */
async function loadImage(url: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = url;
  await image.decode();
  return image;
}

/** The image drawn at twice its size on a white canvas, as PNG bytes. */
async function pngOf(image: HTMLImageElement): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth * 2;
  canvas.height = image.naturalHeight * 2;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'));
}

/** Saves a blob under a file name, as a download link would. */
function save(blob: Blob, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

async function makePng(button: HTMLButtonElement): Promise<void> {
  const { svg, file } = button.dataset;
  if (!svg || !file) return;
  button.disabled = true;
  try {
    save(await pngOf(await loadImage(svg)), file);
  } catch {
    if (!button.nextElementSibling?.classList.contains('png-failed')) button.after(Object.assign(document.createElement('span'), { className: 'png-failed', textContent: button.dataset['failed'] ?? '' }));
  } finally {
    button.disabled = false;
  }
}

// A canvas that cannot export (very old browsers) keeps the button hidden: the SVG link is there.
if ('toBlob' in HTMLCanvasElement.prototype) {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button.png-maker')) {
    button.hidden = false;
    button.addEventListener('click', () => void makePng(button));
  }
}
