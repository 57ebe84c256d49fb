/** English labels of the fields a journal entry lists, per table (same keys as journal.vi.ts). */
import type { Widen } from './catalogue-types';
import type { journalVi } from './journal.vi';

export const journalEn: Widen<typeof journalVi> = {
  journalValues: {
    retention: { permanent: 'Permanent' },
    access: { open: 'Open access', restricted: 'Restricted' },
    status: { open: 'Open', closed: 'Closed' },
  },
  journalFields: {
    unknown: 'other details',
    common: {
      deleted: 'Cancelled',
      deletedReason: 'Reason for cancelling',
      unitId: 'Unit',
      fondsId: 'Fonds',
      registerId: 'Register',
      year: 'Year',
      name: 'Name',
      status: 'Status',
      note: 'Note',
      startDate: 'Start date',
      endDate: 'End date',
      active: 'In use',
    },
    units: {
      level: 'Level',
      name: 'Name of the office',
      shortName: 'Short name',
      adminCode: 'Administrative code',
      legacyAdminCode: 'Former administrative code',
      agencyId: 'Electronic agency ID',
      parentName: 'Parent body',
    },
    fonds: {
      name: 'Fonds name',
      number: 'Fonds number',
      status: 'Fonds status',
      startYear: 'First year of the fonds',
      endYear: 'Last year of the fonds',
      history: 'History of the creating body',
    },
    operators: {
      name: 'Full name',
      position: 'Position',
      active: 'Still uses this PC',
    },
    issuingBodies: {
      name: 'Issuing body',
      abbreviation: 'Abbreviation',
      active: 'In use',
    },
    registers: {
      kind: 'Kind of register',
      name: 'Register name',
      issuingBodyId: 'Issuing body',
      secret: 'Register of secret documents',
      status: 'Register status',
      closedAt: 'Date the register was closed',
      firstNumber: 'First number',
      lastNumber: 'Last number given',
      volume: 'Volume',
    },
    incomingDocs: {
      deleted: 'Entry cancelled',
      replyDocId: 'Reply (in the outgoing register)',
    },
    outgoingDocs: {
      deleted: 'Entry cancelled',
    },
    dossiers: {
      deleted: 'Removed from the plan',
      deletedReason: 'Reason for removing',
      notation: 'Dossier number and code',
      status: 'Dossier status',
      pageCount: 'Pages',
      language: 'Language',
      source: 'Source (plan or backlog)',
      depositFrom: 'Deposit deadline counted from',
      expiresYear: 'Retention ends (year)',
      listKey: 'Place in the file plan',
      liveKey: 'Place in the file plan (dossiers not removed)',
      planKey: 'Place under its heading in the file plan',
      livePlanKey: 'Place under its heading in the file plan (dossiers not removed)',
      arrangeStage: 'Arranging step waited for (numbering, boxing)',
    },
    boxes: {
      deleted: 'Box removed',
      inventoryNumber: 'Inventory no.',
      number: 'Box no.',
    },
    processingJobs: {
      name: 'Processing job',
      status: 'Job status',
    },
  },
};
