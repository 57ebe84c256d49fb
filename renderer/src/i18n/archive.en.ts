/** English strings of the province archive on PostgreSQL (same keys as archive.vi.ts). */
import type { Widen } from './catalogue-types';
import type { archiveVi } from './archive.vi';

export const archiveEn: Widen<typeof archiveVi> = {
  archive: {
    title: 'Provincial historical archive',
    loginTitle: 'Sign in to the shared archive',
    loginHelp: 'Every unit’s data lives on the province’s archive server. Sign in with the account your administrator gave you.',
    username: 'User name',
    password: 'Password',
    login: 'Sign in',
    logout: 'Sign out',
    signedInAs: '{{name}} ({{role}})',
    role: { view: 'view', import: 'import', administer: 'administer' },
    navUpper: 'All units',
    navImport: 'Import bundles',
    navKeys: 'Trusted keys',
    navReview: 'To review',
    server: 'Server: {{store}}',
  },
  archiveErrors: {
    'archive.connectionLost':
      'The connection to the archive server was lost. What you were doing may not have finished. Check the network, then choose the files and import again: bundles already imported are never imported twice.',
    'archive.connectionLost.read': 'The connection to the archive server was lost, so nothing could be read. Check the network and that the archive server is running, then try again.',
    'archive.db.connectionLost':
      'The archive server lost its connection to the database, so nothing of this import was written. When the database is back, choose the files and import again: bundles already imported are never imported twice.',
    'archive.db.connectionLost.read': 'The archive server lost its connection to the database, so nothing could be read. Try again once the database is running.',
    'archive.db.inUse':
      'The archive data in the folder {{folder}} is open in another program (process {{pid}}, usually the archive server, "archive serve"). Two programs writing one folder lose data: stop that program (Ctrl+C in its window), then run the command again. To manage accounts while the server runs, use PostgreSQL (--db postgres://…).',
    'archive.db.tooNew': 'The database is at version {{version}}, newer than this program (at most {{max}}). Update the program before using this database.',
    'archive.notInitialised': 'The archive is not set up yet. Run "luutru archive init" or "luutru archive serve" on the server to declare the archive and its administrator.',
    'archive.alreadyInitialised': 'This archive was already set up; it is not set up again.',
    'archive.noAdministrator': 'The archive has no administrator account. Run "luutru archive init" to create one.',
    'archive.unit.name': 'Enter the archive’s name, e.g. "Lưu trữ lịch sử tỉnh Hưng Yên".',
    'archive.unit.code': 'The province’s administrative code has 2 to 5 digits, e.g. 33.',
    'archive.password.short': 'The password needs at least {{min}} characters.',
    'archive.password.long': 'The password is longer than {{max}} bytes. Choose a shorter one.',
    'archive.password.noTerminal': 'There is no terminal to type the password in. Run the command in a terminal, or pass the password through --password-stdin.',
    'archive.username.invalid': 'A user name has lower-case letters without marks, digits, dots, hyphens or underscores (2 to 40 characters).',
    'archive.username.taken': 'There is already an account "{{username}}". Choose another user name.',
    'archive.displayName.required': 'Enter the full name of the account’s user.',
    'archive.role.invalid': 'Invalid role: only view, import or administer.',
    'archive.account.notFound': 'There is no account "{{username}}".',
    'archive.login.failed': 'Wrong user name or password.',
    'archive.login.tooMany': 'Too many failed sign-ins. Wait {{minutes}} minutes and try again, or ask the administrator to reset the password.',
    'archive.auth.required': 'Your session ended or you are not signed in. Sign in again.',
    'archive.auth.forbidden': 'Your account may not do this. Ask the administrator for the right.',
    'archive.request.invalid': 'The request to the archive server is not valid. Reload the page and try again.',
    'archive.request.notFound': 'The archive server has no such function. Reload the page; if it happens again, tell the technical staff.',
    'archive.request.tooLarge': 'The files are too large to send at once (at most {{max}} MB). Choose fewer files at a time.',
    'archive.upload.incomplete': 'The files reached the server incomplete (connection lost halfway?). Choose the files again.',
    'archive.allow.invalid': 'The allowed address "{{entry}}" is not valid. Example: 192.168.1.0/24 or 127.0.0.1.',
    'archive.ip.refused': 'The computer {{ip}} is not on the list of addresses allowed to connect to the archive server.',
    'archive.server.error': 'The archive server failed to do this; no data changed. Try again or tell the technical staff.',
    'archive.decision.notClaimant': 'The unit chosen no longer claims this record. Reload the list.',
    'custody.kind': 'Custody is either a merger or a transfer.',
  },
};
