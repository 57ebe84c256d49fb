/** Import of old registers kept in Excel: header detection, column mapping, the dry run. */
export * from './fields';
export * from './types';
export * from './mapping';
export * from './header';
export * from './cells';
export * from './row-input';
export * from './plan';
export * from './address';
export * from './encoding-choice';
