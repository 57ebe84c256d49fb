/**
 * Documents inside a dossier (mục lục văn bản, PL V.IV): listed one by one, typed or linked to a
 * register entry (picked by search; the entry's number, date, author and summary are read
 * through the link at every display and print, never copied), reordered, removed. Works for
 * backlog dossiers and dossiers of the file plan alike.
 */
import Dexie from 'dexie';
import { foldText } from '../../core/text';
import { entryWords, queryTerms } from '../../search/tokens';
import { AppError } from '../../core/errors';
import type { DossierFields } from '../../core/dossiers/types';
import { docsEditable, journalDossierName } from '../../core/dossiers/rules';
import { cleanDoc, docRows, validateDoc, type DocRow, type LinkedEntry } from '../../core/processing/documents';
import type { DossierDoc, DossierDocFields } from '../../core/processing/types';
import { PROCESSING_LIMITS } from '../../core/processing/types';
import { joinNumberNotation } from '../../core/registers/notation';
import { formatNumber } from '../../core/registers/numbering';
import { typeAndSummary } from '../../core/registers/register-book';
import { journalName } from '../../core/journal-subject';
import { writeChanges, type ChangeSet, type Session } from '../changes';
import type { IncomingDoc, OutgoingDoc } from '../register-records';
import { entryAsDocument } from '../../core/processing/linked-entry';
import { datedDocument, proposalOf, type ClosingProposal, type DatedDocument } from '../../core/processing/held-view';
import type { LuutruDb } from '../schema';
import { DossierInvalidError } from './dossier-repository';
import { getEntries } from './entry-repository';
import { foreignChildren, foreignOfFonds, foreignRecord } from './foreign-repository';
import { fieldsOf } from './slip-repository';

const range = (dossierId: string): [[string, unknown], [string, unknown]] => [[dossierId, Dexie.minKey], [dossierId, Dexie.maxKey]];

/** A dossier's documents kept as this PC's own rows, in list order (removed ones included). */
function ownDocs(db: LuutruDb, dossierId: string): Promise<DossierDoc[]> {
  return db.dossierDocs.where('[dossierId+position]').between(...range(dossierId)).toArray();
}

/** Live documents of a dossier in list order (`origin`: the dossier's unit, when the caller holds the dossier). */
export async function listDocs(db: LuutruDb, dossierId: string, origin?: string): Promise<DossierDoc[]> {
  let all = await ownDocs(db, dossierId);
  // Another unit's dossier: its documents are in its blocks.
  if (all.length === 0) all = ((await foreignChildren(db, 'dossierDocs', 'dossierId', dossierId, origin)) as unknown as DossierDoc[]).sort((a, b) => a.position - b.position);
  return all.filter((d) => !d.deleted);
}

/** The register entries the documents link to (this unit's or, for a received dossier, its unit's: looked for first in `origin`'s directory). */
async function linkedEntries(db: LuutruDb, docs: readonly DossierDoc[], origin?: string): Promise<{ inc: Map<string, IncomingDoc>; out: Map<string, OutgoingDoc> }> {
  const inc = (await getEntries(db, 'incomingDocs', docs.map((d) => d.incomingDocId).filter((x): x is string => !!x), origin)).filter((e): e is IncomingDoc => !!e);
  const out = (await getEntries(db, 'outgoingDocs', docs.map((d) => d.outgoingDocId).filter((x): x is string => !!x), origin)).filter((e): e is OutgoingDoc => !!e);
  return { inc: new Map(inc.map((e) => [e.id, e])), out: new Map(out.map((e) => [e.id, e])) };
}

/** What the register entry a document is linked to says of it (undefined for a typed document, or an entry not found). */
function linkedDocument(d: Pick<DossierDocFields, 'incomingDocId' | 'outgoingDocId'>, linked: { inc: Map<string, IncomingDoc>; out: Map<string, OutgoingDoc> }, issuer = ''): LinkedEntry | undefined {
  const i = d.incomingDocId ? linked.inc.get(d.incomingDocId) : undefined;
  const e = i ?? (d.outgoingDocId ? linked.out.get(d.outgoingDocId) : undefined);
  return e ? entryAsDocument(e, issuer, i !== undefined) : undefined;
}

/**
 * The printed rows of a dossier's documents, linked ones read from their register entries.
 * `origin`: the dossier's unit, when the caller holds the dossier (a received one's documents
 * and links are then found through its unit's directory alone).
 */
