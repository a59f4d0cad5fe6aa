import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import { useState } from 'react';
import { Button, useNotify, useRecordContext } from 'react-admin';
import { getToken } from '../authProvider';

/** The file name the API gives (`content-disposition`), else the kind and id. */
const fileNameOf = (response: Response, fallback: string) =>
  /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallback;

/**
 * « Télécharger (PDF) »: the generated document of the record (`GET /documents/<kind>/<id>.pdf`, with the user's token,
 * so the API's access policy decides), saved as a file. `id` overrides the record's id (the national synthesis: a year).
 * A refusal shows the API's French message.
 */
export const DownloadPdfButton = ({
  kind,
  id,
  label = 'app.documents.download',
}: {
  kind: string;
  id?: string | number;
  label?: string;
}) => {
  const record = useRecordContext();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const target = id ?? record?.id;
  if (target === undefined) return null;
  const download = async () => {
    setBusy(true);
    try {
      const response = await fetch(`/documents/${kind}/${encodeURIComponent(String(target))}.pdf`, {
        headers: { authorization: `Bearer ${getToken() ?? ''}` },
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { errors?: { message: string }[] } | null;
        throw new Error(body?.errors?.[0]?.message ?? `Téléchargement refusé (${response.status}).`);
      }
      const url = URL.createObjectURL(await response.blob());
      const link = Object.assign(document.createElement('a'), { href: url, download: fileNameOf(response, `${kind}-${target}.pdf`) });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button label={label} onClick={() => void download()} disabled={busy}>
      <PictureAsPdfIcon />
    </Button>
  );
};
