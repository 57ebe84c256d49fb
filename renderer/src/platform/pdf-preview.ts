/**
 * The browser host's print preview: the PDF in the browser's own viewer, over the whole app,
 * with Print (the system print dialog), Save (a download) and Close (or Escape), the focus on
 * Print while open and given back on close; it closes when the app goes to another page. Plain DOM: the platform layer knows no React.
 */
import type { PrintPdfRequest } from './types';
import { fileSlug } from '../core/format';

const DEFAULT_LABELS = { print: 'In…', save: 'Lưu thành tệp PDF…', close: 'Đóng' } as const;

/** "Sổ đăng ký văn bản đến" → "so-dang-ky-van-ban-den.pdf" when no file name is given. */
function fileNameOf(title: string): string {
  return `${fileSlug(title) || 'ban-in'}.pdf`;
}

function button(text: string, primary: boolean, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  b.className = primary ? 'pdf-preview-button pdf-preview-primary' : 'pdf-preview-button';
  b.addEventListener('click', onClick);
  return b;
}

export function showPdfPreview(request: PrintPdfRequest, save: (fileName: string, data: Uint8Array) => void): void {
  const labels = request.labels ?? DEFAULT_LABELS;
  const returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const url = URL.createObjectURL(new Blob([request.data as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }));

  const overlay = document.createElement('div');
  overlay.className = 'pdf-preview';
  overlay.setAttribute('role', 'dialog');
  overlay.setAttribute('aria-modal', 'true');
  overlay.setAttribute('aria-label', request.title);
  overlay.dataset.testid = 'pdf-preview';

  const frame = document.createElement('iframe');
  frame.className = 'pdf-preview-frame';
  frame.title = request.title;
  frame.src = url;

  const close = () => {
    document.removeEventListener('keydown', onKey, true);
    window.removeEventListener('hashchange', close);
    overlay.remove();
    URL.revokeObjectURL(url);
    returnFocus?.focus();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    close();
  };
  const print = () => {
    try {
      frame.contentWindow?.print();
    } catch {
      // The viewer keeps its own print button.
    }
  };

  const bar = document.createElement('div');
  bar.className = 'pdf-preview-bar';
  const title = document.createElement('strong');
  title.className = 'pdf-preview-title';
  title.textContent = request.title;
  const printButton = button(labels.print, true, print);
  bar.append(title, printButton, button(labels.save, false, () => save(request.fileName ?? fileNameOf(request.title), request.data)), button(labels.close, false, close));
  overlay.append(bar, frame);
  document.addEventListener('keydown', onKey, true);
  // Going elsewhere in the app (the Back button, a link) closes it: it stayed over the page gone to.
  window.addEventListener('hashchange', close);
  document.body.append(overlay);
  printButton.focus();
}