export async function docRowsOf(db: LuutruDb, dossierId: string, issuer = '', origin?: string): Promise<DocRow[]> {
  return (await docsWithRows(db, dossierId, issuer, origin)).rows;
}

/** A dossier's listed documents and their printed rows, from one read (the documents editor shows the one, acts on the other). */
export async function docsWithRows(db: LuutruDb, dossierId: string, issuer = '', origin?: string): Promise<{ docs: DossierDoc[]; rows: DocRow[] }> {
  const docs = await listDocs(db, dossierId, origin);
  return { docs, rows: docRows(docs, await linkedEntriesOf(db, docs, origin, issuer)) };
}

/** What the register entries some documents of one dossier link to say of them (read once for them all; see docRowsOf for `origin`). */
export async function linkedEntriesOf(db: LuutruDb, docs: readonly DossierDoc[], origin?: string, issuer = ''): Promise<(d: DossierDocFields) => LinkedEntry | undefined> {
  const linked = await linkedEntries(db, docs, origin);
  // A linked outgoing document's author is the unit that issued it: the dossier's own unit.
  if (!issuer && linked.out.size > 0) issuer = await unitName(db, docs[0]?.origin ?? origin);
  return (d) => linkedDocument(d, linked, issuer);
}

/** A unit's name: ours from its row, another's from what it sent ('' when unknown). */
async function unitName(db: LuutruDb, unitId: string | undefined): Promise<string> {
  if (!unitId) return '';
  const own = await db.units.get(unitId);
  const name = own?.name ?? (await foreignRecord(db, 'units', unitId))?.name;
  return typeof name === 'string' ? name : '';
}

/**
 * A dossier's documents (not removed) as dated and sheeted: a linked one's number and date read from its
 * register entry (its row holds none), a typed one's as typed. What closing proposes and checks.
 */
export async function datedDocuments(db: LuutruDb, dossierId: string): Promise<DatedDocument[]> {
  const docs = await listDocs(db, dossierId);
  return datedOf(docs, await linkedEntries(db, docs));
}

function datedOf(docs: readonly DossierDoc[], linked: Awaited<ReturnType<typeof linkedEntries>>): DatedDocument[] {
  return docs.map((d) => datedDocument(d, linkedDocument(d, linked)));
}

export type { ClosingProposal };

/**
 * What closing a dossier would record, read from the documents listed in it: the earliest and
 * latest document dates and the last sheet number (the close form starts from them; the clerk
 * checks and corrects). Nothing when nothing is listed.
 */
export async function closingProposal(db: LuutruDb, dossierId: string): Promise<ClosingProposal> {
  return proposalOf(await datedDocuments(db, dossierId));
}

/**
 * `closingProposal` of each of these dossiers of this PC's own unit (the open files on screen in the dossier list),
 * by id: their documents read by their index and the entries they link read once for them all (a dossier with none
 * listed was looked for in every received unit's blocks too, at each change).
 */
export async function closingProposals(db: LuutruDb, dossierIds: readonly string[]): Promise<Map<string, ClosingProposal>> {
  const live = (await Promise.all(dossierIds.map((id) => ownDocs(db, id)))).map((docs) => docs.filter((d) => !d.deleted));
  const linked = await linkedEntries(db, live.flat());
  return new Map(dossierIds.map((id, i) => [id, proposalOf(datedOf(live[i]!, linked))]));
}

export type DocInput = Omit<DossierDocFields, 'unitId' | 'fondsId' | 'dossierId' | 'position'>;

