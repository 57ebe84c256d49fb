// Every sentence the duties screens and rules can show exists in both catalogues: the keys the
// screens name, and every error code the duty rules and repositories can throw.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vi } from '../../renderer/src/i18n/vi';
import { en } from '../../renderer/src/i18n/en';

const src = 'renderer/src';
const read = (f: string) => readFileSync(join(src, f), 'utf8');
const lookup = (cat: unknown, key: string): unknown => {
  const section = key.split('.')[0]!;
  const rest = key.slice(section.length + 1);
  const s = (cat as Record<string, Record<string, unknown>>)[section];
  return s?.[rest] ?? rest.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], s);
};

describe('duties catalogues', () => {
  it('every key the duties screens use exists in Vietnamese and English', () => {
    const files = [...readdirSync(join(src, 'features/duties')).map((f) => `features/duties/${f}`), 'features/dossiers/DossierForm.tsx', 'features/dossiers/DossierDrawer.tsx', 'features/dossiers/DossiersPage.tsx'];
    const keys = new Set<string>();
    for (const f of files) for (const m of read(f).matchAll(/'((?:duties|deposit|appraisal|loans|stats|retention|fondsAdmin|dutiesHome|upperDuties)\.[\w.-]+)'/g)) keys.add(m[1]!);
    // Keys built from a value: each value of the union.
    for (const k of ['deposit', 'appraisal', 'loans', 'statistics', 'retention', 'fonds']) keys.add(`duties.tab_${k}`);
    for (const k of ['overdue', 'soon', 'later']) keys.add(`deposit.status_${k}`);
    for (const k of ['work-end', 'capital', 'kept-back']) keys.add(`deposit.rule_${k}`);
    for (const k of ['open', 'decided', 'destroyed']) keys.add(`appraisal.status_${k}`);
    for (const k of ['read', 'copy', 'certified-copy']) keys.add(`loans.form_${k}`);
    for (const k of ['depositBatches', 'depositedDossiers', 'dossiersToCurrent', 'dossiersToHistorical', 'destroyedDossiers', 'loans', 'openLoans']) keys.add(`upperDuties.${k}`);
    expect(keys.size).toBeGreaterThan(250);
    // A sentence with a count has its plural forms instead (upperDuties.reportIssues_other).
    const has = (cat: typeof vi | typeof en, k: string) => typeof lookup(cat, k) === 'string' || typeof lookup(cat, `${k}_other`) === 'string';
    const missing = [...keys].filter((k) => !has(vi, k) || !has(en, k));
    expect(missing).toEqual([]);
  });

  it('every error code of the duty rules and repositories has a sentence', () => {
    const files = [...readdirSync(join(src, 'core/duties')).map((f) => `core/duties/${f}`), ...['deposit', 'appraisal', 'loan', 'fonds', 'retention', 'statistics', 'upper-duties'].map((f) => `db/repositories/${f}-repository.ts`), 'db/repositories/duties-settings.ts', 'spreadsheet/retention-xlsx.ts'];
    const codes = new Set<string>();
    for (const f of files) for (const m of read(f).matchAll(/(?:AppError\(|code: )'([a-zA-Z]+\.[\w.]+)'/g)) codes.add(m[1]!);
    expect(codes.size).toBeGreaterThan(60);
    // A sentence with a count has its plural forms instead (stats.figuresInvalid_other).
    const has = (cat: Record<string, string>, c: string) => typeof cat[c] === 'string' || typeof cat[`${c}_other`] === 'string';
    const missing = [...codes].filter((c) => !has(vi.errors as Record<string, string>, c) || !has(en.errors as Record<string, string>, c));
    expect(missing).toEqual([]);
  });

  it('every replicated table has a name a person reads', () => {
    for (const t of ['retentionSchedules', 'retentionItems', 'depositBatches', 'depositReceipts', 'appraisals', 'appraisalItems', 'loans', 'loanItems', 'statReports', 'dossiers']) {
      expect(typeof (vi.table as Record<string, string>)[t]).toBe('string');
      expect(typeof (en.table as Record<string, string>)[t]).toBe('string');
    }
  });
});
