/**
 * The sample commune ("Dùng thử với xã mẫu"): seeded, realistic entries, dossiers and a
 * processing job built from the shared administrative vocabulary. Same seed → same data.
 * Plain data only; db/sample writes it through the app's own repositories.
 */
import type { IncomingInput, OutgoingInput } from '../registers/types';
import type { Urgency } from '../registers/doc-types';
import type { Retention } from '../dossiers/types';
import type { SetupInput, UnitLevel } from '../unit';
import vocabulary from './vocabulary.json';

export type Rng = () => number;

/** mulberry32: small, fast, deterministic. */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Vocabulary = {
  senders: string[];
  issuerAbbreviations: Record<string, string>;
  documentTypes: { name: string; abbr: string | null; weight: number }[];
  summaryTemplates: Record<string, string[]>;
  recipients: string[];
  hamlets: string[];
  people: string[];
  urgency: { value: string | null; weight: number }[];
  communes: string[];
  dossierTitleTemplates: string[];
  [list: string]: unknown;
};
const v = vocabulary as unknown as Vocabulary;

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
const chance = (rng: Rng, p: number) => rng() < p;

function weighted<T extends { weight: number }>(rng: Rng, items: readonly T[]): T {
  let r = rng() * items.reduce((s, i) => s + i.weight, 0);
  for (const i of items) if ((r -= i.weight) <= 0) return i;
  return items[items.length - 1]!;
}

function fill(rng: Rng, template: string, year: number): string {
  return template
    .replace(/\{(\w+)\}/g, (_, key: string) => {
      if (key === 'year') return String(year);
      if (key === 'docTypePlural') return pick(rng, ['quyết định', 'kế hoạch', 'báo cáo', 'thông báo']);
      const list = v[`${key}s`] ?? v[key];
      return Array.isArray(list) ? String(pick(rng, list)) : key;
    })
    .replace(/\bperiod\b/, `${year - 1}-${year + 3}`)
    .replace(/thứ n(?=\s|$)/, `thứ ${int(rng, 1, 20)}`)
    .replace(/\bterm_roman\b/, 'XXI')
    // "tổng kết công tác năm" + " năm 2025": the year said once.
    .replace(/năm năm /g, 'năm ');
}

function isoDay(year: number, dayOfYear: number): string {
  return new Date(Date.UTC(year, 0, 1 + dayOfYear)).toISOString().slice(0, 10);
}
const atMost = (date: string, max: string) => (date > max ? max : date);
const URGENCY: Record<string, Urgency> = { Khẩn: 'urgent', 'Thượng khẩn': 'very-urgent', 'Hỏa tốc': 'flash' };
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const GIVEN = ['Văn Hùng', 'Thị Lan', 'Đức Minh', 'Thị Hạnh', 'Văn Nam', 'Thị Hương', 'Quang Tuấn', 'Ngọc Ánh'];
const person = (rng: Rng) => (chance(rng, 0.4) ? pick(rng, v.people) : `${pick(rng, SURNAMES)} ${pick(rng, GIVEN)}`);

/** The sample unit: a commune (or a province archive) whose name says it is a sample. */
export function sampleSetup(level: UnitLevel, year: number): SetupInput {
  if (level === 'province-archive')
    return {
      unit: { level, name: 'Lưu trữ lịch sử tỉnh Mẫu (dữ liệu dùng thử)', shortName: 'Lưu trữ tỉnh Mẫu', adminCode: '99', legacyAdminCode: '', agencyId: '', parentName: 'Sở Nội vụ tỉnh Mẫu' },
      fonds: { name: 'Kho lưu trữ lịch sử tỉnh Mẫu', number: '', startYear: year - 1 },
      operator: { name: 'Cán bộ dùng thử', position: 'Lưu trữ viên' },
    };
  return {
    unit: { level, name: 'Ủy ban nhân dân xã Mẫu Sơn (dữ liệu dùng thử)', shortName: 'UBND xã Mẫu Sơn', adminCode: '99999', legacyAdminCode: '', agencyId: '', parentName: 'Ủy ban nhân dân tỉnh Mẫu' },
    // Older than its backlog papers (year − 12 on): the fonds of a commune began long before the app.
    fonds: { name: 'Phông lưu trữ UBND xã Mẫu Sơn', number: '', startYear: year - 20 },
    operator: { name: 'Cán bộ dùng thử', position: 'Công chức Văn phòng - Thống kê' },
  };
}