/** Adds a document at the end of the list (no id) or corrects one. */
export async function saveDoc(db: LuutruDb, session: Session, dossierId: string, input: DocInput, id?: string): Promise<DossierDoc> {
  return writeChanges(db, session, { action: id ? 'doc.update' : 'doc.create' }, ['dossierDocs', 'dossiers', 'incomingDocs', 'outgoingDocs'], async (c) => {
    const dossier = await c.get<DossierFields>('dossiers', dossierId);
    if (!dossier || dossier.deleted) throw new AppError('record.notFound');
    if (dossier.origin !== session.unitId) throw new AppError('record.readOnlyOrigin');
    if (!docsEditable(dossier)) throw new AppError('dossier.closedDocs');
    const existing = await listDocs(db, dossierId);
    const before = id ? existing.find((d) => d.id === id) : undefined;
    if (id && !before) throw new AppError('record.notFound');
    const entry = await linkedEntryOf(db, input);
    // A correction may keep a link whose entry is gone (its sheets or note corrected); a new link must find its entry.
    const keptLink = before !== undefined && before.incomingDocId === input.incomingDocId && before.outgoingDocId === input.outgoingDocId;
    if ((input.incomingDocId || input.outgoingDocId) && !entry && !keptLink) throw new DossierInvalidError([{ field: 'link', code: 'doc.entryNotFound' }]);
    c.describe(journalDocName(entry ? entryAsDocument(entry) : input, dossier));
    // One register entry is listed once in a dossier.
    const twice = existing.find((d) => d.id !== id && ((input.incomingDocId && d.incomingDocId === input.incomingDocId) || (input.outgoingDocId && d.outgoingDocId === input.outgoingDocId)));
    if (twice) throw new DossierInvalidError([{ field: 'link', code: 'doc.alreadyListed', params: { ordinal: twice.position } }]);
    if (!id && existing.length >= PROCESSING_LIMITS.maxDocsPerDossier) throw new DossierInvalidError([{ field: 'position', code: 'doc.tooMany', params: { max: PROCESSING_LIMITS.maxDocsPerDossier } }]);
    // A new document goes where its sheets are: before the first listed one that starts on a later
    // sheet (the list is the order of the papers in the file); without sheets, at the end.
    const later = before || input.sheetFrom === undefined ? undefined : existing.find((d) => d.sheetFrom !== undefined && d.sheetFrom > input.sheetFrom!);
    const position = before?.position ?? later?.position ?? Math.max(0, ...existing.map((d) => d.position)) + 1;
    const fields = cleanDoc({ ...input, unitId: session.unitId, fondsId: dossier.fondsId, dossierId, position });
    const issues = validateDoc(fields, dossier.sheetCount);
    if (issues.length > 0) throw new DossierInvalidError(issues);
    if (later) for (const d of existing) if (d.position >= position) c.updateKnown<DossierDocFields>('dossierDocs', d, { ...fieldsOf(d), position: d.position + 1 });
    return (before ? c.updateKnown<DossierDocFields>('dossierDocs', before, fields) : c.create<DossierDocFields>('dossierDocs', fields)) as DossierDoc;
  });
}

/** A document's dossier, refused when it is a closed dossier of the file plan (core/dossiers/rules.ts docsEditable). */
async function editableDossierOf(db: LuutruDb, dossierId: string): Promise<DossierFields | undefined> {
  const dossier = await db.dossiers.get(dossierId);
  if (dossier && !docsEditable(dossier)) throw new AppError('dossier.closedDocs');
  return dossier;
}

/** The register entry of this unit a document is linked to (undefined for a typed one, or an entry not found). */
async function linkedEntryOf(db: LuutruDb, doc: Pick<DossierDocFields, 'incomingDocId' | 'outgoingDocId'>): Promise<IncomingDoc | OutgoingDoc | undefined> {
  if (doc.incomingDocId) return db.incomingDocs.get(doc.incomingDocId);
  return doc.outgoingDocId ? db.outgoingDocs.get(doc.outgoingDocId) : undefined;
}

/**
 * A document of a dossier as the journal names it: its number (a linked one's read from its entry, whose row holds none)
 * or the start of its summary, and the dossier it is in — the journal said "Ghi văn bản vào hồ sơ" and nothing more.
 */
function journalDocName(doc: Pick<DossierDocFields, 'number' | 'summary'>, dossier: Parameters<typeof journalDossierName>[0] | undefined): string {
  const name = doc.number || doc.summary.slice(0, 60) || '(văn bản trong sổ không còn tìm thấy)';
  return dossier ? `${name} → ${journalDossierName(dossier)}` : name;
}

/** A listed document as the journal reads it: a linked one's number and summary from its entry (its row holds neither). */
async function docAsWritten(db: LuutruDb, doc: DossierDoc): Promise<Pick<DossierDocFields, 'number' | 'summary'>> {
  const entry = await linkedEntryOf(db, doc);
  return entry ? entryAsDocument(entry) : doc;
}

/** A listed document as the journal names it: its entry read when it is linked. */
async function journalDocNameOf(db: LuutruDb, doc: DossierDoc, dossier: DossierFields | undefined): Promise<string> {
  return journalDocName(await docAsWritten(db, doc), dossier);
}

