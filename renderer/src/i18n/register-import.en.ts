/** English strings of the Excel import and export of registers (same keys as register-import.vi.ts). */
import type { Widen } from './catalogue-types';
import type { registerImportVi } from './register-import.vi';

export const registerImportEn: Widen<typeof registerImportVi> = {
  errors: {
    'spreadsheet.tooLarge': 'The file is larger than {{maxMb}} MB and cannot be read. Split the register into several files (one per year, say) and import them one by one.',
    'spreadsheet.unpackedTooLarge':
      'Unpacked, this file would take more than {{maxMb}} MB, far too much for a register. Open it in Excel, delete the sheets you do not need, save it and import it again.',
    'spreadsheet.tooManyRows': 'The file has more than {{max}} rows and cannot be read. Split it into smaller files and import them one by one.',
    'spreadsheet.legacyXls':
      'This is an old-format Excel file (.xls) or a password-protected file. Open it in Excel, remove the password if any, use "Save as" with the type "Excel Workbook (.xlsx)" and import the new file.',
    'spreadsheet.notXlsx':
      'This file is not an Excel workbook (.xlsx). Choose the Excel file of the register; a register kept as .csv: open it in Excel, use "Save as" with the type "Excel Workbook (.xlsx)" and import the new file.',
    'spreadsheet.unreadable': 'This Excel file cannot be read (it may be damaged or incompletely copied). Open it in Excel, save it again as .xlsx and import it again.',
    'spreadsheet.sizeMismatch':
      'This file states wrong sizes for its parts: unpacked, a part is larger than the file says. It is damaged or forged, so reading stopped at once. Ask for the original file, open it in Excel, save it again as .xlsx and import it again.',
    'spreadsheet.empty':
      'This Excel file holds no data: every sheet is empty. The wrong file may have been chosen, or the register is kept in another file. Open it in Excel to check, then choose the file of the register.',
    'registerImport.header.notFound':
      'No row of column headers (Ngày đến, Số đến, Tác giả…) was found. Point at the header row in the preview, or check that the right sheet is selected.',
    'registerImport.mapping.missing': 'No column is chosen for "$t(registerImport.fields.{{field}})". Choose the column of the file that holds it.',
    'registerImport.mapping.columnTwice':
      'Column {{column}} is chosen for two fields: "$t(registerImport.fields.{{field}})" and "$t(registerImport.fields.{{other}})". A column can hold one field only; remove one of them.',
    'registerImport.mapping.overlap':
      'The combined column "$t(registerImport.fields.{{other}})" is chosen, so "$t(registerImport.fields.{{field}})" cannot be chosen as well. Remove one of them.',
    'registerImport.mapping.unknownField': 'The field "{{field}}" does not exist in this kind of register. Map the columns again.',
    'registerImport.mapping.badColumn': 'The column chosen for "$t(registerImport.fields.{{field}})" is not valid. Choose it again.',
    'registerImport.mapping.kindMismatch':
      'This column mapping is for the other kind of register (incoming / outgoing). Choose the right register or map the columns again.',
    'registerImport.date.invalid': 'The date "{{text}}" does not exist or cannot be read. Correct it in the file as day/month/year, e.g. 05/01/2025, and check again.',
    'registerImport.date.monthFirst': 'The date "{{text}}" seems to be written month/day/year. Correct it in the file as day/month/year and check again.',
    'registerImport.date.tooEarly':
      'The date "{{text}}" is before {{year}}: no register holds such a date; it usually comes from a broken date cell (Excel\'s default date, a mistyped year). Correct it from the paper register, or leave it empty if the paper has none, and check again.',
    'registerImport.date.longBefore':
      'The document date {{date}} is more than a year before the register\'s year ({{year}}). The row is imported; compare with the paper register in case the year was mistyped.',
    'registerImport.cell.tooLong':
      'Cell {{address}} (row {{row}}) is {{length, number}} characters long, too long for a cell of a register (at most {{max, number}}), so it was not read. A whole document may have been pasted into it by mistake: correct the cell in Excel and check again.',
    'registerImport.expired': 'The file read is no longer held (the import worker restarted). Choose the Excel file again.',
    'registerImport.cancelled': 'Stopped as asked. Nothing was written to the register.',
    'registerImport.cancelledRow': 'This row is a cancelled entry of the register (its note ends with "(đã hủy…)"): it is not imported as a live document. Leave it out, or remove the cancel note if the document was not cancelled.',
    'registerImport.number.missing': 'No number. Write the number exactly as in the paper register and check again.',
    'registerImport.number.invalid': 'The number "{{text}}" is not a positive whole number. Correct it to the number of the paper register.',
    'registerImport.number.inRegister':
      'Number {{number}} is already used in this register. Each number is used once: check the number in the file, or import into another register.',
    'registerImport.number.twiceInFile':
      'Number {{number}} is used on several rows of the file (rows {{rows}}). Compare with the paper register and give each row its own number.',
    'registerImport.count.invalid': '"{{text}}" is not a number. Write it in digits, e.g. 3.',
    'registerImport.urgency.unknown': 'The urgency "{{text}}" is not valid. Write Khẩn, Thượng khẩn, Hỏa tốc or leave it empty.',
    'registerImport.duplicate.inRegister':
      'A document with the same number, symbol and issuer is already in the {{year}} register: number {{number}}, dated {{date}}. If it really is another document, choose "Import duplicates too".',
    'registerImport.duplicate.inFile':
      'This document has the same number, symbol and issuer as row {{firstRow}} of the file. If it really is another document, choose "Import duplicates too".',
  },
  registerImport: {
    title: 'Import a register from Excel',
    help: 'Choose the Excel file of an old register. Text typed in old fonts (.VnTime, VNI) is converted to Unicode. Nothing is written until you press "Import".',
    chooseFile: 'Choose Excel file…',
    sheet: 'Sheet',
    hiddenSheet: '(hidden)',
    headerRow: 'Header row',
    headerRowHelp: 'Row {{row}} was taken as the header row. If that is wrong, click the right header row in the preview.',
    mappingTitle: 'Match the columns of the file with the fields of the register',
    mappingRemembered: 'The column mapping of the last file with this layout was reused.',
    column: 'Column {{column}}',
    notMapped: '(not imported)',
    check: 'Check',
    checkTitle: 'Check result (nothing written yet)',
    summary: '{{ok}} rows will be imported, {{error}} rows have errors, {{duplicate}} rows may be duplicates, {{empty}} empty rows are skipped.',
    summaryWithDuplicates: '{{ok}} rows will be imported ({{duplicate}} that may be duplicates included), {{error}} rows have errors, {{empty}} empty rows are skipped.',
    warnedSummary: '{{count}} rows have something to look at again (marked "Look again") but are imported.',
    encodingSummary: 'Text converted to Unicode: {{tcvn3}} rows in TCVN3 fonts (.VnTime), {{vni}} rows in VNI fonts, {{decomposed}} rows in decomposed Unicode (tổ hợp).',
    includeDuplicates: 'Import duplicates too',
    errorsSkipped: 'Rows with errors are not imported. Correct them in the file and check again if they must be imported too.',
    apply: 'Import {{count}} documents',
    applied: '{{count}} documents imported into the register. The next number of the register is {{next}}.',
    nothingToImport: 'No row can be imported. See the errors above.',
    row: 'Row',
    issuesColumn: 'To correct, to check',
    at: { cell: 'Cell {{cell}}: {{message}}', row: 'Row {{row}}: {{message}}', rowCell: 'Row {{row}} (cell {{cell}}): {{message}}' },
    notWritten: 'Nothing was imported: {{count}} rows can no longer be imported (the register changed since the check). Press "Check" again.',
    warning: 'Look again',
    emptySheet: 'The sheet "{{name}}" holds no data. Choose another sheet.',
    preview: 'First rows of the sheet',
    previewHelp: 'Press "Use as header" on the row that names the columns (Ngày đến, Số đến, Tác giả…).',
    useAsHeader: 'Use as header',
    headerRowShort: 'Header row',
    progress: '{{stage}}: {{done, number}} / {{total, number}}',
    stage: {
      unzip: 'Checking the file (bytes unpacked)',
      parse: 'Reading the Excel file',
      cells: 'Converting text to Unicode (rows)',
      check: 'Checking each row',
      lookup: 'Comparing with the register',
      validate: 'Checking again before writing (rows)',
      write: 'Writing to the register (documents)',
    },
    stop: 'Stop',
    stoppedRead: 'Reading the file was stopped.',
    encodingTitle: 'Cells of unclear encoding: {{count}}',
    encodingHelp:
      'The file was saved again in a Unicode font (Calibri, Arial…), so the short cells below may have been typed in more than one encoding. Look at each reading and choose the right one, for a whole column or for one cell. The choice for a column is remembered for the next import.',
    reading: { unicode: 'As written', tcvn3: 'As TCVN3 (.VnTime)', vni: 'As VNI' },
    guessEach: 'Guess each cell',
    wholeColumn: 'All of column {{column}} — {{field}} ({{count}} cells)',
    cellColumn: 'Cell',
    moreUncertain: '{{count}} more unclear cells; the choice for a whole column applies to them all.',
    status: { ok: 'Import', error: 'Error', duplicate: 'Possible duplicate', empty: 'Skipped' },
    skipReason: { blank: 'Empty row', columnNumbers: 'Column numbers', repeatedHeader: 'Repeated header' },
    encoding: { unicode: 'Unicode', tcvn3: 'TCVN3 (.VnTime)', vni: 'VNI' },
    fields: {
      arrivalDate: 'Arrival date',
      registerNumber: 'Arrival number / register number',
      sender: 'Author (sending body)',
      numberNotation: 'Number and symbol',
      number: 'Document number',
      notation: 'Symbol',
      documentDate: 'Document date',
      typeSummary: 'Type and summary',
      typeName: 'Document type',
      summary: 'Summary',
      recipient: 'Unit or person receiving it',
      transferDate: 'Date passed on',
      receivedSignature: 'Signature of receipt',
      note: 'Note',
      signer: 'Signer',
      urgency: 'Urgency',
      pageCount: 'Pages',
      handlingDeadline: 'Handling deadline',
      recipients: 'Recipients',
      retainedCopyHolder: 'Holder of the retained copy',
      copyCount: 'Number of copies',
      dueDate: 'Reply due',
    },
    exportXlsx: 'Export to Excel',
    exportResults: 'Export results to Excel',
    exported: '{{count}} rows exported to an Excel file.',
  },
};