/** The i-th of `total` incoming documents of `year`, spread over the year up to `today`. */
export function sampleIncoming(rng: Rng, i: number, total: number, year: number, today: string): IncomingInput & { arrivalNumber: number } {
  const type = weighted(rng, v.documentTypes);
  const sender = pick(rng, v.senders);
  const arrivalDate = atMost(isoDay(year, Math.floor((i / total) * 360)), today);
  const documentDate = atMost(isoDay(year, Math.max(0, Math.floor((i / total) * 360) - int(rng, 0, 4))), arrivalDate);
  const templates = v.summaryTemplates[type.name] ?? v.summaryTemplates['Công văn']!;
  const deadline = chance(rng, 0.3) ? atMost(isoDay(year, Math.floor((i / total) * 360) + int(rng, 5, 25)), `${year}-12-31`) : undefined;
  const done = deadline !== undefined && chance(rng, 0.6);
  return {
    arrivalNumber: i + 1,
    arrivalDate,
    sender,
    number: String(int(rng, 1, 900)),
    notation: type.abbr ? `${type.abbr}-${v.issuerAbbreviations[sender] ?? 'UBND'}` : `${v.issuerAbbreviations[sender] ?? 'UBND'}-VP`,
    documentDate,
    typeName: type.name,
    summary: fill(rng, pick(rng, templates), year).slice(0, 500),
    recipient: pick(rng, v.recipients),
    receivedSignature: chance(rng, 0.6) ? person(rng) : '',
    note: '',
    urgency: URGENCY[weighted(rng, v.urgency).value ?? ''] ?? 'normal',
    secrecy: 'none',
    signerPosition: pick(rng, ['Chủ tịch', 'Phó Chủ tịch', 'Giám đốc', 'Trưởng phòng']),
    signerName: person(rng),
    pageCount: int(rng, 1, 12),
    language: 'Tiếng Việt',
    ...(deadline ? { handlingDeadline: deadline } : {}),
    progress: done ? 'done' : deadline ? 'in-progress' : 'pending',
    progressNote: '',
    ...(done ? { completedAt: atMost(deadline!, today) } : {}),
    replyNotation: '',
  } as IncomingInput & { arrivalNumber: number };
}

/** The i-th of `total` outgoing documents of the UBND xã in `year`. */
export function sampleOutgoing(rng: Rng, i: number, total: number, year: number, today: string): OutgoingInput & { number: number } {
  const type = weighted(rng, v.documentTypes);
  const templates = v.summaryTemplates[type.name] ?? v.summaryTemplates['Công văn']!;
  const recipients = [...new Set([pick(rng, v.recipients), ...(chance(rng, 0.5) ? [`Ban công tác Mặt trận thôn ${pick(rng, v.hamlets)}`] : [])])];
  return {
    number: i + 1,
    notation: type.abbr ? `${type.abbr}-UBND` : 'UBND-VP',
    documentDate: atMost(isoDay(year, Math.floor((i / total) * 360)), today),
    typeName: type.name,
    summary: fill(rng, pick(rng, templates), year).slice(0, 500),
    signerPosition: chance(rng, 0.6) ? 'Chủ tịch' : 'Phó Chủ tịch',
    signerName: person(rng),
    recipients,
    retainedCopyHolder: 'Lưu: VT, VP',
    copyCount: recipients.length + 1,
    receivedSignature: '',
    note: '',
    urgency: 'normal',
    secrecy: 'none',
    pageCount: int(rng, 1, 6),
    language: 'Tiếng Việt',
  };
}

export type SampleDossier = { heading: string; headingCode: string; title: string; retention: Retention; keeper: string };

const HEADINGS = [
  { heading: 'I. TỔNG HỢP', code: 'TH' },
  { heading: 'II. VĂN PHÒNG - THỐNG KÊ', code: 'VPTK' },
  { heading: 'III. TƯ PHÁP - HỘ TỊCH', code: 'TPHT' },
  { heading: 'IV. ĐỊA CHÍNH - XÂY DỰNG', code: 'ĐCXD' },
];

/** A year's file plan: `count` dossiers under four headings, titles from the vocabulary. */
export function sampleFilePlan(rng: Rng, count: number, year: number): SampleDossier[] {
  const seen = new Set<string>();
  const out: SampleDossier[] = [];
  for (let i = 0; out.length < count && i < count * 10; i++) {
    const h = HEADINGS[out.length % HEADINGS.length]!;
    const title = fill(rng, pick(rng, v.dossierTitleTemplates), year);
    if (seen.has(title)) continue;
    seen.add(title);
    out.push({ heading: h.heading, headingCode: h.code, title, retention: chance(rng, 0.35) ? 'permanent' : pick(rng, [5, 10, 20, 70]), keeper: person(rng) });
  }
  return out;
}
