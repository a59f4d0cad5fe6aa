import { GraphQLScalarType } from 'graphql';
import { DateResolver } from 'graphql-scalars';

/** An ISO calendar date, `YYYY-MM-DD`, as PostgreSQL `date` columns hydrate in MikroORM 6. */
export type IsoDate = string;

const iso = (value: Date): IsoDate => value.toISOString().slice(0, 10);

/**
 * graphql-scalars' `Date` (same name, same validation: it rejects 2024-02-30),
 * kept as a `YYYY-MM-DD` string on the server so that no time zone ever shifts a day.
 */
export const DateScalar = new GraphQLScalarType<IsoDate, string>({
  ...DateResolver.toConfig(),
  serialize: (value) => (value instanceof Date ? iso(value) : String(DateResolver.serialize(value))),
  parseValue: (value) => iso(DateResolver.parseValue(value) as Date),
  parseLiteral: (ast, variables) => iso(DateResolver.parseLiteral(ast, variables) as Date),
});

/**
 * One formatter for every call: making an `Intl.DateTimeFormat` costs about a millisecond (its locale and time-zone
 * data), and every request asks for today (its Access), which was 5 % of the CPU of a 50-row read (issue 11).
 */
const PARIS_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day in Paris at an instant: the registry's day, whatever the server's time zone (UTC on most). */
export const dayInParis = (at: Date): IsoDate => PARIS_DAY.format(at);

const HOUR_MS = 3_600_000;
let todayOf: { hour: number; day: IsoDate } | undefined;

/**
 * Today in Paris: from 22:00 or 23:00 UTC it is already tomorrow there, and so it is for every default date and rule.
 * Formatted once per UTC hour: Paris is a whole number of hours ahead of UTC, so its day only changes on a whole
 * UTC hour (every request asks for today: formatting it each time was ≈ 1 % of a small read's CPU).
 */
export const today = (): IsoDate => {
  const hour = Math.floor(Date.now() / HOUR_MS);
  if (todayOf?.hour !== hour) todayOf = { hour, day: dayInParis(new Date(hour * HOUR_MS)) };
  return todayOf.day;
};

export const addDays = (date: IsoDate, days: number): IsoDate => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return iso(d);
};

/** The same day `months` months later, clamped to the month's last day (2026-01-31 + 1 month = 2026-02-28). */
export const addMonths = (date: IsoDate, months: number): IsoDate => {
  const [y, m, d] = date.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return iso(target);
};
