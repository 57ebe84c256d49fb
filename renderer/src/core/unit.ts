/**
 * The office using this PC (đơn vị), its fonds (phông) and its operators, with the
 * validation rules of first-run setup. Codes: 5-digit commune code of QĐ 19/2025,
 * a separate legacy (pre-2025) code, and the agency identifier of QĐ 20/2020
 * treated as an opaque string of up to 35 characters.
 */
import type { FieldIssue } from './errors';
import type { Versioned } from './records';
import { capitalise, cleanText, foldWords } from './text';

export const UNIT_LEVELS = ['commune', 'ward', 'special-zone', 'district', 'province-archive'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

/** Levels that receive bundles from communes (the upper level). */
export const UPPER_LEVELS: readonly UnitLevel[] = ['district', 'province-archive'];

export type UnitProfileFields = {
  readonly level: UnitLevel;
  /** Official name, e.g. "Ủy ban nhân dân xã Thụy Hải". */
  readonly name: string;
  /** Short name for the ĐẾN stamp and labels, e.g. "UBND xã Thụy Hải". */
  readonly shortName: string;
  /** Administrative code per QĐ 19/2025 (5 digits for communes, 2 for provinces). */
  readonly adminCode: string;
  /** Pre-2025 code (QĐ 124/2004), kept for units that existed before the reform. */
  readonly legacyAdminCode: string;
  /** Mã định danh điện tử (QĐ 20/2020): opaque, ≤35 chars, A–Z 0–9 and dots. */
  readonly agencyId: string;
  /** Name of the parent unit (UBND tỉnh …). */
  readonly parentName: string;
};

/** The fields a person types for the unit (first-run setup's first step, the settings' form). */
export const UNIT_PROFILE_KEYS = ['level', 'name', 'shortName', 'adminCode', 'legacyAdminCode', 'agencyId', 'parentName'] as const satisfies readonly (keyof UnitProfileFields)[];
export type UnitProfile = Versioned<UnitProfileFields>;

/** A body whose records form the fonds (đơn vị hình thành phông), with its dates ("1990", "2025-06-30"). */
export type FondsCreator = { readonly name: string; readonly from: string; readonly to?: string };

export type FondsFields = {
  readonly unitId: string;
  readonly name: string;
  /** Phông số: assigned by the archive; free text because numbering differs by province. */
  readonly number: string;
  /** A closed fonds (phông đóng, e.g. a commune replaced on 1/7/2025) keeps its numbers and takes no new dossiers. */
  readonly status: 'open' | 'closed';
  readonly startYear: number;
  readonly endYear?: number;
  /** Lịch sử phông: written once, reused by inventory forewords and reports. */
  readonly history: string;
  /** Lịch sử đơn vị hình thành phông. */
  readonly creatorHistory?: string;
  readonly creators?: readonly FondsCreator[];
  readonly closedAt?: string;
  /** Căn cứ đóng phông, e.g. the resolution merging the commune. */
  readonly closingBasis?: string;
};
export type Fonds = Versioned<FondsFields>;

export type OperatorFields = {
  readonly unitId: string;
  readonly name: string;
  readonly position: string;
  readonly active: boolean;
};
export type Operator = Versioned<OperatorFields>;

export const MAX_NAME = 200;
export const MAX_AGENCY_ID = 35;

/** Input of the setup form, already NFC-cleaned by `cleanUnitInput`. */
export type SetupInput = {
  readonly unit: UnitProfileFields;
  readonly fonds: { readonly name: string; readonly number: string; readonly startYear: number };
  readonly operator: { readonly name: string; readonly position: string };
};

export function cleanUnitInput(input: SetupInput): SetupInput {
  return {
    unit: {
      level: input.unit.level,
      name: cleanText(input.unit.name),
      shortName: cleanText(input.unit.shortName),
      adminCode: cleanText(input.unit.adminCode),
      legacyAdminCode: cleanText(input.unit.legacyAdminCode),
      agencyId: cleanText(input.unit.agencyId).toUpperCase(),
      parentName: cleanText(input.unit.parentName),
    },
    fonds: {
      name: cleanText(input.fonds.name),
      number: cleanText(input.fonds.number),
      startYear: input.fonds.startYear,
    },
    operator: { name: cleanText(input.operator.name), position: cleanText(input.operator.position) },
  };
}

const COMMUNE_LEVELS: readonly UnitLevel[] = ['commune', 'ward', 'special-zone'];

/** A commune, ward or special zone (the level the reform of 1/7/2025 formed anew), not an archive or a district. */
export function isCommuneLevel(level: UnitLevel): boolean {
  return COMMUNE_LEVELS.includes(level);
}

/** An archive above the communes (a district's, the province's): it receives deposits and bundles. */
export function isUpperLevel(level: UnitLevel): boolean {
  return UPPER_LEVELS.includes(level);
}

/** The year the two-level local government began (1/7/2025): a commune, ward or special zone set up then opened a new fonds that year. */
export const REFORM_YEAR = 2025;

/** The start year the setup proposes for a unit's fonds: the reform's year for a commune-level unit (it can be changed), else this year. */
export function proposedFondsStartYear(level: UnitLevel, currentYear: number): number {
  return isCommuneLevel(level) && currentYear >= REFORM_YEAR ? REFORM_YEAR : currentYear;
}

/**
 * The fonds name the setup proposes from the unit's names: a commune's after its short name, as the office writes it
 * ("Phông lưu trữ UBND xã Thụy Hải"); an archive's or a district's after its full name ("Phông lưu trữ Trung tâm Lưu
 * trữ lịch sử tỉnh Hưng Yên", not "… Lưu trữ Lưu trữ lịch sử …"); either from the other when one is empty; '' with neither.
 */
export function proposedFondsName(level: UnitLevel, shortName: string, name: string): string {
  const [short, full] = [cleanText(shortName), cleanText(name)];
  const unit = isCommuneLevel(level) ? short || full : full || short;
  return unit ? `Phông lưu trữ ${unit}` : '';
}

/** Expected length of the administrative code for a level (QĐ 19/2025); district keeps the 3-digit legacy form. */
export function adminCodeLength(level: UnitLevel): number {
  if (isCommuneLevel(level)) return 5;
  if (level === 'district') return 3;
  return 2;
}

export function validateUnit(unit: UnitProfileFields): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!UNIT_LEVELS.includes(unit.level)) issues.push({ field: 'level', code: 'unit.level.required' });
  if (!unit.name) issues.push({ field: 'name', code: 'unit.name.required' });
  else if (unit.name.length > MAX_NAME) issues.push({ field: 'name', code: 'text.tooLong', params: { max: MAX_NAME, length: unit.name.length } });
  if (unit.shortName.length > 100) issues.push({ field: 'shortName', code: 'text.tooLong', params: { max: 100, length: unit.shortName.length } });
  const len = adminCodeLength(unit.level);
  if (!unit.adminCode) issues.push({ field: 'adminCode', code: 'unit.adminCode.required' });
  else if (!new RegExp(`^\\d{${len}}$`).test(unit.adminCode))
    issues.push({ field: 'adminCode', code: 'unit.adminCode.format', params: { digits: len } });
  // QĐ 124/2004 coded a province in 2 digits, a district in 3, a commune in 5: no code has 4.
  if (unit.legacyAdminCode && !/^(?:\d{2}|\d{3}|\d{5})$/.test(unit.legacyAdminCode))
    issues.push({ field: 'legacyAdminCode', code: 'unit.legacyAdminCode.format' });
  if (unit.agencyId) {
    if (unit.agencyId.length > MAX_AGENCY_ID)
      issues.push({ field: 'agencyId', code: 'unit.agencyId.tooLong', params: { max: MAX_AGENCY_ID } });
    else if (!/^[A-Z0-9]+(\.[A-Z0-9]+)*$/.test(unit.agencyId))
      issues.push({ field: 'agencyId', code: 'unit.agencyId.format' });
  }
  if (unit.parentName.length > MAX_NAME) issues.push({ field: 'parentName', code: 'text.tooLong', params: { max: MAX_NAME, length: unit.parentName.length } });
  return issues;
}

