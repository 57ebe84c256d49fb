/**
 * The province archive server's roles (tài khoản cán bộ lưu trữ): view < import < administer, each able to do what
 * the ones before it can. The server checks them on every request (archive/server.ts); the screens offer only
 * what the signed-in archivist's role allows (upper-api `may`).
 */
export const ROLES = ['view', 'import', 'administer'] as const;
export type Role = (typeof ROLES)[number];

/** Whether `role` may do what needs `need`. */
export function allows(role: Role, need: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(need);
}
