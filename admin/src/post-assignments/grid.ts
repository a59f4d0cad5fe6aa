import type { GridConfig } from '../grid/model';

/** The holders of posts in a spreadsheet (columns of `PostAssignmentInput`): agent by matricule, post by code. */
export const postAssignmentGrid: GridConfig = {
  resource: 'post-assignments',
  sort: { field: 'validFrom', order: 'DESC' },
  columns: ['postId', 'agentId', { field: 'workQuota', width: 100 }, 'employingMinistryId', 'validFrom', 'validTo'],
};
