import AgentIcon from '@mui/icons-material/People';
import type { RaRecord } from 'react-admin';
import { AgentCreate } from './AgentCreate';
import { AgentEdit } from './AgentEdit';
import { AgentList } from './AgentList';
import { AgentShow } from './AgentShow';

export default {
  list: AgentList,
  edit: AgentEdit,
  create: AgentCreate,
  show: AgentShow,
  icon: AgentIcon,
  recordRepresentation: (record: RaRecord) =>
    // Names are withheld from some roles (null): the registration number alone then.
    [record.lastName, record.firstName]
      .filter(Boolean)
      .concat(record.registrationNumber ? [`(${record.registrationNumber})`] : [])
      .join(' '),
};
