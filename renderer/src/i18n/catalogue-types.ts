/** Types that make every catalogue section carry the same keys in every language. */
import type { exchangeVi } from './exchange.vi';

export type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type ExchangeCatalogue = Widen<typeof exchangeVi>;
