/**
 * A form printed in several copies in one file (NĐ 30 Art. 30.3.a: the Mục lục and the Biên bản
 * giao nhận are made in two copies, one for each side). Each copy starts on a new page; since the
 * copies are the same content they take the same number of pages, so the footer numbers the
 * pages within each copy: "Bản số 2/2 (bên nhận giữ) · Trang 1/3".
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { mm } from './common';

/** Deep copy of plain data, functions (table layouts) shared: pdfmake writes into the nodes it lays out. */
function copyOf<T>(v: T): T {
  if (Array.isArray(v)) return v.map(copyOf) as T;
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, copyOf(x)])) as T;
  return v;
}

export function inCopies(def: TDocumentDefinitions, labels: readonly string[]): TDocumentDefinitions {
  const content = Array.isArray(def.content) ? def.content : [def.content];
  const n = Math.max(1, labels.length);
  return {
    ...def,
    content: Array.from({ length: n }, (_, i): Content => ({ stack: copyOf(content) as Content[], ...(i > 0 ? { pageBreak: 'before' as const } : {}) })),
    footer: (page: number, pages: number) => {
      const per = Math.max(1, Math.round(pages / n));
      const copy = Math.min(n, Math.ceil(page / per));
      const label = labels[copy - 1] ?? '';
      return { text: `Bản số ${copy}/${n}${label ? ` (${label})` : ''} · Trang ${((page - 1) % per) + 1}/${per}`, alignment: 'center', fontSize: 10, margin: [0, mm(6), 0, 0] };
    },
  };
}

/** The two copies of a handover: one for each side. */
export const HANDOVER_COPIES = ['bên giao giữ', 'bên nhận giữ'] as const;
