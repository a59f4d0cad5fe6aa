import HeadcountIcon from '@mui/icons-material/Groups';
import type { RaRecord } from 'react-admin';
import { ServiceHeadcountCreate } from './ServiceHeadcountCreate';
import { ServiceHeadcountEdit } from './ServiceHeadcountEdit';
import { ServiceHeadcountList } from './ServiceHeadcountList';
import { ServiceHeadcountShow } from './ServiceHeadcountShow';
import { frDate, frNumber } from '../shared/french';
import { enumLabel } from '../shared/labels';

export default {
  list: ServiceHeadcountList,
  edit: ServiceHeadcountEdit,
  create: ServiceHeadcountCreate,
  show: ServiceHeadcountShow,
  icon: HeadcountIcon,
  recordRepresentation: (record: RaRecord) =>
    `${enumLabel('Population', record.population)} : ${frNumber(record.count)} (depuis le ${frDate(record.validFrom)})`,
};
