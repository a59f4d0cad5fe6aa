import Icon from '@mui/icons-material/WorkspacePremium';
import type { RaRecord } from 'react-admin';
import { frDate } from '../shared/french';
import { enumLabel } from '../shared/labels';
import { createPage, editPage } from '../shared/pages';
import { PostQualificationForm } from './PostQualificationForm';
import { PostQualificationList } from './PostQualificationList';
import { PostQualificationShow } from './PostQualificationShow';

/** The category each kind of post requires, dated and configurable (ASS: B before 2019-02-01, A from then). */
export default {
  list: PostQualificationList,
  show: PostQualificationShow,
  create: createPage(PostQualificationForm),
  edit: editPage(PostQualificationForm),
  icon: Icon,
  // The kind by its French name: its code (« CT_CENTRAL ») is not for a reader.
  recordRepresentation: (record: RaRecord) =>
    `${enumLabel('PostKind', record.kind)} – catégorie ${record.category} (depuis le ${frDate(record.validFrom)})`,
};