/**
 * Names a listed document's item in the line (`written`: as docAsWritten read it): two documents that swapped places
 * read "Số thứ tự trong hồ sơ: 2 → 3" each, not saying which was which.
 */
function nameDocItem(c: ChangeSet, doc: DossierDoc, written: Pick<DossierDocFields, 'number' | 'summary'>): void {
  const name = journalName('dossierDocs', written);
  if (name) c.nameAs(doc.id, name);
}

/** Removes a document from the list (tombstone); the ones after it move up. */
export async function removeDoc(db: LuutruDb, session: Session, id: string, reason: string): Promise<void> {
  await writeChanges(db, session, { action: 'doc.delete' }, ['dossierDocs', 'dossiers', 'incomingDocs', 'outgoingDocs'], async (c) => {
    const doc = await db.dossierDocs.get(id);
    if (!doc || doc.deleted) throw new AppError('record.notFound');
    const name = await journalDocNameOf(db, doc, await editableDossierOf(db, doc.dossierId));
    c.describe(reason ? `${name}: ${reason}` : name);
    c.removeKnown('dossierDocs', doc, reason || 'Bỏ khỏi mục lục văn bản');
    for (const d of await listDocs(db, doc.dossierId)) if (d.position > doc.position) c.updateKnown<DossierDocFields>('dossierDocs', d, { ...fieldsOf(d), position: d.position - 1 });
  });
}

/** Moves a document one place up or down in its dossier's list. */
export async function moveDoc(db: LuutruDb, session: Session, id: string, direction: 'up' | 'down'): Promise<void> {
  await writeChanges(db, session, { action: 'doc.move' }, ['dossierDocs', 'dossiers', 'incomingDocs', 'outgoingDocs'], async (c) => {
    const doc = await db.dossierDocs.get(id);
    if (!doc || doc.deleted) throw new AppError('record.notFound');
    const dossier = await editableDossierOf(db, doc.dossierId);
    const other = (await listDocs(db, doc.dossierId)).find((d) => d.position === doc.position + (direction === 'up' ? -1 : 1));
    if (!other) return;
    // Each document's entry read once, for the line and its item.
    const [written, otherWritten] = [await docAsWritten(db, doc), await docAsWritten(db, other)];
    c.describe(journalDocName(written, dossier));
    nameDocItem(c, doc, written);
    nameDocItem(c, other, otherWritten);
    c.updateKnown<DossierDocFields>('dossierDocs', doc, { ...fieldsOf(doc), position: other.position });
    c.updateKnown<DossierDocFields>('dossierDocs', other, { ...fieldsOf(other), position: doc.position });
  });
}

/** The printed rows of every dossier of a fonds that has documents listed (a batch of covers). */
export async function docRowsOfFonds(db: LuutruDb, fondsId: string, issuer = ''): Promise<Map<string, DocRow[]>> {
  let all = await db.dossierDocs.where('fondsId').equals(fondsId).toArray();
  if (all.length === 0) all = (await foreignOfFonds(db, 'dossierDocs', fondsId)) as unknown as DossierDoc[];
  return rowsByDossier(db, all.filter((d) => !d.deleted), issuer);
}

/**
 * The listed documents of the given dossiers (the unit's own), as rows, by dossier: a year's covers
 * read the documents of that year's dossiers, not of every year of the fonds.
 */
export async function docRowsOfDossiers(db: LuutruDb, dossierIds: readonly string[], issuer = ''): Promise<Map<string, DocRow[]>> {
  if (dossierIds.length === 0) return new Map();
  const all = await db.dossierDocs
    .where('[dossierId+position]')
    .inAnyRange(dossierIds.map((id) => range(id)))
    .toArray();
  return rowsByDossier(db, all.filter((d) => !d.deleted), issuer);
}

async function rowsByDossier(db: LuutruDb, docs: readonly DossierDoc[], issuer: string): Promise<Map<string, DocRow[]>> {
  // A received fonds' documents link to entries of their own unit: looked for there first.
  const linked = await linkedEntries(db, docs, docs[0]?.origin);
  const groups = new Map<string, DossierDoc[]>();
  for (const d of docs) groups.set(d.dossierId, [...(groups.get(d.dossierId) ?? []), d]);
  const rows = new Map<string, DocRow[]>();
  for (const [id, list] of groups)
    rows.set(id, docRows(list, (d) => linkedDocument(d, linked, issuer)));
  return rows;
}

