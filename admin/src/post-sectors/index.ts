import type { RaRecord } from 'react-admin';
import { formPages, toParentTab } from '../shared/CrudPages';
import { PostSectorForm } from './PostSectorForm';
import { frDate } from '../shared/french';

const back = toParentTab('social-worker-posts', 'postId', 'sectors');

/** Sectors are listed on their post's page: only their forms here. */
export default {
  ...formPages(PostSectorForm, back),
  recordRepresentation: (record: RaRecord) => `Secteur du ${frDate(record.validFrom)}${record.part ? ` – ${record.part}` : ''}`,
};
