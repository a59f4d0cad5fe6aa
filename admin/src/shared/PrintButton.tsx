import PrintIcon from '@mui/icons-material/Print';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Button, useDataProvider, useNotify, useRecordContext } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';

/**
 * Opens a document rendered by the API (print-styled HTML read by `query` for the record's id) in a new window and
 * asks the browser to print it: the mission letter, the notice for the board.
 */
export const PrintButton = <T,>({
  query,
  pick,
  label,
}: {
  query: TypedDocumentNode<T, { id: string | number }>;
  pick: (data: T) => string;
  label: string;
}) => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  if (!record) return null;
  const print = async () => {
    const printable = window.open('', '_blank');
    try {
      printable?.document.write(pick(await dataProvider.query(query, { id: record.id })));
      printable?.document.close();
      printable?.print();
    } catch (error) {
      printable?.close();
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <Button label={label} onClick={() => void print()}>
      <PrintIcon />
    </Button>
  );
};
