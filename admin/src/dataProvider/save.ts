/**
 * The types of a bulk save's answer, from the schema (./save.graphql, compiled by `pnpm codegen`): every resource's
 * `saveTs(rows, dryRun)` answers a `BulkSaveResult` of `BulkRowResult`s. The mutations are built at run time per
 * resource (the mutation's name, its row type, and for the grid the record's selection) and spread the fragments,
 * whose text they carry.
 */
import { print } from 'graphql';
import {
  BulkRowFragmentDoc,
  BulkSaveFragmentDoc,
  type BulkRowFragment,
  type BulkSaveFragment,
  type ViolationFragment,
} from '../gql/graphql';

/** A rule a record breaks, as the API reports it (messages are already in French). */
export type Violation = ViolationFragment;
/** One object type of a union of identical ones (codegen writes one member per implementation of the interface). */
type Merged<U> = Pick<U, keyof U>;

/** What the API says of one row of a bulk save. */
export type SaveRowResult = Merged<Omit<Merged<BulkRowFragment>, 'violations'>> & { violations: Violation[] };
/** What the API answers to a bulk save. */
export type SaveRowsResult = Merged<Omit<Merged<BulkSaveFragment>, 'rows'>> & { rows: SaveRowResult[] };

/** The text of the fragments (with those they spread), to append to a document that spreads `...BulkSave`. */
export const BULK_SAVE_FRAGMENTS = print(BulkSaveFragmentDoc);
/** The same for `...BulkRow`. */
export const BULK_ROW_FRAGMENTS = print(BulkRowFragmentDoc);