export function validateSetup(input: SetupInput, currentYear: number): FieldIssue[] {
  const issues = validateUnit(input.unit);
  if (!input.fonds.name) issues.push({ field: 'fondsName', code: 'fonds.name.required' });
  else if (input.fonds.name.length > MAX_NAME) issues.push({ field: 'fondsName', code: 'text.tooLong', params: { max: MAX_NAME, length: input.fonds.name.length } });
  if (input.fonds.number.length > 20) issues.push({ field: 'fondsNumber', code: 'text.tooLong', params: { max: 20, length: input.fonds.number.length } });
  if (!Number.isInteger(input.fonds.startYear) || input.fonds.startYear < 1945 || input.fonds.startYear > currentYear)
    issues.push({ field: 'fondsStartYear', code: 'fonds.startYear.range', params: { max: currentYear } });
  if (!input.operator.name) issues.push({ field: 'operatorName', code: 'operator.name.required' });
  else if (input.operator.name.length > 100) issues.push({ field: 'operatorName', code: 'text.tooLong', params: { max: 100, length: input.operator.name.length } });
  if (input.operator.position.length > 100) issues.push({ field: 'operatorPosition', code: 'text.tooLong', params: { max: 100, length: input.operator.position.length } });
  return issues;
}

/**
 * The place written before the date on forms ("Thụy Hải, ngày … tháng … năm …"): the name after
 * the last administrative word — "Ủy ban nhân dân xã Thụy Hải" → "Thụy Hải", "Lưu trữ lịch sử
 * tỉnh Hưng Yên" → "Hưng Yên". A name without one is returned as it is.
 */
