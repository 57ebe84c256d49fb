/**
 * Term pages read back, kept while they fit a byte budget (least recently used go first): the
 * words a clerk searches repeat, so after the first queries most lookups never touch IndexedDB.
 * Keys name the scope, segment, generation and page, so a rewritten segment is never mixed up.
 */
import type { TermPage } from './term-pages';

export class PageCache {
  private readonly pages = new Map<string, TermPage>();
  private bytes = 0;

  constructor(private readonly budget = 48 * 1024 * 1024) {}

  get(key: string): TermPage | undefined {
    const p = this.pages.get(key);
    if (p) {
      this.pages.delete(key);
      this.pages.set(key, p);
    }
    return p;
  }

  put(key: string, page: TermPage): void {
    if (this.pages.has(key)) return;
    this.pages.set(key, page);
    this.bytes += page.bytes;
    for (const [k, p] of this.pages) {
      if (this.bytes <= this.budget) break;
      this.pages.delete(k);
      this.bytes -= p.bytes;
    }
  }

  /** Forgets the pages of a scope (it was dropped or rebuilt). */
  dropScope(scope: string): void {
    for (const [k, p] of this.pages)
      if (k.startsWith(`${scope}|`)) {
        this.pages.delete(k);
        this.bytes -= p.bytes;
      }
  }

  get size(): number {
    return this.bytes;
  }
}

export const pageKey = (scope: string, segment: number, generation: number, page: number): string => `${scope}|${segment}|${generation}|${page}`;