/**
 * A register entry found to link a document to: its label in the list, what the document's fields will read through the
 * link, and an incoming one's số đến (`arrival`), said first by the screen with which register it is in (its own số, ký
 * hiệu said nothing of it).
 */
export type FoundEntry = { readonly id: string; readonly kind: 'incoming' | 'outgoing'; readonly arrival?: string; readonly label: string; readonly shown: LinkedEntry };

/**
 * Register entries (incoming and outgoing) whose text holds every typed word, marks ignored —
 * to pick one to link. Stops at `limit`; the newest registers are read first.
 */
export async function searchRegisterEntries(db: LuutruDb, typed: string, limit = 12): Promise<FoundEntry[]> {
  // A query read as the registers' search reads it (search/tokens.ts): each word a whole word of the entry (marks and
  // case aside, a notation with or without its separators), the last one being typed may begin one ("phu nu" found
  // "phương … nước": every word was looked for inside others).
  const { words, prefix } = queryTerms(typed);
  if (words.length === 0 && prefix === undefined) return [];
  const out: FoundEntry[] = [];
  const terms = prefix === undefined ? words : [...words, prefix];
  const hit = (text: string) => {
    // Every word of the entry is a piece of its folded text run together: one without every term inside it is no hit,
    // found without splitting it into words (the scan runs at every key, over registers of any size).
    const folded = foldText(text);
    const joined = folded.replace(/[^\p{L}\p{N}]+/gu, '');
    if (!terms.every((w) => joined.includes(w))) return false;
    // Folded once (entryWords lower-cases text already folded, as the search texts come).
    const own = entryWords(folded);
    const whole = new Set(own);
    return words.every((w) => whole.has(w)) && (prefix === undefined || own.some((o) => o.startsWith(prefix)));
  };
  await db.incomingDocs.orderBy('clock').reverse().until(() => out.length >= limit).each((e) => {
    if (e.deleted) return;
    const label = incomingLabel(e);
    if (hit(`${label} ${e.arrivalNumber}`)) out.push(foundIncoming(e, label));
  });
  if (out.length < limit)
    await db.outgoingDocs.orderBy('clock').reverse().until(() => out.length >= limit).each((e) => {
      if (e.deleted) return;
      const label = outgoingLabel(e);
      if (hit(label)) out.push(foundOutgoing(e, label));
    });
  return out;
}

// The parts an entry has, joined (one without its own number began "— Sở Nội vụ …").
const labelOf = (...parts: string[]) => parts.filter(Boolean).join(' — ');
const incomingLabel = (e: IncomingDoc) => labelOf(joinNumberNotation(e.number, e.notation), e.sender, typeAndSummary(e.typeName, e.summary));
const outgoingLabel = (e: OutgoingDoc) => labelOf(joinNumberNotation(e.number, e.notation), typeAndSummary(e.typeName, e.summary));
const foundIncoming = (e: IncomingDoc, label = incomingLabel(e)): FoundEntry => ({ id: e.id, kind: 'incoming', arrival: formatNumber(e.arrivalNumber), label, shown: entryAsDocument(e) });
const foundOutgoing = (e: OutgoingDoc, label = outgoingLabel(e)): FoundEntry => ({ id: e.id, kind: 'outgoing', label, shown: entryAsDocument(e) });

/** A listed document's link whose register entry is not found, named `label`: kept as it is when the document is corrected. */
function missingLink(doc: Pick<DossierDocFields, 'incomingDocId' | 'outgoingDocId'>, label: string): FoundEntry {
  return { id: doc.incomingDocId || doc.outgoingDocId || '', kind: doc.incomingDocId ? 'incoming' : 'outgoing', label, shown: { number: '', author: '', summary: '' } };
}

/**
 * The register entry a listed document is linked to, as the link search shows it (a correction opens on it); a link
 * whose entry is gone stands named `missingLabel`; undefined for a typed document.
 */
export async function linkOfDoc(db: LuutruDb, doc: Pick<DossierDocFields, 'incomingDocId' | 'outgoingDocId'>, missingLabel: string): Promise<FoundEntry | undefined> {
  const e = await linkedEntryOf(db, doc);
  if (e) return 'arrivalNumber' in e ? foundIncoming(e) : foundOutgoing(e);
  return doc.incomingDocId || doc.outgoingDocId ? missingLink(doc, missingLabel) : undefined;
}
