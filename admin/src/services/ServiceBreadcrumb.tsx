import { Breadcrumbs, Typography } from '@mui/material';
import { Link, useCreatePath, useRecordContext, useTranslate } from 'react-admin';

interface ServiceRef {
  id: string;
  code: string;
  name: string;
}

/** Tree path of the service: its ancestors (root first, from the API), then itself. */
export const ServiceBreadcrumb = () => {
  const record = useRecordContext<{ id: string; code: string; name: string; ancestors?: ServiceRef[] }>();
  const createPath = useCreatePath();
  const translate = useTranslate();
  if (!record) return null;
  const ancestors = record.ancestors ?? [];
  return (
    <Breadcrumbs aria-label={translate('resources.services.fields.ancestors')} data-testid="service-ancestors">
      {ancestors.map((service) => (
        <Link key={service.id} to={createPath({ resource: 'services', id: service.id, type: 'show' })}>
          {service.code} – {service.name}
        </Link>
      ))}
      <Typography color="text.primary">
        {record.code} – {record.name}
      </Typography>
    </Breadcrumbs>
  );
};
