/**
 * Exports of a list, made by the server (`GET /exports/<list>.csv|.xlsx`): every row of the list's current filter
 * and sort, streamed with the fields the caller's role may read, instead of react-admin's exporter, which pages
 * through the list in the browser.
 */
import { getToken } from '../authProvider';
import { listArguments } from '../dataProvider/buildQuery';
import { shapeOf } from '../dataProvider/schema';

export type ExportFormat = 'csv' | 'xlsx';

/** The export's address for a list's filter and sort (the same arguments as the list query). */
export function exportUrl(
  resource: string,
  params: { filter?: Record<string, unknown>; sort?: { field: string; order: string } },
  format: ExportFormat,
): string {
  const { filter, sort, asOf } = listArguments(resource, params);
  const query = new URLSearchParams();
  const defined = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined && v !== null && v !== ''));
  if (Object.keys(defined).length) query.set('filter', JSON.stringify(defined));
  if (sort) query.set('sort', JSON.stringify(sort));
  if (asOf) query.set('asOf', asOf);
  const search = query.toString();
  return `/exports/${shapeOf(resource).list}.${format}${search ? `?${search}` : ''}`;
}

const filenameOf = (disposition: string | null, fallback: string) => /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? fallback;

/**
 * Downloads an export with the session's token (an `<a href>` cannot send it) and hands the file to the browser.
 * Throws the server's French message when it refuses the export.
 */
export async function downloadExport(url: string): Promise<string> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${getToken() ?? ''}` } });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { errors?: { message: string }[] } | null;
    throw new Error(body?.errors?.[0]?.message ?? `Export refusé (${response.status}).`);
  }
  const filename = filenameOf(response.headers.get('content-disposition'), url.split('?')[0].split('/').pop() ?? 'export');
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  return filename;
}