export function placeOfUnit(name: string): string {
  const m = /^.*(?:^|\s)(?:xã|phường|đặc khu|thị trấn|thị xã|quận|huyện|tỉnh|thành phố)\s+(.+)$/iu.exec(name.trim());
  return m ? m[1]!.trim() : name.trim();
}

/**
 * Whether a fonds' name says its unit's place — the same place after its level word ("Phông lưu trữ
 * UBND xã Mẫu Sơn" of "Ủy ban nhân dân xã Mẫu Sơn"; a note in brackets after either aside): then the
 * unit is not repeated after it. Not xã An's in "… xã Bình An", nor phường 1's in "… phường 12".
 */
export function fondsNamesPlace(fondsName: string, unitName: string): boolean {
  const place = (name: string) => {
    const bare = name.replace(/\s*\([^)]*\)\s*$/, '').trim();
    const p = placeOfUnit(bare);
    return p === bare ? '' : foldWords(p);
  };
  const own = place(unitName);
  return own !== '' && place(fondsName) === own;
}

/**
 * Who signs the office's papers for it (người đứng đầu): the title above the signature — one line
 * or more ("TM. ỦY BAN NHÂN DÂN" over "CHỦ TỊCH") — and the name under it, which may be left to
 * write by hand. The forms' own wording of this block was not found (❓), so it is a setting.
 */
export type Signer = { readonly title: string; readonly name: string };

export const MAX_SIGNER_TITLE = 120;

/**
 * The title printed when none is set: a people's committee (Ủy ban nhân dân …) works collectively,
 * so its chair signs "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" (Decree 30/2020 Phụ lục I, on behalf of the
 * collective); any other body the general "THỦ TRƯỞNG CƠ QUAN".
 */
export function defaultSignerTitle(unitName: string): string {
  return isPeoplesCommittee(unitName) ? COMMITTEE_SIGNER : 'THỦ TRƯỞNG CƠ QUAN';
}

const COMMITTEE_SIGNER = 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH';

/** A people's committee (Ủy ban nhân dân …), which works collectively: its chair signs and issues for it. */
export function isPeoplesCommittee(unitName: string): boolean {
  return /^(ủy|uỷ) ban nhân dân\s/iu.test(unitName.normalize('NFC').trim());
}

/**
 * The head's block a form prints for an office: the signer set in the settings; else a people's
 * committee's own title; else none, and the form keeps its own general wording ("THỦ TRƯỞNG CƠ
 * QUAN", the statistics report's "THỦ TRƯỞNG ĐƠN VỊ"). The name only when it is this office's
 * setting (`signer`), never guessed for another unit's papers.
 */
export function formHead(unitName: string, signer?: Signer & { readonly set: boolean }): Signer {
  if (signer?.set) return { title: signer.title, name: signer.name };
  return { title: isPeoplesCommittee(unitName) ? COMMITTEE_SIGNER : '', name: signer?.name ?? '' };
}

/** A signer as typed in the settings: lines trimmed, empty ones dropped, in capitals as forms print them; the name tidied. */
export function cleanSigner(s: Signer): Signer {
  const title = s.title
    .split(/\r?\n/)
    .map((l) => cleanText(l).toLocaleUpperCase('vi'))
    .filter(Boolean)
    .join('\n');
  // A name typed in lower case is printed as names are written: each word's first letter a capital ("nguyễn văn an" → "Nguyễn Văn An").
  const name = cleanText(s.name)
    .split(' ')
    .map(capitalise)
    .join(' ');
  return { title, name };
}
