import PostIcon from '@mui/icons-material/Diversity3';
import type { RaRecord } from 'react-admin';
import { formPages } from '../shared/CrudPages';
import { SocialWorkerPostForm } from './SocialWorkerPostForm';
import { SocialWorkerPostList } from './SocialWorkerPostList';
import { SocialWorkerPostShow } from './SocialWorkerPostShow';

export default {
  list: SocialWorkerPostList,
  show: SocialWorkerPostShow,
  ...formPages(SocialWorkerPostForm),
  icon: PostIcon,
  recordRepresentation: (record: RaRecord) => `${record.code} – ${record.title}`,
};
