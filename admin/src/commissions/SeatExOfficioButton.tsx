import { Button } from '@mui/material';
import { useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';
import { counted } from '../shared/numbers';

/**
 * The ASS are members by right of their department's CLAS [004 §II.3]: seats, in one validated and audited save, those
 * of the department missing from it today, each for the time of their assignment.
 */
export const SeatExOfficioButton = () => {
  const record = useRecordContext<{ id: string; kind?: string; departmentId?: string | null }>();
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  if (record?.kind !== 'CLAS' || !record.departmentId) return null;
  const run = async () => {
    try {
      const added = (await dataProvider.workflow('seatExOfficioSocialWorkers', { commissionId: record.id })) as unknown as unknown[];
      notify('app.commission.exOfficioAdded', { type: 'success', messageArgs: counted(added.length) });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <Button variant="outlined" size="small" onClick={() => void run()} data-testid="seat-ex-officio">
      {translate('app.commission.seatExOfficio')}
    </Button>
  );
};
