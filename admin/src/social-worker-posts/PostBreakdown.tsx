import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, useCreatePath, useRecordContext, useTranslate } from 'react-admin';

interface Share {
  id: string;
  targetKind: string;
  share: number;
  etp: number;
  service: { code: string; name: string } | null;
  region: { code: string; name: string } | null;
  convention: { id: string; reference: string };
}

/** How the post's time is shared today, under every convention (read with the post: `resourceOptions` detail). */
export const PostBreakdown = () => {
  const post = useRecordContext<{ id: string; breakdown?: Share[] }>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (!post?.breakdown?.length) return <Typography sx={{ p: 2 }}>{translate('app.allocationGrid.noAssignment')}</Typography>;
  return (
    <Table size="small" data-testid="post-breakdown">
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.conventions.name', { smart_count: 1 })}</TableCell>
          <TableCell>{translate('app.allocationGrid.target')}</TableCell>
          <TableCell align="right">{translate('app.allocationGrid.share')}</TableCell>
          <TableCell align="right">{translate('app.allocationGrid.etp')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {post.breakdown.map((s) => (
          <TableRow key={s.id}>
            <TableCell>
              <Link to={createPath({ resource: 'conventions', id: s.convention.id, type: 'show' })}>{s.convention.reference}</Link>
            </TableCell>
            <TableCell>
              {s.service
                ? `${s.service.code} – ${s.service.name}`
                : s.region
                  ? `${s.region.code} – ${s.region.name}`
                  : translate('app.allocationGrid.function')}
            </TableCell>
            <TableCell align="right">{s.share}</TableCell>
            <TableCell align="right">{s.etp}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
