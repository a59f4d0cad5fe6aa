import { PostAssignment } from './post-assignment.entity';
import { PostQualification } from './post-qualification.entity';
import { PostSector } from './post-sector.entity';
import { Replacement } from './replacement.entity';
import { SocialWorkerPost } from './social-worker-post.entity';

export const networkEntities = [SocialWorkerPost, PostSector, PostAssignment, Replacement, PostQualification];
